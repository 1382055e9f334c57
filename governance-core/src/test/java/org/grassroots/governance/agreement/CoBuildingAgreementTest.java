package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Fixtures.BUREAU;
import static org.grassroots.governance.agreement.Fixtures.END;
import static org.grassroots.governance.agreement.Fixtures.ID;
import static org.grassroots.governance.agreement.Fixtures.START;
import static org.grassroots.governance.agreement.Fixtures.active;
import static org.grassroots.governance.agreement.Fixtures.assertViolation;
import static org.grassroots.governance.agreement.Fixtures.content;
import static org.grassroots.governance.agreement.Fixtures.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.governance.id.AgreementId;
import org.junit.jupiter.api.Test;

class CoBuildingAgreementTest {
  private static final LocalDate AFTER = END.plusDays(1);

  /** An agreement brought to the given status by legal moves. */
  static CoBuildingAgreement in(AgreementStatus s) {
    switch (s) {
      case DRAFT:
        return draft();
      case SIGNED:
        return draft().sign(LocalDate.of(2020, 12, 28));
      case ACTIVE:
        return active();
      case COMPLETED:
        return active().complete(END);
      case EXPIRED:
        return active().expire(AFTER);
      default:
        return active().terminate(LocalDate.of(2021, 5, 1), "单位撤并");
    }
  }

  private static CoBuildingAgreement move(CoBuildingAgreement a, AgreementStatus to) {
    LocalDate date = to == AgreementStatus.EXPIRED ? AFTER.plusDays(1) : END;
    return to == AgreementStatus.TERMINATED ? a.terminate(date, "原因") : a.moveTo(to, date);
  }

  @Test
  void everyTransition_isAllowedExactlyWhenTheLifecycleSaysSo() {
    for (AgreementStatus from : AgreementStatus.values()) {
      for (AgreementStatus to : AgreementStatus.values()) {
        CoBuildingAgreement a = in(from);
        assertEquals(from, a.status());
        if (from.canMoveTo(to)) {
          CoBuildingAgreement b = move(a, to);
          assertEquals(to, b.status());
          assertEquals(a.versions().size() + 1, b.versions().size());
          assertEquals(a.versions(), b.versions().subList(0, a.versions().size()));
        } else {
          IllegalTransitionException e =
              assertThrows(IllegalTransitionException.class, () -> move(a, to), from + "->" + to);
          assertEquals(from, e.current());
          assertEquals(to, e.requested());
          assertTrue(String.valueOf(e.getMessage()).contains("cannot go from " + from + " to " + to),
              e::getMessage);
          assertEquals("status", e.violations().get(0).path());
        }
      }
    }
  }

  @Test
  void lifecycle_allowedMovesAreThoseOfTheIssue() {
    assertTrue(AgreementStatus.DRAFT.canMoveTo(AgreementStatus.SIGNED));
    assertTrue(AgreementStatus.SIGNED.canMoveTo(AgreementStatus.ACTIVE));
    assertTrue(AgreementStatus.ACTIVE.canMoveTo(AgreementStatus.COMPLETED));
    assertTrue(AgreementStatus.ACTIVE.canMoveTo(AgreementStatus.EXPIRED));
    assertTrue(AgreementStatus.ACTIVE.canMoveTo(AgreementStatus.TERMINATED));
    assertFalse(AgreementStatus.DRAFT.canMoveTo(AgreementStatus.ACTIVE));
    assertFalse(AgreementStatus.SIGNED.canMoveTo(AgreementStatus.COMPLETED));
    assertTrue(AgreementStatus.COMPLETED.isFinal());
    assertTrue(AgreementStatus.TERMINATED.next().isEmpty());
  }

  @Test
  void terminate_needsAReason() {
    assertViolation(() -> active().terminate(START, " "), "versions[3].terminationReason",
        Messages.BLANK);
    assertViolation(() -> active().moveTo(AgreementStatus.TERMINATED, START), "terminationReason",
        Messages.REASON_REQUIRED);
    assertEquals("单位撤并", in(AgreementStatus.TERMINATED).current().terminationReason()
        .orElseThrow());
  }

  @Test
  void activation_andExpiry_respectTheTerm() {
    CoBuildingAgreement signed = in(AgreementStatus.SIGNED);
    assertViolation(() -> signed.activate(START.minusDays(1)), "versions[2].date",
        "dated inside the term");
    assertViolation(() -> active().expire(END), "versions[3].date", "only after its term ends");
  }

