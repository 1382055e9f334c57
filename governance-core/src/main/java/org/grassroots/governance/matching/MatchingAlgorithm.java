package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;

/**
 * An algorithm that allocates resources to demands (匹配算法): exact, stable or greedy. Every
 * implementation returns the same {@link Result} shape — allocations, every unmatched demand with
 * its reason, and metrics — so results can be compared side by side.
 *
 * <pre>{@code
 * MatchingAlgorithm.Result exact = ExactMatching.create().solve(problem);
 * MatchingAlgorithm.Result greedy = GreedyMatching.firstComeFirstServed().solve(problem);
 * greedy.gapAgainst(exact).costGap();
 * }</pre>
 */
public interface MatchingAlgorithm {

  /**
   * A short name for reports, e.g. {@code "exact"}.
   *
   * @return the name
   */
  String name();

  /**
   * Allocates.
   *
   * @param problem the problem
   * @return the result
   */
  Result solve(MatchingProblem problem);

  /**
   * The result of an allocation (匹配结果): immutable and thread-safe.
   *
   * <pre>{@code
   * Result r = algorithm.solve(problem);
   * r.allocations(); r.unmatched(); r.metrics().coverage();
   * }</pre>
   */
  final class Result implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String algorithm;
    private final ImmutableList<Allocation> allocations;
    private final ImmutableList<Unmatched> unmatched;
    private final MatchingMetrics metrics;

    Result(
        String algorithm,
        ImmutableList<Allocation> allocations,
        ImmutableList<Unmatched> unmatched,
        MatchingMetrics metrics) {
      this.algorithm = requireNonNull(algorithm, "algorithm");
      this.allocations = requireNonNull(allocations, "allocations");
      this.unmatched = requireNonNull(unmatched, "unmatched");
      this.metrics = requireNonNull(metrics, "metrics");
    }

    /**
     * The name of the algorithm that produced this result.
     *
     * @return the name
     */
    public String algorithm() {
      return algorithm;
    }

    /**
     * The allocations, by demand in problem order, then by resource in problem order.
     *
     * @return the allocations
     */
    public List<Allocation> allocations() {
      return allocations;
    }

    /**
     * Every demand not served in full, in problem order, with its unserved quantity and reason.
     *
     * @return the unmatched demands
     */
    public List<Unmatched> unmatched() {
      return unmatched;
    }

    /**
     * The metrics.
     *
     * @return the metrics
     */
    public MatchingMetrics metrics() {
      return metrics;
    }

    /**
     * How far this result is from an exact result on the same problem.
     *
     * @param exact the exact result
     * @return the gap; zero for the exact result itself
     */
    public OptimalityGap gapAgainst(Result exact) {
      requireNonNull(exact, "exact");
      MatchingMetrics o = exact.metrics;
      double w =
          o.weightedServed() == 0
              ? 0.0
              : 1.0 - (double) metrics.weightedServed() / o.weightedServed();
      double c;
      if (o.totalCost() == 0) {
        c = metrics.totalCost() == 0 ? 0.0 : Double.POSITIVE_INFINITY;
      } else {
        c = (double) metrics.totalCost() / o.totalCost() - 1.0;
      }
      return OptimalityGap.of(w, c);
    }

    @Override
    public String toString() {
      return "Result{"
          + algorithm
          + ", allocations="
          + allocations.size()
          + ", unmatched="
          + unmatched.size()
          + ", served="
          + metrics.servedQuantity()
          + "/"
          + metrics.demandedQuantity()
          + ", cost="
          + metrics.totalCost()
          + "}";
    }
  }
}
