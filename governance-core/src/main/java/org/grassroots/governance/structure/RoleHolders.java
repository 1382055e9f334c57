package org.grassroots.governance.structure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.grassroots.governance.id.PersonId;
import org.immutables.value.Value;

/**
 * Who holds a role on a date (某日在任人员): the memberships certainly held, and, kept apart, those
 * that may be held because their end was never recorded. Immutable and thread-safe.
 *
 * <pre>{@code
 * RoleHolders h = governance.holders(Role.COMMUNITY_WORKER, LocalDate.of(2024, 5, 1));
 * h.held().size();    // certainly in post
 * h.unknown().size(); // end not recorded: may or may not be
 * }</pre>
 */
@Value.Immutable
public abstract class RoleHolders implements Serializable {
  private static final long serialVersionUID = 1L;

  RoleHolders() {}

  /**
   * The role asked about.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract Role role();

  /**
   * The date asked about.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The memberships certainly held on the date.
   *
   * @return the memberships
   */
  @Value.Parameter
  public abstract List<Membership> held();

  /**
   * The memberships whose holding on the date is unknown (end not recorded).
   *
   * @return the memberships
   */
  @Value.Parameter
  public abstract List<Membership> unknown();

  static RoleHolders of(Role role, LocalDate date, List<Membership> held, List<Membership> unknown) {
    return ImmutableRoleHolders.of(role, date, held, unknown);
  }

  /**
   * The distinct people certainly holding the role.
   *
   * @return the people, in membership order
   */
  public List<PersonId> people() {
    return held().stream().map(Membership::person).distinct()
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  /**
   * The distinct people who hold it or may hold it.
   *
   * @return the people, certain ones first
   */
  public List<PersonId> possiblePeople() {
    return Stream.concat(held().stream(), unknown().stream()).map(Membership::person).distinct()
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }
}
