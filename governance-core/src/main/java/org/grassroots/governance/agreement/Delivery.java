package org.grassroots.governance.agreement;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A delivery against a commitment (履约记录): which commitment, when, how much, and whether it
 * is knowingly more than the open part ({@link #declaredOverDelivery()}). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Delivery d = Delivery.of(CommitmentId.of("C-1"), LocalDate.of(2021, 3, 5),
 *     Quantity.of(16, MeasureUnit.HOUR));
 * }</pre>
 */
@Value.Immutable
public abstract class Delivery implements Serializable {
  private static final long serialVersionUID = 1L;

  Delivery() {}

  /**
   * The commitment delivered against.
   *
   * @return its id
   */
  public abstract CommitmentId commitment();

  /**
   * The day of delivery.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * How much was delivered.
   *
   * @return the quantity, in the commitment's unit
   */
  public abstract Quantity quantity();

  /**
   * Whether the delivery may exceed the open part of its commitment (said explicitly).
   *
   * @return {@code true} if over-delivery is declared
   */
  @Value.Default
  public boolean declaredOverDelivery() {
    return false;
  }

  /**
   * A note, e.g. what was done.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * A delivery.
   *
   * @param commitment the commitment
   * @param date the day
   * @param quantity how much
   * @return the delivery
   */
  public static Delivery of(CommitmentId commitment, LocalDate date, Quantity quantity) {
    return builder().commitment(commitment).date(date).quantity(quantity).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutableDelivery.Builder {
    Builder() {}
  }

  /**
   * A copy declaring (or not) over-delivery.
   *
   * @param declared whether over-delivery is declared
   * @return the copy
   */
  public Delivery withDeclaredOverDelivery(boolean declared) {
    return ImmutableDelivery.copyOf(this).withDeclaredOverDelivery(declared);
  }

  /**
   * A copy with a note.
   *
   * @param note the note
   * @return the copy
   */
  public Delivery withNote(String note) {
    return ImmutableDelivery.copyOf(this).withNote(note);
  }

  /**
   * A copy on another day.
   *
   * @param date the day
   * @return the copy
   */
  public Delivery withDate(LocalDate date) {
    return ImmutableDelivery.copyOf(this).withDate(date);
  }

  /**
   * A copy with another quantity.
   *
   * @param quantity the quantity
   * @return the copy
   */
  public Delivery withQuantity(Quantity quantity) {
    return ImmutableDelivery.copyOf(this).withQuantity(quantity);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Delivery").require("commitment", commitment())
        .require("date", date()).require("quantity", quantity());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    if (note().isPresent()) {
      v.check(!note().get().isBlank(), "note", note().get(), Messages.BLANK);
    }
    v.throwIfAny();
  }
}
