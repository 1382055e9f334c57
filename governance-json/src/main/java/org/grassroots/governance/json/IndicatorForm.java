package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.evaluation.Indicator;
import org.grassroots.governance.evaluation.IndicatorId;
import org.grassroots.governance.evaluation.MeasureId;
import org.grassroots.governance.evaluation.ScoringRule;
import org.grassroots.governance.evaluation.Section;
import org.jspecify.annotations.Nullable;

/** The JSON properties of an {@link Indicator}, built through its public builder. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record IndicatorForm(
    @JsonProperty(value = "id", required = true) @Nullable IndicatorId id,
    @JsonProperty(value = "section", required = true) @Nullable Section section,
    @JsonProperty(value = "name", required = true) @Nullable String name,
    @JsonProperty(value = "measure", required = true) @Nullable MeasureId measure,
    @JsonProperty(value = "unit", required = true) @Nullable String unit,
    @JsonProperty(value = "rule", required = true) @Nullable ScoringRule rule,
    @JsonProperty(value = "weight", required = true) @Nullable Double weight,
    @JsonProperty("source") Optional<String> source) {

  @JsonCreator
  IndicatorForm {}

  Indicator toValue() {
    Indicator.Builder b = Indicator.builder();
    if (id != null) {
      b.id(id);
    }
    if (section != null) {
      b.section(section);
    }
    if (name != null) {
      b.name(name);
    }
    if (measure != null) {
      b.measure(measure);
    }
    if (unit != null) {
      b.unit(unit);
    }
    if (rule != null) {
      b.rule(rule);
    }
    if (weight != null) {
      b.weight(weight);
    }
    Forms.present(source).ifPresent(b::source);
    return b.build();
  }
}
