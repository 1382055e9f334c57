package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.evaluation.Indicator;
import org.grassroots.governance.evaluation.IndicatorSystem;
import org.grassroots.governance.evaluation.Section;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of an {@link IndicatorSystem}, built through its public builder, whose check
 * needs the weights already normalised: the section weights, and each section's indicator
 * weights, sum to 1 within {@link IndicatorSystem#TOLERANCE}; otherwise the sum is refused at
 * {@code sectionWeights} or {@code indicators}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record IndicatorSystemForm(
    @JsonProperty(value = "name", required = true) @Nullable String name,
    @JsonProperty(value = "sectionWeights", required = true)
        Optional<Map<Section, Double>> sectionWeights,
    @JsonProperty(value = "indicators", required = true) Optional<List<Indicator>> indicators) {

  @JsonCreator
  IndicatorSystemForm {}

  IndicatorSystem toValue() {
    Violations v = Violations.of("IndicatorSystem");
    Map<Section, Double> weights = Forms.present(sectionWeights).orElse(Map.of());
    for (Map.Entry<Section, Double> e : weights.entrySet()) {
      v.check(e.getValue() != null, "sectionWeights." + e.getKey(), "null", JsonMessages.NOT_NULL);
    }
    v.throwIfAny();
    List<Indicator> list = Forms.elements("IndicatorSystem", "indicators", indicators)
        .orElse(List.of());
    IndicatorSystem.Builder b = IndicatorSystem.builder();
    if (name != null) {
      b.name(name);
    }
    return b.sectionWeights(weights).indicators(list).build();
  }
}
