package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import java.math.BigDecimal;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A non-negative amount in a unit (数量). The amount is kept in canonical form (no trailing
 * zeros), so equal quantities are {@code equals}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Quantity q = Quantity.of(new BigDecimal("12.50"), MeasureUnit.HOUR); // 12.5 h
 * q.plus(Quantity.of(2, MeasureUnit.HOUR));                           // 14.5 h
 * }</pre>
 */
@Value.Immutable
public abstract class Quantity implements Serializable, Comparable<Quantity> {
  private static final long serialVersionUID = 1L;

  Quantity() {}

  /**
   * The amount.
   *
   * @return a non-negative amount without trailing zeros
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * The unit.
   *
   * @return the unit
   */
  @Value.Parameter
  public abstract MeasureUnit unit();

  /**
   * A quantity.
   *
   * @param amount the amount, non-negative
   * @param unit the unit
   * @return the quantity, amount canonicalised
   * @throws org.grassroots.governance.validation.InvalidValueException if the amount is negative
   */
  public static Quantity of(BigDecimal amount, MeasureUnit unit) {
    return ImmutableQuantity.of(canonical(java.util.Objects.requireNonNull(amount, "amount")), unit);
  }

  /**
   * A whole quantity.
   *
   * @param amount the amount, non-negative
   * @param unit the unit
   * @return the quantity
   * @throws org.grassroots.governance.validation.InvalidValueException if the amount is negative
   */
  public static Quantity of(long amount, MeasureUnit unit) {
    return of(BigDecimal.valueOf(amount), unit);
  }

  /**
   * Nothing, in a unit.
   *
   * @param unit the unit
   * @return zero in that unit
   */
  public static Quantity zero(MeasureUnit unit) {
    return of(BigDecimal.ZERO, unit);
  }

  private static BigDecimal canonical(BigDecimal a) {
    BigDecimal s = a.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * The sum.
   *
   * @param other a quantity in the same unit
   * @return the sum
   * @throws IllegalArgumentException if the units differ
   */
  public Quantity plus(Quantity other) {
    sameUnit(other);
    return of(amount().add(other.amount()), unit());
  }

  /**
   * The difference, never below zero.
   *
   * @param other a quantity in the same unit
   * @return {@code max(0, this - other)}
   * @throws IllegalArgumentException if the units differ
   */
  public Quantity minusOrZero(Quantity other) {
    sameUnit(other);
    BigDecimal d = amount().subtract(other.amount());
    return of(d.signum() < 0 ? BigDecimal.ZERO : d, unit());
  }

  private void sameUnit(Quantity other) {
    if (!other.unit().equals(unit())) {
      throw new IllegalArgumentException(
          "other: is in " + other.unit() + ", this quantity is in " + unit());
    }
  }

  /**
   * Compares amounts of the same unit.
   *
   * @param other a quantity in the same unit
   * @return negative, zero or positive
   * @throws IllegalArgumentException if the units differ
   */
  @Override
  public int compareTo(Quantity other) {
    sameUnit(other);
    return amount().compareTo(other.amount());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Quantity").require("amount", amount()).require("unit", unit());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(amount().signum() >= 0, "amount", amount().toPlainString(), Messages.NEGATIVE)
        .check(amount().equals(canonical(amount())), "amount", amount(),
            f(Messages.NOT_CANONICAL, canonical(amount()).toPlainString()))
        .throwIfAny();
  }

  /** Returns e.g. {@code 12.5 h}. */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + unit();
  }
}
