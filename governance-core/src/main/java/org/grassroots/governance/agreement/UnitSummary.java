package org.grassroots.governance.agreement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One unit's dual-reporting record over a period, for evaluation (单位双报到考核): the communities
 * it reported to, how many of its party members reported where they live, how many of them
 * served in the period, their hours and posts claimed. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (UnitSummary s : register.unitSummaries(from, to)) { s.membersServing(); }
 * }</pre>
 */
@Value.Immutable
public abstract class UnitSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  UnitSummary() {}

  /** @return the unit */
  @Value.Parameter
  public abstract OrganizationId unit();

  /** @return the communities the unit reported to (by the end of the period) */
  @Value.Parameter
  public abstract Set<DivisionCode> reportedTo();

  /** @return its members who reported to where they live (by the end of the period) */
  @Value.Parameter
  public abstract int membersReported();

  /** @return its members with at least one service record in the period */
  @Value.Parameter
  public abstract int membersServing();

  /** @return its members' hours in the period */
  @Value.Parameter
  public abstract BigDecimal hours();

  /** @return its members' posts claimed in the period */
  @Value.Parameter
  public abstract int postsClaimed();

  /**
   * A summary, e.g. one read from a document; {@link DualReporting#unitSummaries} computes them.
   *
   * @param unit the unit
   * @param reportedTo the communities it reported to
   * @param membersReported its members who reported, not negative
   * @param membersServing its members who served, at most {@code membersReported}
   * @param hours its members' hours, not negative
   * @param postsClaimed its members' posts claimed, not negative
   * @return the summary
   * @throws org.grassroots.governance.validation.InvalidValueException if a count or the hours
   *     are negative or more members served than reported
   */
  public static UnitSummary of(OrganizationId unit, Set<DivisionCode> reportedTo, int membersReported,
      int membersServing, BigDecimal hours, int postsClaimed) {
    return ImmutableUnitSummary.of(unit, reportedTo, membersReported, membersServing, hours,
        postsClaimed);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("UnitSummary").require("unit", unit()).require("hours", hours());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(membersReported() >= 0, "membersReported", membersReported(), Messages.NEGATIVE)
        .check(membersServing() >= 0, "membersServing", membersServing(), Messages.NEGATIVE)
        .check(membersServing() <= membersReported(), "membersServing", membersServing(),
            Messages.f(Messages.SERVING_ABOVE_REPORTED, membersReported()))
        .check(hours().signum() >= 0, "hours", hours().toPlainString(), Messages.NEGATIVE)
        .check(postsClaimed() >= 0, "postsClaimed", postsClaimed(), Messages.NEGATIVE)
        .throwIfAny();
  }
}
