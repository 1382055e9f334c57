package org.grassroots.governance.simulation;

import static org.grassroots.governance.simulation.Messages.f;

import java.io.Serializable;
import java.util.SplittableRandom;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * An inclusive range of whole numbers a scenario draws from uniformly (取值范围), such as
 * "4 to 12 communities per street".
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * IntRange.of(4, 12).draw(new SplittableRandom(7)); // a number from 4 to 12
 * }</pre>
 */
@Value.Immutable
public abstract class IntRange implements Serializable {
  private static final long serialVersionUID = 1L;

  IntRange() {}

  /**
   * The smallest value.
   *
   * @return at least 0
   */
  @Value.Parameter
  public abstract int min();

  /**
   * The largest value.
   *
   * @return at least {@link #min()}
   */
  @Value.Parameter
  public abstract int max();

  /**
   * The range from {@code min} to {@code max}, both included.
   *
   * @param min at least 0
   * @param max at least {@code min}
   * @return the range
   * @throws org.grassroots.governance.validation.InvalidValueException if {@code min < 0} or
   *     {@code min > max}
   */
  public static IntRange of(int min, int max) {
    return ImmutableIntRange.of(min, max);
  }

  /**
   * A range holding one value.
   *
   * @param value at least 0
   * @return the range {@code value..value}
   */
  public static IntRange exactly(int value) {
    return of(value, value);
  }

  /**
   * Draws a value uniformly.
   *
   * @param random the source of randomness
   * @return a value from {@link #min()} to {@link #max()}
   */
  public int draw(SplittableRandom random) {
    return min() == max() ? min() : random.nextInt(min(), max() + 1);
  }

  /**
   * The midpoint, the expected value of a draw.
   *
   * @return {@code (min + max) / 2}
   */
  public double mean() {
    return (min() + (double) max()) / 2;
  }

  @Value.Check
  void check() {
    Violations.of("IntRange")
        .check(min() >= 0, "min", min(), "must not be negative")
        .check(min() <= max(), "max", max(), f(Messages.MIN_MAX, min(), max()))
        .throwIfAny();
  }

  @Override
  public String toString() {
    return min() + ".." + max();
  }
}
