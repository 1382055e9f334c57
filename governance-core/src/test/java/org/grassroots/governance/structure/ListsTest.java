package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Fixtures.RC;
import static org.grassroots.governance.structure.Fixtures.STATION;
import static org.grassroots.governance.structure.Fixtures.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The responsibility list (主体责任清单) and the access list (准入清单). */
class ListsTest {
  private static final Duty D1 = Duty.of(DutyId.of("D-1"), "低保初审", DutyKind.ADMINISTRATIVE,
      STATION.id()).withCooperating(List.of(RC.id()));
  private static final Duty D2 = Duty.of(DutyId.of("D-2"), "矛盾纠纷调解", DutyKind.SELF_GOVERNANCE,
      RC.id());

  @Test
  void duty_leadIsNeverACooperator_onEveryPath() {
    assertViolation(() -> D1.withCooperating(List.of(STATION.id())), "cooperating",
        "cannot also be a cooperating subject");
    assertViolation(() -> D1.withLead(RC.id()), "cooperating", "cannot also be");
    assertViolation(() -> Duty.builder().from(D2).addCooperating(RC.id()).build(), "cooperating",
        "cannot also be");
    assertViolation(() -> DutyId.of("  "), "dutyId", Messages.BLANK);
  }

  @Test
  void responsibilityList_answersWhoLeadsWhat() {
    ResponsibilityList list = ResponsibilityList.of(List.of(D1, D2));
    assertEquals(List.of(D1), list.ledBy(STATION.id()));
    assertEquals(List.of(D1), list.cooperatingIn(RC.id()));
    assertEquals(Optional.of(RC.id()), list.leadOf(DutyId.of("D-2")));
    assertEquals(Optional.empty(), list.leadOf(DutyId.of("D-9")));
    assertViolation(() -> list.withDuty(D1.withKind(DutyKind.SELF_GOVERNANCE)), "duties[2].id",
        "appears more than once");
    assertViolation(() -> list.withDuties(List.of(D2, D2)), "duties[1].id", "more than once");
    Fixtures.roundTrip(list);
  }

  @Test
  void accessList_acceptsListedTasksAndRefusesOthersWithReason() {
    AccessEntry census = AccessEntry.of(TaskId.of("T-12"), "人口普查入户登记")
        .withBasis("《全国人口普查条例》")
        .withValidFrom(LocalDate.of(2020, 10, 1)).withValidUntil(LocalDate.of(2020, 12, 31));
    AccessList list = AccessList.of(List.of(census));
    AdministrativeTask inTime = AdministrativeTask.of(TaskId.of("T-12"), "人口普查入户登记", "区统计局",
        LocalDate.of(2020, 11, 1));
    AccessDecision ok = list.decide(inTime);
    assertTrue(ok.isAccepted());
    assertEquals(census, ((AccessDecision.Accepted) ok).entry());

    AdministrativeTask other = AdministrativeTask.of(TaskId.of("T-99"), "创建考核材料报送", "区某局",
        LocalDate.of(2020, 11, 1));
    AccessDecision refused = list.decide(other);
    assertFalse(refused.isAccepted());
    AccessDecision.Refused r = assertInstanceOf(AccessDecision.Refused.class, refused);
    assertEquals(AccessDecision.Reason.NOT_LISTED, r.reason());
    assertTrue(r.message().contains("T-99"));
    assertTrue(r.message().contains("职能归位"));

    assertEquals(AccessDecision.Reason.NOT_YET_ADMITTED, ((AccessDecision.Refused) list.decide(
        AdministrativeTask.of(TaskId.of("T-12"), "x", "y", LocalDate.of(2020, 9, 30)))).reason());
    assertEquals(AccessDecision.Reason.NO_LONGER_ADMITTED, ((AccessDecision.Refused) list.decide(
        AdministrativeTask.of(TaskId.of("T-12"), "x", "y", LocalDate.of(2021, 1, 1)))).reason());
    assertFalse(AccessList.empty().decide(inTime).isAccepted());
  }

  @Test
  void accessList_invariants_onEveryPath() {
    AccessEntry e = AccessEntry.of(TaskId.of("T-1"), "x");
    assertViolation(() -> AccessList.of(List.of(e, e)), "entries[1].task", "more than once");
    assertViolation(() -> AccessList.of(List.of(e)).withEntry(e), "entries[1].task",
        "more than once");
    assertViolation(() -> e.withValidFrom(LocalDate.of(2021, 1, 2))
        .withValidUntil(LocalDate.of(2021, 1, 1)), "validUntil", "must not be before validFrom");
    assertViolation(() -> AccessEntry.builder().task(TaskId.of("T-1")).title(" ").build(),
        "title", Messages.BLANK);
    Fixtures.roundTrip(AccessList.of(List.of(e)));
  }

  @Test
  void chairRotation_turnsNeverOverlap_onEveryPath() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    ChairTerm a = ChairTerm.of(Fixtures.pid(1), d, d.plusMonths(3));
    ChairTerm b = ChairTerm.of(Fixtures.pid(2), d.plusMonths(3), d.plusMonths(6));
    assertViolation(() -> ChairRotation.of(List.of(a, b)), "turns[1].start",
        "must not overlap");
    ChairRotation one = ChairRotation.of(List.of(a));
    assertViolation(() -> one.withTurn(b), "turns[1].start", "must not overlap");
    assertViolation(() -> one.withTurns(List.of(b, a)), "turns[1].start", "must not overlap");
    assertViolation(() -> a.withEnd(d.minusDays(1)), "end", "must not be before start");
    ChairRotation ok = one.withTurn(ChairTerm.of(Fixtures.pid(2), d.plusMonths(3).plusDays(1),
        d.plusMonths(6)));
    assertEquals(Optional.of(Fixtures.pid(2)), ok.chairOn(d.plusMonths(4)));
    assertEquals(Optional.empty(), ok.chairOn(d.minusDays(1)));
    assertTrue(ok.hasTurn(Fixtures.pid(1)));
  }
}
