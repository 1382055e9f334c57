package org.grassroots.governance.json.matching;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.grassroots.governance.matching.Allocation;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.PreferenceOrders;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A matching problem with a result computed for it (已求解的供需对接问题): the data of a {@code
 * matching-result} document. The problem travels with the result, so the document is
 * self-contained: a reader checks every allocation against the problem's demands, resources and
 * policy, and recomputes the unmatched demands, their reasons and the metrics instead of trusting
 * them. Immutable and thread-safe.
 *
 * <pre>{@code
 * SolvedProblem s = SolvedProblem.solve(problem, ExactMatching.create());
 * json.write(out, Envelope.of(MatchingDocuments.RESULT, OffsetDateTime.now(), s));
 * MatchingAlgorithm.Result r = json.read(in, MatchingDocuments.RESULT).data().result();
 * }</pre>
 */
public final class SolvedProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final MatchingProblem problem;
  private final MatchingAlgorithm.Result result;
  private final PreferenceOrders preferences;

  private SolvedProblem(MatchingProblem problem, MatchingAlgorithm.Result result,
      PreferenceOrders preferences) {
    this.problem = problem;
    this.result = result;
    this.preferences = preferences;
  }

  /**
   * Solves a problem with an algorithm. A {@link DeferredAcceptance} with supplied {@link
   * PreferenceOrders} keeps its orders ({@link #preferences()}), so that a reader recomputes the
   * blocking pairs under them.
   *
   * @param problem the problem
   * @param algorithm the algorithm
   * @return the problem and the algorithm's result
   */
  public static SolvedProblem solve(MatchingProblem problem, MatchingAlgorithm algorithm) {
    requireNonNull(problem, "problem");
    requireNonNull(algorithm, "algorithm");
    PreferenceOrders orders = algorithm instanceof DeferredAcceptance
        ? ((DeferredAcceptance) algorithm).orders() : PreferenceOrders.none();
    return new SolvedProblem(problem, algorithm.solve(problem), orders);
  }

  /**
   * A problem and its result, checked: the result must be the one its allocations give on this
   * problem ({@link MatchingAlgorithm.Result#of}).
   *
   * @param problem the problem
   * @param result a result computed for it
   * @return the pair
   * @throws InvalidValueException if the result does not belong to the problem
   */
  public static SolvedProblem of(MatchingProblem problem, MatchingAlgorithm.Result result) {
    requireNonNull(problem, "problem");
    requireNonNull(result, "result");
    MatchingAlgorithm.Result recomputed;
    try {
      recomputed = MatchingAlgorithm.Result.of(result.algorithm(), problem, result.allocations());
    } catch (InvalidValueException e) {
      throw new InvalidValueException("SolvedProblem", prefixed(e.violations()));
    }
    if (!recomputed.equals(result)) {
      throw new InvalidValueException("SolvedProblem", List.of(Violation.of("result",
          result.toString(), MatchingDocumentMessages.NOT_THIS_PROBLEM)));
    }
    return new SolvedProblem(problem, result, PreferenceOrders.none());
  }

  /**
   * The result of allocations made elsewhere on a problem, as a document reader builds it: see
   * {@link MatchingAlgorithm.Result#of}.
   *
   * @param algorithm the name of what made the allocations
   * @param problem the problem
   * @param allocations the allocations
   * @return the problem and the result of the allocations
   * @throws InvalidValueException naming every allocation that does not fit the problem
   */
  public static SolvedProblem fromAllocations(
      String algorithm, MatchingProblem problem, List<Allocation> allocations) {
    return fromAllocations(algorithm, problem, allocations, PreferenceOrders.none());
  }

  /**
   * The result of allocations made under supplied preference orders (stable matching with the
   * people's own rankings): see {@link MatchingAlgorithm.Result#of(String, MatchingProblem, List,
   * PreferenceOrders)}; the blocking pairs are counted under the orders.
   *
   * @param algorithm the name of what made the allocations
   * @param problem the problem
   * @param allocations the allocations
   * @param preferences the orders in use ({@link PreferenceOrders#none()} for the policy's)
   * @return the problem, the result and the orders
   * @throws InvalidValueException naming every allocation that does not fit the problem, and
   *     every id of the orders the problem does not know ({@code preferences.byDemand[D7]})
   */
  public static SolvedProblem fromAllocations(String algorithm, MatchingProblem problem,
      List<Allocation> allocations, PreferenceOrders preferences) {
    requireNonNull(problem, "problem");
    requireNonNull(preferences, "preferences");
    try {
      preferences.checkAgainst(problem);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("SolvedProblem", e.violations().stream()
          .map(v -> Violation.of("preferences." + v.path(), v.rejectedValue(), v.rule()))
          .toList());
    }
    return new SolvedProblem(problem,
        MatchingAlgorithm.Result.of(algorithm, problem, allocations, preferences), preferences);
  }

  private static List<Violation> prefixed(List<Violation> violations) {
    return violations.stream()
        .map(v -> Violation.of("result." + v.path(), v.rejectedValue(), v.rule()))
        .toList();
  }

  /**
   * The problem.
   *
   * @return the problem
   */
  public MatchingProblem problem() {
    return problem;
  }

  /**
   * The result.
   *
   * @return the result
   */
  public MatchingAlgorithm.Result result() {
    return result;
  }

  /**
   * The preference orders the result was computed under ({@link PreferenceOrders#none()}: the
   * policy's), written as the document's optional {@code preferences}.
   *
   * @return the orders
   */
  public PreferenceOrders preferences() {
    return preferences;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SolvedProblem
        && ((SolvedProblem) o).problem.equals(problem)
        && ((SolvedProblem) o).result.equals(result)
        && ((SolvedProblem) o).preferences.equals(preferences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(problem, result, preferences);
  }

  @Override
  public String toString() {
    return "SolvedProblem{" + problem.demands().size() + " demands, "
        + problem.resources().size() + " resources, " + result + "}";
  }
}
