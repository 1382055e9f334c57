package org.grassroots.governance.matching;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * How far a result is from the exact one on the same problem (最优性差距): the share of the
 * optimal priority-weighted served quantity it misses, and its extra cost relative to the
 * optimal cost.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OptimalityGap g = greedy.gapAgainst(exact);
 * g.weightedServedGap(); // e.g. 0.017
 * }</pre>
 */
@Value.Immutable
public abstract class OptimalityGap implements Serializable {
  private static final long serialVersionUID = 1L;

  OptimalityGap() {}

  /** {@code 1 − weightedServed / optimalWeightedServed}; 0 when both are 0. */
  @Value.Parameter
  public abstract double weightedServedGap();

  /** {@code totalCost / optimalTotalCost − 1}; 0 when both are 0. */
  @Value.Parameter
  public abstract double costGap();

  /**
   * A gap, e.g. read back from a report.
   *
   * <pre>{@code
   * OptimalityGap g = OptimalityGap.of(0.017, 0.05);
   * }</pre>
   *
   * @param weightedServedGap the share of the optimal weighted served quantity missed: finite, at
   *     most 1 (a result cannot serve less than nothing)
   * @param costGap the extra cost relative to the optimal cost: at least −1 (a cost is never
   *     negative), {@code +∞} when the optimum costs nothing and this result does not; not NaN
   * @return the gap
   * @throws org.grassroots.governance.validation.InvalidValueException if a value is out of range
   */
  public static OptimalityGap of(double weightedServedGap, double costGap) {
    return ImmutableOptimalityGap.of(weightedServedGap, costGap);
  }

  @Value.Check
  void check() {
    double w = weightedServedGap();
    double c = costGap();
    Violations.of("OptimalityGap")
        .check(Double.isFinite(w) && w <= 1.0, "weightedServedGap", w, Messages.GAP_WEIGHTED)
        .check(!Double.isNaN(c) && c >= -1.0, "costGap", c, Messages.GAP_COST)
        .throwIfAny();
  }
}
