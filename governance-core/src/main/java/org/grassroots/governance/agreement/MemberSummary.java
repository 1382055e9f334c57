package org.grassroots.governance.agreement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One in-service party member's dual-reporting record over a period, for evaluation (在职党员
 * 双报到考核): where they reported, from which unit, identity shown, skills, posts claimed,
 * services and hours. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (MemberSummary s : register.memberSummaries(from, to)) { s.hours(); }
 * }</pre>
 */
@Value.Immutable
public abstract class MemberSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  MemberSummary() {}

  /** @return the member */
  @Value.Parameter
  public abstract PersonId person();

  /** @return the community reported to */
  @Value.Parameter
  public abstract DivisionCode community();

  /** @return the member's unit */
  @Value.Parameter
  public abstract OrganizationId unit();

  /** @return whether they showed their identity (亮身份) */
  @Value.Parameter
  public abstract boolean identityShown();

  /** @return the skills declared */
  @Value.Parameter
  public abstract Set<String> skills();

  /** @return the posts claimed in the period */
  @Value.Parameter
  public abstract int postsClaimed();

  /** @return the service records in the period */
  @Value.Parameter
  public abstract int services();

  /** @return the hours served in the period */
  @Value.Parameter
  public abstract BigDecimal hours();

  /**
   * A summary, e.g. one read from a document; {@link DualReporting#memberSummaries} computes them.
   *
   * @param person the member
   * @param community the community reported to
   * @param unit the member's unit
   * @param identityShown whether they showed their identity
   * @param skills the skills declared, not blank
   * @param postsClaimed posts claimed, not negative
   * @param services service records, not negative
   * @param hours hours served, not negative
   * @return the summary
   * @throws org.grassroots.governance.validation.InvalidValueException if a count or the hours
   *     are negative or a skill is blank
   */
  public static MemberSummary of(PersonId person, DivisionCode community, OrganizationId unit,
      boolean identityShown, Set<String> skills, int postsClaimed, int services,
      BigDecimal hours) {
    return ImmutableMemberSummary.of(person, community, unit, identityShown, skills, postsClaimed,
        services, hours);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("MemberSummary").require("person", person())
        .require("community", community()).require("unit", unit()).require("hours", hours());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(postsClaimed() >= 0, "postsClaimed", postsClaimed(), Messages.NEGATIVE)
        .check(services() >= 0, "services", services(), Messages.NEGATIVE)
        .check(hours().signum() >= 0, "hours", hours().toPlainString(), Messages.NEGATIVE);
    for (String s : skills()) {
      v.check(!s.isBlank(), "skills", s, Messages.BLANK);
    }
    v.throwIfAny();
  }
}
