package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.evaluation.Indicator;
import org.grassroots.governance.evaluation.IndicatorId;
import org.grassroots.governance.evaluation.MeasureId;
import org.grassroots.governance.evaluation.ScoringRule;
import org.grassroots.governance.evaluation.Section;

/** Writes {@link Indicator}; read through {@link IndicatorForm}. Schema: {@code indicator-system.schema.json}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "section", "name", "measure", "unit", "rule", "weight", "source"})
@JsonSerialize(as = Indicator.class)
abstract class IndicatorMixIn {
  private IndicatorMixIn() {}

  @JsonProperty("id")
  abstract IndicatorId id();

  @JsonProperty("section")
  abstract Section section();

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("measure")
  abstract MeasureId measure();

  @JsonProperty("unit")
  abstract String unit();

  @JsonProperty("rule")
  abstract ScoringRule rule();

  @JsonProperty("weight")
  abstract double weight();

  @JsonProperty("source")
  abstract Optional<String> source();
}
