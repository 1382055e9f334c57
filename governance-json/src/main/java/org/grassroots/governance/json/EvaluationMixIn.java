package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.evaluation.CommunityScore;
import org.grassroots.governance.evaluation.Evaluation;
import org.grassroots.governance.evaluation.IndicatorSystem;

/**
 * Writes {@link Evaluation} on its own: the system, then the community scores; read back through
 * {@link EvaluationForm}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"system", "scores"})
@JsonSerialize(as = Evaluation.class)
abstract class EvaluationMixIn {
  private EvaluationMixIn() {}

  @JsonProperty("system")
  abstract IndicatorSystem system();

  @JsonProperty("scores")
  abstract List<CommunityScore> scores();
}
