package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Fixtures.CORE_ID;
import static org.grassroots.governance.structure.Fixtures.RC;
import static org.grassroots.governance.structure.Fixtures.START;
import static org.grassroots.governance.structure.Fixtures.base;
import static org.grassroots.governance.structure.Fixtures.person;
import static org.grassroots.governance.structure.Fixtures.pid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Random membership sequences: a structure is built exactly when no person holds a role in an
 * organisation twice at the same time (checked by an independent oracle), and whatever is built
 * answers "who holds the role on D" consistently with each membership.
 */
class StructurePropertiesTest {
  private static final List<OrganizationId> ORGS = List.of(CORE_ID, RC.id());
  private static final List<Role> ROLES = List.of(Role.COMMUNITY_WORKER, Role.GRID_WORKER,
      Role.VOLUNTEER);

  @Test
  void randomMemberships_buildExactlyWhenNoRoleIsHeldTwiceAtOnce() {
    qt().withExamples(150).forAll(lists().of(integers().between(0, 999)).ofSizeBetween(0, 12),
        longs().all()).checkAssert((ops, seed) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Membership> ms = new ArrayList<>();
          for (int op : ops) {
            PersonId person = pid(op % 3);
            LocalDate start = START.plusDays(rnd.nextInt(0, 1000));
            Membership m = Membership.builder().person(person)
                .organization(ORGS.get(rnd.nextInt(ORGS.size())))
                .role(ROLES.get(rnd.nextInt(ROLES.size()))).start(start)
                .endStatus(TenureEnd.ONGOING).build();
            int end = rnd.nextInt(3);
            ms.add(end == 0 ? m.endingOn(start.plusDays(rnd.nextInt(0, 400)))
                : end == 1 ? m : m.endingAs(TenureEnd.UNKNOWN));
          }
          boolean conflict = false;
          for (int i = 0; i < ms.size(); i++) {
            for (int j = 0; j < i; j++) {
              conflict |= sameKey(ms.get(i), ms.get(j)) && intersect(ms.get(i), ms.get(j));
            }
          }
          CommunityGovernance.Builder b = base().addPeople(person(0), person(1), person(2))
              .addAllMemberships(ms);
          try {
            CommunityGovernance g = b.build();
            assertTrue(!conflict, "built despite a conflict");
            LocalDate probe = START.plusDays(rnd.nextInt(0, 1500));
            for (Role r : ROLES) {
              RoleHolders h = g.holders(r, probe);
              long held = ms.stream().filter(m -> m.role() == r
                  && m.heldOn(probe) == Holding.HELD).count();
              assertEquals(held, h.held().size());
            }
          } catch (InvalidValueException e) {
            assertTrue(conflict, e::getMessage);
            assertTrue(e.violations().stream().allMatch(v -> v.path().startsWith("memberships[")));
          }
        });
  }

  private static boolean sameKey(Membership a, Membership b) {
    return a.person().equals(b.person()) && a.organization().equals(b.organization())
        && a.role() == b.role();
  }

  private static LocalDate lastDay(Membership m) {
    return m.endStatus() == TenureEnd.ON_DATE ? m.end().orElseThrow() : LocalDate.MAX;
  }

  private static boolean intersect(Membership a, Membership b) {
    return !a.start().isAfter(lastDay(b)) && !b.start().isAfter(lastDay(a));
  }
}
