package org.grassroots.governance.matching;

import java.io.Serializable;
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

  static OptimalityGap of(double weightedServedGap, double costGap) {
    return ImmutableOptimalityGap.of(weightedServedGap, costGap);
  }
}
