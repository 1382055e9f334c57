package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.evaluation.Indicator;
import org.grassroots.governance.evaluation.IndicatorSystem;
import org.grassroots.governance.evaluation.Section;

/**
 * Writes {@link IndicatorSystem}; read through {@link IndicatorSystemForm}. Schema: {@code
 * indicator-system.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"name", "sectionWeights", "indicators"})
@JsonSerialize(as = IndicatorSystem.class)
abstract class IndicatorSystemMixIn {
  private IndicatorSystemMixIn() {}

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("sectionWeights")
  abstract Map<Section, Double> sectionWeights();

  @JsonProperty("indicators")
  abstract List<Indicator> indicators();
}
