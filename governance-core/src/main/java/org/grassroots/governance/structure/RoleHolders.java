package org.grassroots.governance.structure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
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

  /**
   * Holders, e.g. read back from a report; {@link CommunityGovernance#holders} computes them.
   *
   * <pre>{@code
   * RoleHolders h = RoleHolders.of(Role.COMMUNITY_WORKER, day, List.of(m1), List.of());
   * }</pre>
   *
   * @param role the role
   * @param date the date
   * @param held memberships of that role held on the date ({@link Holding#HELD})
   * @param unknown memberships of that role whose holding on the date is {@link Holding#UNKNOWN}
   * @return the holders
   * @throws org.grassroots.governance.validation.InvalidValueException if a membership is of
   *     another role or does not have the holding its list says (paths {@code held[i]},
   *     {@code unknown[i]})
   */
  public static RoleHolders of(
      Role role, LocalDate date, List<Membership> held, List<Membership> unknown) {
    return ImmutableRoleHolders.of(role, date, held, unknown);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("RoleHolders").require("role", role()).require("date", date());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    holding(v, "held", held(), Holding.HELD);
    holding(v, "unknown", unknown(), Holding.UNKNOWN);
    v.throwIfAny();
  }

  private void holding(Violations v, String list, List<Membership> ms, Holding expected) {
    for (int i = 0; i < ms.size(); i++) {
      Membership m = ms.get(i);
      String path = list + "[" + i + "]";
      v.check(m.role() == role(), path + ".role", m.role(),
          Messages.f(Messages.HOLDER_ROLE, role()));
      v.check(m.heldOn(date()) == expected, path, m.person(),
          Messages.f(Messages.HOLDER_HOLDING, date(), expected, m.heldOn(date())));
    }
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
