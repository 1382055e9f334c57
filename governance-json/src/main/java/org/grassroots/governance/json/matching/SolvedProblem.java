package org.grassroots.governance.json.matching;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.grassroots.governance.matching.Allocation;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;
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

  private SolvedProblem(MatchingProblem problem, MatchingAlgorithm.Result result) {
    this.problem = problem;
    this.result = result;
  }

  /**
   * Solves a problem with an algorithm.
   *
   * @param problem the problem
   * @param algorithm the algorithm
   * @return the problem and the algorithm's result
   */
  public static SolvedProblem solve(MatchingProblem problem, MatchingAlgorithm algorithm) {
    requireNonNull(problem, "problem");
    requireNonNull(algorithm, "algorithm");
    return new SolvedProblem(problem, algorithm.solve(problem));
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
    return new SolvedProblem(problem, result);
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
    requireNonNull(problem, "problem");
    return new SolvedProblem(problem, MatchingAlgorithm.Result.of(algorithm, problem, allocations));
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SolvedProblem
        && ((SolvedProblem) o).problem.equals(problem)
        && ((SolvedProblem) o).result.equals(result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(problem, result);
  }

  @Override
  public String toString() {
    return "SolvedProblem{" + problem.demands().size() + " demands, "
        + problem.resources().size() + " resources, " + result + "}";
  }
}
