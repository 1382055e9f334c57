package org.grassroots.governance.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The public factories of the structure's report values ({@link RoleHolders#of}, {@link
 * AccessDecision#accepted}, {@link AccessDecision#refused}) and the parameters of the standard
 * {@link PolicyRule} kinds.
 */
class ReportValuesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  private static final AdministrativeTask TASK =
      AdministrativeTask.of(TaskId.of("T-1"), "人口普查入户登记", "区统计局", DAY);

  private static List<String> paths(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  private static Membership member(Role role, LocalDate start) {
    return Membership.ongoing(PersonId.of("P-" + start), OrganizationId.of("O"), role, start);
  }

  @Test
  void roleHoldersOf_acceptsWhatHoldersComputes() {
    Membership held = member(Role.GRID_WORKER, DAY.minusDays(3));
    Membership unknown = Membership.endUnknown(PersonId.of("P-U"), OrganizationId.of("O"),
        Role.GRID_WORKER, DAY.minusYears(1));
    RoleHolders h = RoleHolders.of(Role.GRID_WORKER, DAY, List.of(held), List.of(unknown));
    assertEquals(List.of(held.person()), h.people());
    assertEquals(List.of(held.person(), unknown.person()), h.possiblePeople());
  }

  @Test
  void roleHoldersOf_refusesOtherRoleAndWrongHolding_allAtOnce() {
    Membership later = member(Role.GRID_WORKER, DAY.plusDays(1));
    Membership other = member(Role.VOLUNTEER, DAY.minusDays(1));
    Membership ongoing = member(Role.GRID_WORKER, DAY.minusDays(9));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RoleHolders.of(
        Role.GRID_WORKER, DAY, List.of(later, other), List.of(ongoing)));
    assertEquals(List.of("held[0]", "held[1].role", "unknown[0]"), paths(e));
    assertTrue(e.getMessage().contains("must be UNKNOWN in this list, but is HELD"),
        e.getMessage());
  }

  @Test
  void accessDecisionAccepted_equalsTheListsDecision() {
    AccessEntry entry = AccessEntry.of(TaskId.of("T-1"), "人口普查").withValidFrom(DAY.minusDays(1));
    AccessDecision d = AccessDecision.accepted(TASK, entry);
    assertEquals(AccessList.of(List.of(entry)).decide(TASK), d);
    assertTrue(d.isAccepted());
  }

  @Test
  void accessDecisionAccepted_refusesOtherTaskAndEntryNotInForce() {
    AccessEntry other = AccessEntry.of(TaskId.of("T-2"), "x").withValidUntil(DAY.minusDays(1));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AccessDecision.accepted(TASK, other));
    assertEquals(List.of("entry.task", "entry"), paths(e));
  }

  @Test
  void accessDecisionRefused_equalsTheListsDecision_andRefusesBlankMessage() {
    AccessDecision d = AccessList.of(List.of()).decide(TASK);
    AccessDecision.Refused r = (AccessDecision.Refused) d;
    assertEquals(d, AccessDecision.refused(TASK, r.reason(), r.message()));
    assertFalse(d.isAccepted());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AccessDecision.refused(TASK, AccessDecision.Reason.NOT_LISTED, " "));
    assertEquals(List.of("message"), paths(e));
  }

  @Test
  void standardRules_exposeTheirParameters() {
    PolicyRule.MinimumHolders m = (PolicyRule.MinimumHolders)
        PolicyRule.minimumHolders("six", Role.COMMUNITY_WORKER, 6, true);
    assertEquals(Role.COMMUNITY_WORKER, m.role());
    assertEquals(6, m.minimum());
    assertTrue(m.fullTimeOnly());
    PolicyRule.DutiesLedBy d = (PolicyRule.DutiesLedBy) PolicyRule.dutiesLedBy("led",
        DutyKind.ADMINISTRATIVE, OrganizationKind.SERVICE_STATION);
    assertEquals(DutyKind.ADMINISTRATIVE, d.duty());
    assertEquals(OrganizationKind.SERVICE_STATION, d.leadKind());
    assertTrue(PolicyRule.partyBranchOnEveryGrid("b") instanceof PolicyRule.BranchOnEveryGrid);
    PolicyRule chairs = PolicyRule.everyPartTimeMemberChairs("chairs");
    assertTrue(chairs instanceof PolicyRule.EveryPartTimeMemberChairs);
    assertEquals("chairs", chairs.name());
    assertEquals(PolicyRule.everyPartTimeMemberChairs(),
        PolicyRule.everyPartTimeMemberChairs("every-part-time-member-chairs"));
  }
}
