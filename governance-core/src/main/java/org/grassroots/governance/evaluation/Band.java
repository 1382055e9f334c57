package org.grassroots.governance.evaluation;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One band of a banded scoring rule (分档): from this lower bound, this fraction of the points.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Band.of(4, 1.0); // 4 or more earns the full points
 * }</pre>
 */
@Value.Immutable
public abstract class Band implements Serializable {
  private static final long serialVersionUID = 1L;

  Band() {}

  /** The lower bound, inclusive. */
  public abstract double lowerBound();

  /** The fraction of the points earned from this bound, 0 to 1. */
  public abstract double fraction();

  /**
   * A band.
   *
   * @param lowerBound the lower bound, inclusive, finite
   * @param fraction from 0 to 1
   * @return the band
   * @throws org.grassroots.governance.validation.InvalidValueException if out of range
   */
  public static Band of(double lowerBound, double fraction) {
    return ImmutableBand.builder().lowerBound(lowerBound).fraction(fraction).build();
  }

  /** Returns e.g. {@code >=4: 1}. */
  @Override
  public String toString() {
    return ">=" + ScoringRule.number(lowerBound()) + ": " + ScoringRule.number(fraction());
  }

  @Value.Check
  void check() {
    Violations.of("Band")
        .check(Double.isFinite(lowerBound()), "lowerBound", lowerBound(), Messages.FINITE)
        .check(fraction() >= 0 && fraction() <= 1, "fraction", fraction(), Messages.FRACTION)
        .throwIfAny();
  }
}
