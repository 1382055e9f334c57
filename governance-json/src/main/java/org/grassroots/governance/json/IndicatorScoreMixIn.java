package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.grassroots.governance.evaluation.IndicatorId;
import org.grassroots.governance.evaluation.IndicatorScore;
import org.grassroots.governance.evaluation.Section;

/**
 * Writes {@link IndicatorScore}; read through {@link IndicatorScoreForm}. Inside an {@code
 * evaluation} document it is derived data, recomputed on read and compared. Schema: {@code
 * evaluation.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"indicator", "section", "measure", "fraction", "points", "maxPoints"})
@JsonSerialize(as = IndicatorScore.class)
abstract class IndicatorScoreMixIn {
  private IndicatorScoreMixIn() {}

  @JsonProperty("indicator")
  abstract IndicatorId indicator();

  @JsonProperty("section")
  abstract Section section();

  @JsonProperty("measure")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  abstract OptionalDouble measure();

  @JsonProperty("fraction")
  abstract double fraction();

  @JsonProperty("points")
  abstract double points();

  @JsonProperty("maxPoints")
  abstract double maxPoints();
}
