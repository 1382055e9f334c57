package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import java.io.Serializable;
import java.util.Set;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One duty on a responsibility list (主体责任清单事项): exactly one lead subject (牵头) and any
 * number of cooperating subjects (配合), administrative or self-governance. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Duty d = Duty.of(DutyId.of("D-1"), "矛盾纠纷调解", DutyKind.SELF_GOVERNANCE, residentsCommittee)
 *     .withCooperating(Set.of(core));
 * }</pre>
 */
@Value.Immutable
public abstract class Duty implements Serializable {
  private static final long serialVersionUID = 1L;

  Duty() {}

  /**
   * The duty's id.
   *
   * @return the id
   */
  public abstract DutyId id();

  /**
   * What the duty is.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Administrative or self-governance.
   *
   * @return the kind
   */
  public abstract DutyKind kind();

  /**
   * The one lead subject (牵头单位).
   *
   * @return the organisation
   */
  public abstract OrganizationId lead();

  /**
   * The cooperating subjects (配合单位), never including the lead.
   *
   * @return the organisations, in insertion order
   */
  public abstract Set<OrganizationId> cooperating();

  /**
   * A duty without cooperating subjects.
   *
   * @param id the id
   * @param title the title
   * @param kind the kind
   * @param lead the lead subject
   * @return the duty
   */
  public static Duty of(DutyId id, String title, DutyKind kind, OrganizationId lead) {
    return builder().id(id).title(title).kind(kind).lead(lead).build();
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
  public static final class Builder extends ImmutableDuty.Builder {
    Builder() {}
  }

  /**
   * A copy with another lead subject.
   *
   * @param lead the lead
   * @return the copy
   */
  public Duty withLead(OrganizationId lead) {
    return ImmutableDuty.copyOf(this).withLead(lead);
  }

  /**
   * A copy with these cooperating subjects.
   *
   * @param cooperating the cooperating subjects
   * @return the copy
   */
  public Duty withCooperating(Iterable<? extends OrganizationId> cooperating) {
    return ImmutableDuty.copyOf(this).withCooperating(cooperating);
  }

  /**
   * A copy of another kind.
   *
   * @param kind the kind
   * @return the copy
   */
  public Duty withKind(DutyKind kind) {
    return ImmutableDuty.copyOf(this).withKind(kind);
  }

  /**
   * Whether the organisation leads or cooperates in this duty.
   *
   * @param organization the organisation
   * @return {@code true} if involved
   */
  public boolean involves(OrganizationId organization) {
    return lead().equals(organization) || cooperating().contains(organization);
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("Duty").require("id", id()).require("title", title()).require("kind", kind())
            .require("lead", lead());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!title().isBlank(), "title", title(), Messages.BLANK)
        .check(
            !cooperating().contains(lead()),
            "cooperating",
            lead(),
            f(Messages.COOPERATOR_IS_LEAD, lead()))
        .throwIfAny();
  }
}
