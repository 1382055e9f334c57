package org.grassroots.governance.agreement;

/**
 * A standing obligation of a co-building agreement (共建义务).
 *
 * <pre>{@code
 * Obligation.of(ObligationKind.LEADERSHIP_VISITS, bureau, 2); // at least twice a month
 * }</pre>
 */
public enum ObligationKind {
  /** A first secretary (第一书记) seconded from the unit's leadership; counted over the term. */
  FIRST_SECRETARY(false),
  /** Leadership visits to the community (领导进社区), counted per month. */
  LEADERSHIP_VISITS(true),
  /** Leadership duty days in the community (领导值班日), counted per month. */
  DUTY_DAYS(true),
  /** Cadres appointed across (干部交叉任职); counted over the term. */
  CROSS_APPOINTMENT(false);

  private final boolean perMonth;

  ObligationKind(boolean perMonth) {
    this.perMonth = perMonth;
  }

  /**
   * Whether the obligation's count is per calendar month (else over the whole term).
   *
   * @return {@code true} for visits and duty days
   */
  public boolean perMonth() {
    return perMonth;
  }

  /**
   * Whether each event names the person appointed.
   *
   * @return {@code true} for appointments
   */
  public boolean isAppointment() {
    return !perMonth;
  }
}
