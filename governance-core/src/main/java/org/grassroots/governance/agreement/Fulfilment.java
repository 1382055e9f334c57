package org.grassroots.governance.agreement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * How far a commitment is fulfilled (履约进度): committed, delivered, the open part and the
 * ratio. Immutable and thread-safe.
 *
 * <pre>{@code
 * Fulfilment f = ledger.fulfilment(CommitmentId.of("C-1"));
 * f.ratio(); // e.g. 0.75
 * }</pre>
 */
@Value.Immutable
public abstract class Fulfilment implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Decimal places of ratios. */
  public static final int RATIO_SCALE = 4;

  Fulfilment() {}

  /**
   * The commitment.
   *
   * @return the commitment
   */
  @Value.Parameter
  public abstract Commitment commitment();

  /**
   * The sum of the deliveries.
   *
   * @return the delivered quantity
   */
  @Value.Parameter
  public abstract Quantity delivered();

  /**
   * A fulfilment, e.g. one read from a document; {@link Ledger#fulfilment} computes it from the
   * deliveries.
   *
   * @param commitment the commitment
   * @param delivered the sum of its deliveries, in the commitment's unit
   * @return the fulfilment
   * @throws org.grassroots.governance.validation.InvalidValueException if the delivered quantity
   *     is in another unit
   */
  public static Fulfilment of(Commitment commitment, Quantity delivered) {
    return ImmutableFulfilment.of(commitment, delivered);
  }

  /**
   * What was committed.
   *
   * @return the commitment's quantity
   */
  public Quantity committed() {
    return commitment().quantity();
  }

  /**
   * What is still open.
   *
   * @return {@code max(0, committed - delivered)}
   */
  public Quantity open() {
    return committed().minusOrZero(delivered());
  }

  /**
   * Delivered over committed, to {@value #RATIO_SCALE} places (half-even); may exceed 1 after
   * declared over-delivery; 1 for a commitment of zero.
   *
   * @return the ratio
   */
  public BigDecimal ratio() {
    BigDecimal c = committed().amount();
    if (c.signum() == 0) {
      return BigDecimal.ONE.setScale(RATIO_SCALE);
    }
    return delivered().amount().divide(c, RATIO_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * The ratio capped at 1, for averaging.
   *
   * @return {@code min(1, ratio())}
   */
  public BigDecimal cappedRatio() {
    BigDecimal r = ratio();
    return r.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE.setScale(RATIO_SCALE) : r;
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Fulfilment").require("commitment", commitment())
        .require("delivered", delivered());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(delivered().unit().equals(commitment().quantity().unit()), "delivered.unit",
        delivered().unit(), Messages.f(Messages.UNIT_MISMATCH, delivered().unit(),
            commitment().quantity().unit()))
        .throwIfAny();
  }
}
