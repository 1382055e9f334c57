package org.grassroots.governance.evaluation;

import java.io.Serializable;
import java.util.OptionalDouble;
import org.grassroots.governance.validation.Violations;
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

  /**
   * One indicator's score, as {@link IndicatorSystem#score} makes it.
   *
   * <pre>{@code
   * IndicatorScore s = IndicatorScore.of(IndicatorId.of("services"), Section.SERVICE,
   *     OptionalDouble.of(0.8), 0.6, 20);
   * s.points(); // 12.0
   * }</pre>
   *
   * @param indicator the indicator
   * @param section its section
   * @param measure the measured value (finite), or empty if it was missing
   * @param fraction the fraction of the points earned, 0 to 1; 0 when the measure is missing
   * @param maxPoints the points the indicator is worth, finite and not negative
   * @return the score
   * @throws org.grassroots.governance.validation.InvalidValueException naming every broken rule
   */
  public static IndicatorScore of(IndicatorId indicator, Section section, OptionalDouble measure,
      double fraction, double maxPoints) {
    Violations.of("IndicatorScore").require("indicator", indicator).require("section", section)
        .require("measure", measure).throwIfAny();
    return ImmutableIndicatorScore.builder().indicator(indicator).section(section)
        .measure(measure).fraction(fraction).maxPoints(maxPoints).build();
  }

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

  @Value.Check
  void check() {
    Violations v = Violations.of("IndicatorScore");
    if (measure().isPresent()) {
      v.check(Double.isFinite(measure().getAsDouble()), "measure", measure().getAsDouble(),
          Messages.FINITE);
    } else {
      v.check(fraction() == 0, "fraction", fraction(), Messages.MISSING_MEASURE_SCORES_NOTHING);
    }
    v.check(fraction() >= 0 && fraction() <= 1, "fraction", fraction(), Messages.FRACTION)
        .check(Double.isFinite(maxPoints()) && maxPoints() >= 0, "maxPoints", maxPoints(),
            Messages.MAX_POINTS)
        .throwIfAny();
  }
}
