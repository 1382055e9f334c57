package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.evaluation.CommunityScore;
import org.grassroots.governance.evaluation.IndicatorScore;
import org.grassroots.governance.evaluation.Section;
import org.grassroots.governance.id.DivisionCode;

/**
 * Writes {@link CommunityScore} flat: the community, then its scorecard's total, section points
 * and indicator scores; read through {@link CommunityScoreForm}. Schema: {@code
 * evaluation.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"community", "total", "sectionPoints", "indicators"})
@JsonSerialize(as = CommunityScore.class)
abstract class CommunityScoreMixIn {
  private CommunityScoreMixIn() {}

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("total")
  abstract double total();

  @JsonProperty("sectionPoints")
  abstract Map<Section, Double> sectionPoints();

  @JsonProperty("indicators")
  abstract List<IndicatorScore> indicators();
}
