package org.grassroots.governance.evaluation;

import java.io.Serializable;
import java.util.List;

/**
 * How a measure earns an indicator's points (评分规则): the fraction of the points earned, from 0
 * to 1. Three kinds: {@link #linear linear to target} (按比例计分), {@link #atLeast threshold}
 * (达标计分) and {@link #banded banded} (分档计分). No other kinds exist.
 *
 * <pre>{@code
 * ScoringRule.linear(0, 0.9).fraction(0.45);        // 0.5
 * ScoringRule.atLeast(6).fraction(5);               // 0.0
 * ScoringRule.banded(Band.of(1, 0.3), Band.of(2, 0.6), Band.of(4, 1)).fraction(3); // 0.6
 * }</pre>
 */
public abstract class ScoringRule implements Serializable {
  private static final long serialVersionUID = 1L;

  ScoringRule() {}

  /**
   * The fraction of the points a measure earns.
   *
   * @param measure the measured value
   * @return from 0 to 1
   */
  public abstract double fraction(double measure);

  /**
   * The value from which the full points are earned (the target, 目标值).
   *
   * @return the target
   */
  public abstract double target();

  /**
   * A short description, e.g. {@code linear 0 -> 0.9}.
   *
   * @return the description
   */
  public abstract String describe();

  /**
   * Linear to target: 0 at {@code floor}, full points at {@code target}, capped at both ends.
   * A target below the floor means lower is better.
   *
   * @param floor the value that earns nothing
   * @param target the value that earns the full points
   * @return the rule
   * @throws org.grassroots.governance.validation.InvalidValueException if they are equal or not finite
   */
  public static ScoringRule linear(double floor, double target) {
    return ImmutableLinearRule.builder().floor(floor).target(target).build();
  }

  /**
   * Threshold: the full points if the measure is at least {@code target}, else none.
   *
   * @param target the threshold
   * @return the rule
   * @throws org.grassroots.governance.validation.InvalidValueException if not finite
   */
  public static ScoringRule atLeast(double target) {
    return ImmutableThresholdRule.builder().target(target).atMost(false).build();
  }

  /**
   * Threshold, lower is better: the full points if the measure is at most {@code target}.
   *
   * @param target the threshold
   * @return the rule
   * @throws org.grassroots.governance.validation.InvalidValueException if not finite
   */
  public static ScoringRule atMost(double target) {
    return ImmutableThresholdRule.builder().target(target).atMost(true).build();
  }

  /**
   * Banded: the fraction of the highest band whose lower bound the measure reaches; nothing
   * below the first band.
   *
   * @param bands bands with strictly ascending lower bounds
   * @return the rule
   * @throws org.grassroots.governance.validation.InvalidValueException if there is no band or
   *     the bounds are not ascending
   */
  public static ScoringRule banded(Band... bands) {
    return banded(List.of(bands));
  }

  /**
   * Banded, see {@link #banded(Band...)}.
   *
   * @param bands bands with strictly ascending lower bounds
   * @return the rule
   * @throws org.grassroots.governance.validation.InvalidValueException if there is no band or
   *     the bounds are not ascending
   */
  public static ScoringRule banded(List<Band> bands) {
    return ImmutableBandedRule.builder().bands(bands).build();
  }

  /**
   * The rule's kind and parameters: calls the one method of {@code cases} that matches this
   * rule's kind, with its parameters. For writers (the exchange format) and displays.
   *
   * <pre>{@code
   * String kind = rule.match(new ScoringRule.Cases<String>() { ... });
   * }</pre>
   *
   * @param cases one method per kind
   * @param <R> the result type
   * @return what the matching method returns
   */
  public abstract <R> R match(Cases<R> cases);

  /**
   * One method per kind of {@link ScoringRule}, with that kind's parameters; the set of kinds is
   * closed, so a {@code Cases} handles every rule.
   *
   * <pre>{@code
   * double floor = rule.match(new ScoringRule.Cases<Double>() {
   *   public Double linear(double floor, double target) { return floor; }
   *   public Double atLeast(double target) { return 0.0; }
   *   public Double atMost(double target) { return 0.0; }
   *   public Double banded(List<Band> bands) { return 0.0; }
   * });
   * }</pre>
   *
   * @param <R> the result type
   */
  public interface Cases<R> {
    /**
     * A rule made by {@link ScoringRule#linear(double, double)}.
     *
     * @param floor the value that earns nothing
     * @param target the value that earns the full points
     * @return the result
     */
    R linear(double floor, double target);

    /**
     * A rule made by {@link ScoringRule#atLeast(double)}.
     *
     * @param target the threshold
     * @return the result
     */
    R atLeast(double target);

    /**
     * A rule made by {@link ScoringRule#atMost(double)}.
     *
     * @param target the threshold
     * @return the result
     */
    R atMost(double target);

    /**
     * A rule made by {@link ScoringRule#banded(List)}.
     *
     * @param bands the bands, ascending lower bounds
     * @return the result
     */
    R banded(List<Band> bands);
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }

  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
