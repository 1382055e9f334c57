package org.grassroots.governance.deliberation;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A fraction that a count must reach (法定比例): "more than 1/2" (过半数) or "at least 2/3"
 * (三分之二以上), computed in exact integer arithmetic.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Threshold.moreThan(1, 2).neededOf(9);  // 5
 * Threshold.atLeast(2, 3).neededOf(9);   // 6
 * Threshold.moreThan(1, 2).isMetBy(5, 10); // false
 * }</pre>
 */
@Value.Immutable
public abstract class Threshold implements Serializable {
  private static final long serialVersionUID = 1L;

  Threshold() {}

  /** The numerator, from 0 to the denominator. */
  public abstract int numerator();

  /** The denominator, positive. */
  public abstract int denominator();

  /** Whether the count must exceed the fraction ("more than") rather than reach it ("at least"). */
  public abstract boolean strict();

  /**
   * "More than {@code numerator/denominator}", e.g. more than half (过半数).
   *
   * @param numerator from 0 to {@code denominator}
   * @param denominator positive
   * @return the threshold
   * @throws org.grassroots.governance.validation.InvalidValueException if the fraction is not in [0, 1]
   */
  public static Threshold moreThan(int numerator, int denominator) {
    return ImmutableThreshold.builder().numerator(numerator).denominator(denominator).strict(true).build();
  }

  /**
   * "At least {@code numerator/denominator}", e.g. at least two thirds (三分之二以上).
   *
   * @param numerator from 0 to {@code denominator}
   * @param denominator positive
   * @return the threshold
   * @throws org.grassroots.governance.validation.InvalidValueException if the fraction is not in [0, 1]
   */
  public static Threshold atLeast(int numerator, int denominator) {
    return ImmutableThreshold.builder().numerator(numerator).denominator(denominator).strict(false).build();
  }

  /**
   * The smallest count that meets this threshold out of {@code base}.
   *
   * @param base the count the fraction is taken of (members, or those present), not negative
   * @return the smallest count {@code k} with {@code isMetBy(k, base)}; may exceed {@code base}
   *     when no count can meet it (e.g. more than 1/1)
   */
  public int neededOf(int base) {
    if (base < 0) {
      throw new IllegalArgumentException("base: must not be negative, is " + base);
    }
    long product = (long) numerator() * base;
    long needed = strict() ? product / denominator() + 1 : (product + denominator() - 1) / denominator();
    return (int) needed;
  }

  /**
   * Whether {@code count} out of {@code base} meets the threshold.
   *
   * @param count the count, e.g. votes in favour
   * @param base the count the fraction is taken of
   * @return {@code true} if {@code count / base} is more than (or at least) the fraction
   */
  public boolean isMetBy(int count, int base) {
    long lhs = (long) count * denominator();
    long rhs = (long) numerator() * base;
    return strict() ? lhs > rhs : lhs >= rhs;
  }

  /** Returns e.g. {@code more than 1/2} or {@code at least 2/3}. */
  @Override
  public String toString() {
    return (strict() ? "more than " : "at least ") + numerator() + "/" + denominator();
  }

  @Value.Check
  void check() {
    Violations.of("Threshold")
        .check(denominator() > 0 && numerator() >= 0 && numerator() <= denominator(),
            "", numerator() + "/" + denominator(), Messages.FRACTION)
        .throwIfAny();
  }
}
