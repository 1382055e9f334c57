package org.grassroots.governance.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a co-building agreement (协议状态): draft → signed → active → completed or
 * expired; terminated (with a reason) from draft, signed or active. Completed, expired and
 * terminated are final.
 *
 * <pre>{@code
 * AgreementStatus.SIGNED.canMoveTo(AgreementStatus.ACTIVE);    // true
 * AgreementStatus.SIGNED.canMoveTo(AgreementStatus.COMPLETED); // false
 * }</pre>
 */
public enum AgreementStatus {
  /** Being drafted (草拟). */
  DRAFT,
  /** Signed by all parties (已签订), not yet in force. */
  SIGNED,
  /** In force (履行中). */
  ACTIVE,
  /** Fulfilled and closed (已完成). */
  COMPLETED,
  /** The term ran out (已到期). */
  EXPIRED,
  /** Ended early, with a reason (已终止). */
  TERMINATED;

  /**
   * The statuses this one may move to.
   *
   * @return a new set, empty for final statuses
   */
  public Set<AgreementStatus> next() {
    switch (this) {
      case DRAFT:
        return EnumSet.of(SIGNED, TERMINATED);
      case SIGNED:
        return EnumSet.of(ACTIVE, TERMINATED);
      case ACTIVE:
        return EnumSet.of(COMPLETED, EXPIRED, TERMINATED);
      default:
        return EnumSet.noneOf(AgreementStatus.class);
    }
  }

  /**
   * Whether a move to {@code requested} is legal.
   *
   * @param requested the requested status
   * @return {@code true} if allowed
   */
  public boolean canMoveTo(AgreementStatus requested) {
    return next().contains(requested);
  }

  /**
   * Whether the status is final.
   *
   * @return {@code true} for completed, expired and terminated
   */
  public boolean isFinal() {
    return next().isEmpty();
  }

  /**
   * Whether the content may be amended in this status.
   *
   * @return {@code true} for draft, signed and active
   */
  public boolean isAmendable() {
    return !isFinal();
  }

  /**
   * Whether deliveries and obligation events may be recorded in this status.
   *
   * @return {@code true} for signed and active
   */
  public boolean isInForce() {
    return this == SIGNED || this == ACTIVE;
  }
}
