package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.json.matching.SolvedProblem;
import org.grassroots.governance.matching.Allocation;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.PreferenceOrders;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link SolvedProblem} ({@code matching-result}): the problem and the
 * allocations are read, and the result is built through {@link SolvedProblem#fromAllocations},
 * which checks every allocation against the problem and recomputes the unmatched demands and the
 * metrics. {@code unmatched} and {@code metrics} are derived data: optional on read, and when
 * present they must equal the recomputed ones (a difference is refused at its pointer, e.g.
 * {@code /data/metrics/totalCost}). {@code preferences} (optional) are the supplied orders the
 * result was computed under: every id must be the problem's ({@code /data/preferences/byDemand/D7})
 * and the blocking pairs are recomputed under them.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record SolvedProblemForm(
    @JsonProperty(value = "algorithm", required = true) @Nullable String algorithm,
    @JsonProperty(value = "problem", required = true) @Nullable MatchingProblem problem,
    @JsonProperty("preferences") Optional<PreferenceOrders> preferences,
    @JsonProperty(value = "allocations", required = true)
        Optional<List<Allocation>> allocations,
    @JsonProperty("unmatched") Optional<JsonNode> unmatched,
    @JsonProperty("metrics") Optional<JsonNode> metrics) {

  /** Writes the recomputed derived data as trees to compare with the document's. */
  private static final ObjectMapper TREES = new ObjectMapper().registerModule(new GovernanceModule());

  @JsonCreator
  SolvedProblemForm {}

  SolvedProblem toValue() {
    Violations.of("SolvedProblem")
        .require("algorithm", algorithm)
        .require("problem", problem)
        .throwIfAny();
    List<Allocation> a =
        Forms.elements("SolvedProblem", "allocations", allocations).orElse(List.of());
    SolvedProblem s = SolvedProblem.fromAllocations(
        java.util.Objects.requireNonNull(algorithm, "algorithm"),
        java.util.Objects.requireNonNull(problem, "problem"), a,
        Forms.present(preferences).orElse(PreferenceOrders.none()));
    Violations v = Violations.of("SolvedProblem");
    Optional<JsonNode> u = Forms.present(unmatched).filter(SolvedProblemForm::given);
    if (u.isPresent()) {
      DerivedData.compare(v, "unmatched", TREES.valueToTree(s.result().unmatched()), u.get());
    }
    Optional<JsonNode> m = Forms.present(metrics).filter(SolvedProblemForm::given);
    if (m.isPresent()) {
      DerivedData.compare(v, "metrics", TREES.valueToTree(s.result().metrics()), m.get());
    }
    v.throwIfAny();
    return s;
  }

  /** Absent or {@code null}: Jackson passes a null node for an absent tree property. */
  private static boolean given(JsonNode n) {
    return !n.isNull() && !n.isMissingNode();
  }
}
