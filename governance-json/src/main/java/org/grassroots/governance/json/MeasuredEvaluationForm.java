package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.evaluation.IndicatorSystem;
import org.grassroots.governance.evaluation.Measurements;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.json.evaluation.MeasuredEvaluation;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link MeasuredEvaluation} ({@code evaluation}): the system, the
 * measurements and the communities are read, and the evaluation is recomputed through {@link
 * MeasuredEvaluation#of}. {@code communities} is optional (absent: every community with a
 * measured value) and refuses a repeated code at its index. {@code scores} is derived data:
 * optional on read, and when present it must equal the recomputed scores (a difference is refused
 * at its pointer, e.g. {@code /data/scores/0/total}). {@code ranking} (the communities by total,
 * {@link org.grassroots.governance.evaluation.Evaluation#ranking()}) and {@code rollUp} ({@link
 * MeasuredEvaluation#rollUp()}) are derived data too, compared the same way.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record MeasuredEvaluationForm(
    @JsonProperty(value = "system", required = true) @Nullable IndicatorSystem system,
    @JsonProperty(value = "measurements", required = true) @Nullable Measurements measurements,
    @JsonProperty("communities") Optional<List<DivisionCode>> communities,
    @JsonProperty("scores") Optional<JsonNode> scores,
    @JsonProperty("ranking") Optional<JsonNode> ranking,
    @JsonProperty("rollUp") Optional<JsonNode> rollUp) {

  /** Writes the recomputed scores as trees to compare with the document's. */
  private static final ObjectMapper TREES = new ObjectMapper().registerModule(new GovernanceModule());

  @JsonCreator
  MeasuredEvaluationForm {}

  MeasuredEvaluation toValue() {
    Violations.of("MeasuredEvaluation")
        .require("system", system)
        .require("measurements", measurements)
        .throwIfAny();
    IndicatorSystem s = Objects.requireNonNull(system, "system");
    Measurements m = Objects.requireNonNull(measurements, "measurements");
    MeasuredEvaluation e = Forms.present(communities).isPresent()
        ? MeasuredEvaluation.of(s, m,
            Forms.distinct("MeasuredEvaluation", "communities", communities))
        : MeasuredEvaluation.of(s, m);
    Violations v = Violations.of("MeasuredEvaluation");
    Optional<JsonNode> given = Forms.present(scores).filter(n -> !n.isNull() && !n.isMissingNode());
    if (given.isPresent()) {
      DerivedData.compare(v, "scores", JsonMessages.FROM_MEASUREMENTS, TREES.valueToTree(e.evaluation().scores()), given.get());
    }
    Optional<JsonNode> givenRanking =
        Forms.present(ranking).filter(n -> !n.isNull() && !n.isMissingNode());
    if (givenRanking.isPresent()) {
      DerivedData.compare(v, "ranking", JsonMessages.FROM_MEASUREMENTS,
          TREES.valueToTree(e.evaluation().ranking()), givenRanking.get());
    }
    Optional<JsonNode> givenRollUp =
        Forms.present(rollUp).filter(n -> !n.isNull() && !n.isMissingNode());
    if (givenRollUp.isPresent()) {
      DerivedData.compare(v, "rollUp", JsonMessages.FROM_MEASUREMENTS,
          TREES.valueToTree(e.rollUp()), givenRollUp.get());
    }
    v.throwIfAny();
    return e;
  }
}