  @Test
  void amend_makesANewVersionAndKeepsHistory() {
    CoBuildingAgreement a = active();
    AgreementContent more = content().withObligations(List.of(Obligation.firstSecretary(BUREAU),
        Obligation.of(ObligationKind.LEADERSHIP_VISITS, BUREAU, 3)));
    CoBuildingAgreement b = a.amend(LocalDate.of(2021, 7, 1), more, "visits raised to 3");
    assertEquals(4, b.versions().size());
    assertEquals(AgreementStatus.ACTIVE, b.status());
    assertEquals(more, b.content());
    assertEquals(content(), b.asOf(LocalDate.of(2021, 6, 30)).orElseThrow().content());
    assertEquals(more, b.asOf(LocalDate.of(2021, 7, 1)).orElseThrow().content());
    assertEquals("visits raised to 3", b.current().note().orElseThrow());
    assertTrue(b.asOf(LocalDate.of(2020, 1, 1)).isEmpty());
    assertEquals(a, active());
    assertViolation(() -> a.amend(LocalDate.of(2021, 7, 1), content().withTerm(
        Term.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))), "moved"),
        "versions[3].date", "dated inside the term");
    assertViolation(() -> draft().amend(LocalDate.of(2020, 12, 1), content(), "back-dated"),
        "versions[1].date", "before the previous version's date");
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> in(AgreementStatus.COMPLETED).amend(END, content(), "too late"));
    assertEquals(AgreementStatus.COMPLETED, e.current());
  }

  @Test
  void series_invariants_holdThroughOfBuilderAndWith() {
    List<AgreementVersion> vs = active().versions();
    assertEquals(active(), CoBuildingAgreement.of(ID, vs));
    assertViolation(() -> CoBuildingAgreement.of(ID, List.of()), "versions", "at least one");
    assertViolation(() -> CoBuildingAgreement.of(AgreementId.of("OTHER"), vs),
        "versions[0].agreement", "the agreement id is OTHER");
    List<AgreementVersion> skipped = List.of(vs.get(0), vs.get(2));
    assertViolation(() -> CoBuildingAgreement.of(ID, skipped), "versions[1].number", "must be 2");
    List<AgreementVersion> jump = List.of(vs.get(0), vs.get(2).withStatus(AgreementStatus.ACTIVE)
        .withDate(START));
    assertViolation(() -> CoBuildingAgreement.builder().id(ID).addAllVersions(jump).build(),
        "versions[1].number", "must be 2");
    List<AgreementVersion> illegal = new ArrayList<>(vs.subList(0, 1));
    illegal.add(AgreementVersion.builder().from(vs.get(2)).number(2).build());
    assertViolation(() -> CoBuildingAgreement.of(ID, illegal), "versions[1].status",
        "cannot go from DRAFT to ACTIVE");
    List<AgreementVersion> changed = new ArrayList<>(vs);
    changed.set(2, vs.get(2).withContent(content().withTerm(Term.of(START, END.plusYears(1)))));
    assertViolation(() -> active().withVersions(changed), "versions[2].content",
        "keeps the content");
    List<AgreementVersion> backwards = new ArrayList<>(vs);
    backwards.set(1, vs.get(1).withDate(LocalDate.of(2020, 12, 1)));
    assertViolation(() -> CoBuildingAgreement.of(ID, backwards), "versions[1].date",
        "before the previous");
    List<AgreementVersion> afterFinal = new ArrayList<>(in(AgreementStatus.COMPLETED).versions());
    afterFinal.add(AgreementVersion.builder().from(afterFinal.get(3)).number(5).build());
    assertViolation(() -> CoBuildingAgreement.of(ID, afterFinal), "versions[4].status",
        "cannot amend a COMPLETED agreement");
  }

  @Test
  void version_reasonOnlyWhenTerminated() {
    AgreementVersion v = active().current();
    assertViolation(() -> AgreementVersion.builder().from(v).terminationReason("x").build(),
        "terminationReason", "only for a terminated");
    assertViolation(() -> v.withStatus(AgreementStatus.TERMINATED), "terminationReason",
        Messages.REASON_REQUIRED);
    assertViolation(() -> v.withDate(AFTER), "date", "inside the term");
  }

  @Test
  void serialisation_roundTrips() {
    Fixtures.roundTrip(in(AgreementStatus.TERMINATED));
  }
}
