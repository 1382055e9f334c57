package org.grassroots.governance.evaluation;

import java.io.Serializable;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The score of one indicator for one community (单项得分): the measure, the fraction of the
 * points earned, the points earned and the points it is worth.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * IndicatorScore s = score.costliest(1).get(0);
 * s.lostPoints(); // the points this indicator cost the community
 * }</pre>
 */
@Value.Immutable
public abstract class IndicatorScore implements Serializable {
  private static final long serialVersionUID = 1L;

  IndicatorScore() {}

  /** The indicator. */
  public abstract IndicatorId indicator();

  /** Its section. */
  public abstract Section section();

  /** The measured value, or empty if the measure was missing (scored 0). */
  public abstract OptionalDouble measure();

  /** The fraction of the points earned, 0 to 1. */
  public abstract double fraction();

  /** The points the indicator is worth. */
  public abstract double maxPoints();

  /**
   * The points earned.
   *
   * @return {@code fraction() × maxPoints()}
   */
  public double points() {
    return fraction() * maxPoints();
  }

  /**
   * The points lost (扣分).
   *
   * @return {@code maxPoints() - points()}
   */
  public double lostPoints() {
    return maxPoints() - points();
  }

  /**
   * Whether the measure was missing.
   *
   * @return {@code true} if no value was supplied
   */
  public boolean missing() {
    return measure().isEmpty();
  }
}
