package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.grassroots.governance.evaluation.CommunityScore;
import org.grassroots.governance.evaluation.Evaluation;
import org.grassroots.governance.evaluation.IndicatorSystem;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of an {@link Evaluation} read on its own: the system and the community
 * scores, built through {@link Evaluation#of(IndicatorSystem, List)}, which refuses a score that
 * is not the system's for the measures it records. (The {@code evaluation} document kind carries
 * the measurements instead and recomputes the scores.)
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record EvaluationForm(
    @JsonProperty(value = "system", required = true) @Nullable IndicatorSystem system,
    @JsonProperty(value = "scores", required = true) @Nullable List<CommunityScore> scores) {

  @JsonCreator
  EvaluationForm {}

  Evaluation toValue() {
    if (system == null || scores == null) {
      Violations.of("Evaluation").require("system", system).require("scores", scores).throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    return Evaluation.of(system, scores);
  }
}
