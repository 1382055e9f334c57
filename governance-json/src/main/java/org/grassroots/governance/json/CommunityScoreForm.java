package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.evaluation.CommunityScore;
import org.grassroots.governance.evaluation.IndicatorScore;
import org.grassroots.governance.evaluation.Section;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link CommunityScore}, written flat: the community, then its
 * scorecard's properties (see {@link ScorecardForm}), built through {@link CommunityScore#of}.
 * Schema: {@code evaluation.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record CommunityScoreForm(
    @JsonProperty(value = "community", required = true) @Nullable DivisionCode community,
    @JsonProperty("total") Optional<Double> total,
    @JsonProperty("sectionPoints") Optional<Map<Section, Double>> sectionPoints,
    @JsonProperty(value = "indicators", required = true) @Nullable List<IndicatorScore> indicators) {

  @JsonCreator
  CommunityScoreForm {}

  CommunityScore toValue() {
    if (community == null || indicators == null) {
      Violations.of("CommunityScore").require("community", community)
          .require("indicators", indicators).throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    return CommunityScore.of(community,
        ScorecardForm.scorecard("CommunityScore", indicators, total, sectionPoints));
  }
}
