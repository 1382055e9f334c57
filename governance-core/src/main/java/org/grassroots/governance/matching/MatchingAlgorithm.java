package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
     * The result of given allocations on a problem (an exchange document, or an allocation made
     * elsewhere): every allocation is checked against the problem — known demand and resource,
     * an eligible pair (category, skills, reach, time window, the policy's highest meeting
     * level), the policy's unit cost and meeting level of that pair, each pair once, no demand
     * served beyond its quantity and no resource beyond its capacity — and the unmatched demands
     * with their reasons and the metrics are computed as an algorithm's are.
     *
     * <pre>{@code
     * Result r = Result.of("by-hand", problem, List.of(Allocation.of(d, r, 2, 1, MeetingLevel.GRID)));
     * r.unmatched(); r.metrics().coverage();
     * }</pre>
     *
     * @param algorithm the name of what produced the allocations, non-blank
     * @param problem the problem
     * @param allocations the allocations, in any order (the result lists them in problem order)
     * @return the result
     * @throws org.grassroots.governance.validation.InvalidValueException naming every allocation
     *     that does not fit the problem ({@code allocations[3].resource}, …)
     */
    public static Result of(
        String algorithm, MatchingProblem problem, List<Allocation> allocations) {
      return Outcomes.fromAllocations(algorithm, problem, allocations);
    }

    /**
     * The result of given allocations on a problem solved under supplied preference orders (a
     * {@link DeferredAcceptance} run with {@link PreferenceOrders}): as {@link #of(String,
     * MatchingProblem, List)}, except that {@link MatchingMetrics#blockingPairs()} counts the
     * blocking pairs under those orders, as the algorithm's own result does.
     *
     * <pre>{@code
     * Result r = Result.of("deferred-acceptance", problem, allocations, orders);
     * r.metrics().blockingPairs(); // under the supplied orders
     * }</pre>
     *
     * @param algorithm the name of what produced the allocations, non-blank
     * @param problem the problem
     * @param allocations the allocations, in any order
     * @param orders the orders in use; {@link PreferenceOrders#none()} gives {@link #of(String,
     *     MatchingProblem, List)}'s result
     * @return the result
     * @throws org.grassroots.governance.validation.InvalidValueException naming every allocation
     *     that does not fit the problem, or every id of the orders the problem does not know
     *     ({@code byDemand[D7]}, …)
     */
    public static Result of(String algorithm, MatchingProblem problem, List<Allocation> allocations,
        PreferenceOrders orders) {
      requireNonNull(orders, "orders");
      Result base = of(algorithm, problem, allocations);
      if (orders.byDemand().isEmpty() && orders.byResource().isEmpty()) {
        return base;
      }
      long blocking = orders.blockingPairs(problem, base);
      return new Result(base.algorithm, base.allocations, base.unmatched,
          MatchingMetrics.builder().from(base.metrics).blockingPairs(blocking).build());
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

    /**
     * Equal when algorithm name, allocations, unmatched demands and metrics are.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Result)) {
        return false;
      }
      Result r = (Result) o;
      return algorithm.equals(r.algorithm)
          && allocations.equals(r.allocations)
          && unmatched.equals(r.unmatched)
          && metrics.equals(r.metrics);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(algorithm, allocations, unmatched, metrics);
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
