package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.evaluation.IndicatorScore;
import org.grassroots.governance.evaluation.Scorecard;
import org.grassroots.governance.evaluation.Section;

/**
 * Writes {@link Scorecard}; read through {@link ScorecardForm}, which recomputes the total and
 * section points from the indicator scores. Schema: {@code evaluation.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"total", "sectionPoints", "indicators"})
@JsonSerialize(as = Scorecard.class)
abstract class ScorecardMixIn {
  private ScorecardMixIn() {}

  @JsonProperty("total")
  abstract double total();

  @JsonProperty("sectionPoints")
  abstract Map<Section, Double> sectionPoints();

  @JsonProperty("indicators")
  abstract List<IndicatorScore> indicators();
}
