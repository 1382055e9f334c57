package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A person holding a role in an organisation over a period (任职), after Popolo's membership: a
 * community worker of the residents' committee, a part-time member of the joint party committee
 * on behalf of a unit's party organisation, a grid worker of one grid.
 *
 * <p>The end is explicit ({@link TenureEnd}): a recorded date (inclusive), known to be ongoing,
 * or unknown. "Does this person hold the role on date D" is {@link #heldOn(LocalDate)}, which
 * answers {@link Holding#UNKNOWN} rather than guessing when the end was never recorded, unless
 * the membership was {@linkplain #confirmedUntil() confirmed} until D. A builder without an end
 * date defaults to {@code UNKNOWN}; say {@code ONGOING} to assert that it is current.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Membership m = Membership.ongoing(person, residentsCommittee, Role.COMMUNITY_WORKER,
 *     LocalDate.of(2021, 3, 1));
 * m.heldOn(LocalDate.of(2024, 1, 1)); // HELD
 * }</pre>
 */
@Value.Immutable
public abstract class Membership implements Serializable {
  private static final long serialVersionUID = 1L;

  Membership() {}

  /**
   * The member.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * The organisation the role is held in.
   *
   * @return the organisation's id
   */
  public abstract OrganizationId organization();

  /**
   * The role.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * The first day the role is held.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * The last day the role is held, when {@link #endStatus()} is {@code ON_DATE}.
   *
   * @return the end date (inclusive), or empty
   */
  public abstract Optional<LocalDate> end();

  /**
   * How the end is known; defaults to {@code ON_DATE} when an end date is given, otherwise
   * {@code UNKNOWN}.
   *
   * @return the end status
   */
  @Value.Default
  public TenureEnd endStatus() {
    return end().isPresent() ? TenureEnd.ON_DATE : TenureEnd.UNKNOWN;
  }

  /**
   * For an unknown end: the last day the membership was confirmed to be held (e.g. by the last
   * roster check).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> confirmedUntil();

  /**
   * The organisation on whose behalf the role is held, e.g. the unit's party organisation that
   * sends a part-time committee member (兼职委员) or a first secretary (第一书记).
   *
   * @return the organisation, or empty
   */
  public abstract Optional<OrganizationId> onBehalfOf();

  /**
   * The node the role covers, e.g. the grid of a grid worker.
   *
   * @return the node, or empty
   */
  public abstract Optional<NodeCode> area();

  /**
   * Whether the role is held full time (专职), e.g. a full-time deputy secretary.
   *
   * @return {@code true} if full time
   */
  @Value.Default
  public boolean fullTime() {
    return false;
  }

  /**
   * Whether the role is held on the given date.
   *
   * @param date the date
   * @return {@code HELD}, {@code NOT_HELD}, or {@code UNKNOWN} if the end is unknown and the
   *     date is after the last confirmation
   */
  public Holding heldOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    if (date.isBefore(start())) {
      return Holding.NOT_HELD;
    }
    switch (endStatus()) {
      case ON_DATE:
        return date.isAfter(end().orElseThrow()) ? Holding.NOT_HELD : Holding.HELD;
      case ONGOING:
        return Holding.HELD;
      default:
        return confirmedUntil().isPresent() && !date.isAfter(confirmedUntil().get())
            ? Holding.HELD
            : Holding.UNKNOWN;
    }
  }

  /**
   * Whether the membership may be in force on some day from {@code from} to {@code to}
   * (inclusive), counting an unknown or ongoing end as open.
   *
   * @param from the first day
   * @param to the last day
   * @return {@code true} if the periods may intersect
   */
  public boolean mayOverlap(LocalDate from, LocalDate to) {
    if (to.isBefore(start())) {
      return false;
    }
    return endStatus() != TenureEnd.ON_DATE || !end().orElseThrow().isBefore(from);
  }

  /**
   * Whether the membership is certainly or possibly in force for the whole of {@code from} to
   * {@code to}: it starts on or before {@code from} and does not end, by record, before {@code
   * to}. An unknown end is not taken as an end.
   *
   * @param from the first day
   * @param to the last day
   * @return {@code true} if no recorded date contradicts it
   */
  public boolean mayCover(LocalDate from, LocalDate to) {
    if (start().isAfter(from)) {
      return false;
    }
    return endStatus() != TenureEnd.ON_DATE || !end().orElseThrow().isBefore(to);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A membership known to be ongoing.
   *
   * @param person the member
   * @param organization the organisation
   * @param role the role
   * @param start the first day
   * @return the membership
   */
  public static Membership ongoing(
      PersonId person, OrganizationId organization, Role role, LocalDate start) {
    return builder()
        .person(person)
        .organization(organization)
        .role(role)
        .start(start)
        .endStatus(TenureEnd.ONGOING)
        .build();
  }

  /**
   * A membership from {@code start} to {@code end}, both inclusive.
   *
   * @param person the member
   * @param organization the organisation
   * @param role the role
   * @param start the first day
   * @param end the last day
   * @return the membership
   * @throws org.grassroots.governance.validation.InvalidValueException if end is before start
   */
  public static Membership between(
      PersonId person, OrganizationId organization, Role role, LocalDate start, LocalDate end) {
    return builder().person(person).organization(organization).role(role).start(start).end(end)
        .build();
  }

  /**
   * A membership whose end was not recorded.
   *
   * @param person the member
   * @param organization the organisation
   * @param role the role
   * @param start the first day
   * @return the membership
   */
  public static Membership endUnknown(
      PersonId person, OrganizationId organization, Role role, LocalDate start) {
    return builder()
        .person(person)
        .organization(organization)
        .role(role)
        .start(start)
        .endStatus(TenureEnd.UNKNOWN)
        .build();
  }

  /** The builder; {@link #build()} checks every invariant and reports all violations at once. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }

  /**
   * A copy ending on the given day (inclusive): end status {@code ON_DATE}, no confirmation date.
   *
   * @param end the last day
   * @return the copy
   * @throws org.grassroots.governance.validation.InvalidValueException if end is before start
   */
  public Membership endingOn(LocalDate end) {
    return builder()
        .from(this)
        .confirmedUntil(Optional.empty())
        .endStatus(TenureEnd.ON_DATE)
        .end(end)
        .build();
  }

  /**
   * A copy with another start.
   *
   * @param start the first day
   * @return the copy
   */
  public Membership withStart(LocalDate start) {
    return ImmutableMembership.copyOf(this).withStart(start);
  }

  /**
   * A copy with another end status: the end date is dropped unless the status is {@code
   * ON_DATE}, the confirmation date unless it is {@code UNKNOWN}.
   *
   * @param status the end status
   * @return the copy
   * @throws org.grassroots.governance.validation.InvalidValueException if {@code ON_DATE} is
   *     asked for a membership without end date
   */
  public Membership endingAs(TenureEnd status) {
    java.util.Objects.requireNonNull(status, "status");
    Builder b = builder().from(this).endStatus(status);
    if (status != TenureEnd.ON_DATE) {
      b.end(Optional.empty());
    }
    if (status != TenureEnd.UNKNOWN) {
      b.confirmedUntil(Optional.empty());
    }
    return b.build();
  }

  /**
   * A copy confirmed to be held until the given day (for an unknown end).
   *
   * @param date the last confirmed day
   * @return the copy
   */
  public Membership withConfirmedUntil(LocalDate date) {
    return ImmutableMembership.copyOf(this).withConfirmedUntil(date);
  }

  /**
   * A copy held on behalf of the given organisation.
   *
   * @param organization the sending organisation
   * @return the copy
   */
  public Membership withOnBehalfOf(OrganizationId organization) {
    return ImmutableMembership.copyOf(this).withOnBehalfOf(organization);
  }

  /**
   * A copy covering the given node.
   *
   * @param node the node
   * @return the copy
   */
  public Membership withArea(NodeCode node) {
    return ImmutableMembership.copyOf(this).withArea(node);
  }

  /**
   * A copy held full time or not.
   *
   * @param fullTime whether full time
   * @return the copy
   */
  public Membership withFullTime(boolean fullTime) {
    return ImmutableMembership.copyOf(this).withFullTime(fullTime);
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("Membership")
            .require("person", person())
            .require("organization", organization())
            .require("role", role())
            .require("start", start())
            .require("endStatus", endStatus());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    if (end().isPresent()) {
      v.check(
              endStatus() == TenureEnd.ON_DATE,
              "end",
              end().get(),
              f(Messages.END_WITHOUT_STATUS, endStatus()))
          .check(
              !end().get().isBefore(start()),
              "end",
              end().get(),
              f(Messages.END_BEFORE_START, start()));
    } else {
      v.check(endStatus() != TenureEnd.ON_DATE, "end", null, Messages.END_MISSING);
    }
    if (confirmedUntil().isPresent()) {
      v.check(
              endStatus() == TenureEnd.UNKNOWN,
              "confirmedUntil",
              confirmedUntil().get(),
              f(Messages.CONFIRMED_ONLY_UNKNOWN, endStatus()))
          .check(
              !confirmedUntil().get().isBefore(start()),
              "confirmedUntil",
              confirmedUntil().get(),
              f(Messages.CONFIRMED_BEFORE_START, start()));
    }
    if (onBehalfOf().isPresent()) {
      v.check(
          !onBehalfOf().get().equals(organization()),
          "onBehalfOf",
          onBehalfOf().get(),
          Messages.ON_BEHALF_OF_SELF);
    }
    v.throwIfAny();
  }
}
