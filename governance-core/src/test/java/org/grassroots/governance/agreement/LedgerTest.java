package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Fixtures.BUREAU;
import static org.grassroots.governance.agreement.Fixtures.CORE;
import static org.grassroots.governance.agreement.Fixtures.END;
import static org.grassroots.governance.agreement.Fixtures.FIRST_SECRETARY;
import static org.grassroots.governance.agreement.Fixtures.FUNDS;
import static org.grassroots.governance.agreement.Fixtures.HOURS;
import static org.grassroots.governance.agreement.Fixtures.START;
import static org.grassroots.governance.agreement.Fixtures.VENUE;
import static org.grassroots.governance.agreement.Fixtures.active;
import static org.grassroots.governance.agreement.Fixtures.assertViolation;
import static org.grassroots.governance.agreement.Fixtures.content;
import static org.grassroots.governance.agreement.Fixtures.draft;
import static org.grassroots.governance.agreement.Fixtures.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.structure.Finding;
import org.grassroots.governance.structure.Outcome;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static final LocalDate MARCH = LocalDate.of(2021, 3, 5);

  @Test
  void deliveries_onlyInsideTheTerm_onEveryPath() {
    Ledger l = Ledger.of(active());
    assertViolation(() -> l.record(hours(END.plusDays(1), 1)), "deliveries[0].date",
        "outside the term 2021-01-01..2021-12-31");
    assertViolation(() -> l.withDeliveries(List.of(hours(MARCH, 1), hours(START.minusDays(1), 1))),
        "deliveries[1].date", "");
    assertViolation(() -> Ledger.builder().agreement(active()).addDeliveries(hours(END.plusYears(1),
        1)).build(), "deliveries[0].date", "outside the term");
    assertViolation(() -> Ledger.of(draft()).record(hours(MARCH, 1)), "deliveries[0].date",
        "the agreement is DRAFT on 2021-03-05");
    CoBuildingAgreement ended = active().terminate(LocalDate.of(2021, 6, 1), "撤并");
    Ledger before = Ledger.of(ended).record(hours(MARCH, 5));
    assertViolation(() -> before.record(hours(LocalDate.of(2021, 6, 2), 1)), "deliveries[1].date",
        "TERMINATED");
  }

  @Test
  void deliveries_nameACommitmentInItsUnit() {
    Ledger l = Ledger.of(active());
    assertViolation(() -> l.record(Delivery.of(CommitmentId.of("C-9"), MARCH,
        Quantity.of(1, MeasureUnit.HOUR))), "deliveries[0].commitment", "no commitment C-9");
    assertViolation(() -> l.record(Delivery.of(HOURS, MARCH, Quantity.of(1, MeasureUnit.YUAN))),
        "deliveries[0].quantity.unit", "is in CNY, the commitment is in h");
  }

  @Test
  void overDelivery_onlyWhenDeclared() {
    Ledger l = Ledger.of(active()).record(hours(MARCH, 150));
    assertViolation(() -> l.record(hours(MARCH.plusDays(1), 51)), "deliveries[1].quantity",
        "exceeds the open part 50 of commitment C-1");
    Ledger over = l.record(hours(MARCH.plusDays(1), 51).withDeclaredOverDelivery(true));
    assertEquals(Quantity.of(201, MeasureUnit.HOUR), over.delivered(HOURS).orElseThrow());
    assertEquals(new BigDecimal("1.0050"), over.fulfilment(HOURS).orElseThrow().ratio());
    assertEquals(new BigDecimal("1.0000"), over.fulfilment(HOURS).orElseThrow().cappedRatio());
    assertEquals(Quantity.zero(MeasureUnit.HOUR), over.fulfilment(HOURS).orElseThrow().open());
  }

  @Test
  void backfilledDelivery_countsInDateOrder() {
    Ledger l = Ledger.of(active()).record(hours(LocalDate.of(2021, 9, 1), 150));
    List<Violation> problems = l.problems(hours(LocalDate.of(2021, 2, 1), 100));
    assertEquals(1, problems.size());
    assertEquals("deliveries[0].quantity", problems.get(0).path());
    List<Violation> own = l.problems(hours(END.plusDays(3), 1));
    assertEquals("date", own.get(0).path());
    assertTrue(l.problems(hours(LocalDate.of(2021, 2, 1), 50)).isEmpty());
  }

  @Test
  void fulfilmentOf_refusesADeliveredQuantityInAnotherUnit() {
    Commitment k = content().commitments().get(0);
    assertViolation(() -> Fulfilment.of(k, Quantity.of(1, MeasureUnit.YUAN.equals(
        k.quantity().unit()) ? MeasureUnit.HOUR : MeasureUnit.YUAN)), "delivered.unit", "is in");
    assertEquals(k.quantity(), Fulfilment.of(k, Quantity.zero(k.quantity().unit())).open());
  }

  @Test
  void fulfilment_perCommitmentAgreementAndUnit() {
    Ledger l = Ledger.of(active())
        .record(hours(MARCH, 50))
        .record(Delivery.of(FUNDS, MARCH, Quantity.of(50000, MeasureUnit.YUAN)))
        .record(Delivery.of(VENUE, MARCH, Quantity.of(3, MeasureUnit.TIMES)));
    assertEquals(new BigDecimal("0.2500"), l.fulfilment(HOURS).orElseThrow().ratio());
    assertEquals(new BigDecimal("1.0000"), l.fulfilment(FUNDS).orElseThrow().ratio());
    assertEquals(Optional.of(new BigDecimal("0.6250")), l.fulfilmentRatio(BUREAU));
    assertEquals(Optional.of(new BigDecimal("0.2500")), l.fulfilmentRatio(CORE));
    assertEquals(Optional.of(new BigDecimal("0.5000")), l.fulfilmentRatio());
    assertEquals(Optional.empty(), l.fulfilmentRatio(Fixtures.OTHER));
    assertEquals(3, l.fulfilments().size());
  }

  @Test
  void fulfilmentRatio_perUnitAcrossAgreements() {
    Ledger one = Ledger.of(active()).record(hours(MARCH, 100));
    CoBuildingAgreement other = CoBuildingAgreement.draft(
        org.grassroots.governance.id.AgreementId.of("OTHER-2021"), LocalDate.of(2020, 12, 1),
        content().withCommitments(List.of(Commitment.of(HOURS, CommitmentKind.VOLUNTEER_HOURS,
            BUREAU, Quantity.of(10, MeasureUnit.HOUR), Cadence.WHOLE_TERM))))
        .sign(LocalDate.of(2020, 12, 2)).activate(START);
    Ledger two = Ledger.of(other).record(hours(MARCH, 10));
    // bureau: C-1 0.5, C-2 0 in the first; C-1 1.0 in the second
    assertEquals(Optional.of(new BigDecimal("0.5000")),
        Ledger.fulfilmentRatio(List.of(one, two), BUREAU));
    assertEquals(Optional.empty(), Ledger.fulfilmentRatio(List.of(two), CORE));
  }

  @Test
  void schedule_expectsEachEndedPeriodsShare() {
    Ledger l = Ledger.of(active())
        .record(Delivery.of(VENUE, LocalDate.of(2021, 1, 20), Quantity.of(1, MeasureUnit.TIMES)))
        .record(Delivery.of(VENUE, LocalDate.of(2021, 2, 20), Quantity.of(1, MeasureUnit.TIMES)));
    // C-3: 12 times, monthly; by 2021-03-31 three months have ended, 2 delivered
    Finding venue = l.checkSchedule(LocalDate.of(2021, 3, 31)).get(2);
    assertEquals(Outcome.NOT_MET, venue.outcome());
    assertTrue(venue.expected().startsWith("at least 3 times by 2021-03-31 (3 of 12 monthly"),
        venue::expected);
    assertEquals(Outcome.MET, l.checkSchedule(LocalDate.of(2021, 3, 30)).get(2).outcome());
    Finding funds = l.checkSchedule(LocalDate.of(2021, 6, 30)).get(1);
    assertEquals(Outcome.MET, funds.outcome(), "a once-off commitment is due at the term's end");
    assertEquals(Outcome.NOT_MET, l.checkSchedule(END).get(1).outcome());
    assertTrue(l.checkSchedule(START.minusDays(1)).isEmpty());
  }

  @Test
  void schedule_expectationGrowsWithTheDayAndIsWholeAtTheEnd() {
    Ledger l = Ledger.of(active());
    org.quicktheories.QuickTheory.qt().withExamples(100)
        .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 400),
            org.quicktheories.generators.SourceDSL.integers().between(0, 400))
        .checkAssert((a, b) -> {
          LocalDate early = START.plusDays(Math.min(a, b));
          LocalDate late = START.plusDays(Math.max(a, b));
          List<Finding> fe = l.checkSchedule(early);
          List<Finding> fl = l.checkSchedule(late);
          for (int i = 0; i < fe.size(); i++) {
            // nothing delivered: an earlier miss stays a miss later
            if (fe.get(i).outcome() == Outcome.NOT_MET) {
              assertEquals(Outcome.NOT_MET, fl.get(i).outcome());
            }
          }
          if (!late.isBefore(END)) {
            assertTrue(fl.stream().noneMatch(Finding::isMet));
          }
        });
  }

  @Test
  void obligations_areCheckedAsFindings() {
    Ledger l = Ledger.of(active())
        .recordEvent(ObligationEvent.appointment(ObligationKind.FIRST_SECRETARY, BUREAU,
            LocalDate.of(2021, 1, 4), FIRST_SECRETARY))
        .recordEvent(ObligationEvent.of(ObligationKind.LEADERSHIP_VISITS, BUREAU, MARCH));
    List<Finding> march = l.checkObligations(YearMonth.of(2021, 3));
    assertEquals(2, march.size());
    Finding fs = march.get(0);
    assertEquals("first-secretary", fs.rule());
    assertEquals(Outcome.MET, fs.outcome());
    Finding visits = march.get(1);
    assertEquals("leadership-visits", visits.rule());
    assertEquals(Outcome.NOT_MET, visits.outcome());
    assertEquals(BigDecimal.ONE, visits.measured());
    assertEquals("at least 2 per month", visits.expected());
    Ledger twice = l.recordEvent(ObligationEvent.of(ObligationKind.LEADERSHIP_VISITS, BUREAU,
        MARCH.plusDays(10)));
    assertEquals(Outcome.MET, twice.checkObligations(YearMonth.of(2021, 3)).get(1).outcome());
    assertEquals(Outcome.NOT_MET, twice.checkObligations(YearMonth.of(2021, 4)).get(1).outcome());
    assertTrue(twice.checkObligations(YearMonth.of(2022, 3)).isEmpty());
    assertTrue(twice.checkObligations(YearMonth.of(2019, 3)).isEmpty());
  }

  @Test
  void events_mustMatchAnAgreedObligation() {
    assertViolation(() -> Ledger.of(active()).recordEvent(ObligationEvent.of(
        ObligationKind.DUTY_DAYS, BUREAU, MARCH)), "events[0]", "no DUTY_DAYS obligation");
    assertViolation(() -> ObligationEvent.builder().kind(ObligationKind.FIRST_SECRETARY)
        .obligor(BUREAU).date(MARCH).build(), "person", "names the person appointed");
    assertViolation(() -> Ledger.of(active()).recordEvent(ObligationEvent.of(
        ObligationKind.LEADERSHIP_VISITS, BUREAU, END.plusDays(1))), "events[0].date",
        "outside the term");
  }

  @Test
  void withAgreement_rechecksDeliveriesAgainstTheAmendment() {
    Ledger l = Ledger.of(active()).record(hours(MARCH, 150));
    CoBuildingAgreement cut = l.agreement().amend(LocalDate.of(2021, 2, 1),
        content().withCommitments(List.of(Commitment.of(HOURS, CommitmentKind.VOLUNTEER_HOURS,
            BUREAU, Quantity.of(100, MeasureUnit.HOUR), Cadence.WHOLE_TERM))), "hours cut to 100");
    assertViolation(() -> l.withAgreement(cut), "deliveries[0].quantity", "exceeds the open part");
    CoBuildingAgreement later = l.agreement().amend(LocalDate.of(2021, 6, 1),
        cut.content(), "hours cut to 100 from June");
    Ledger ok = l.withAgreement(later);
    assertViolation(() -> ok.record(hours(LocalDate.of(2021, 6, 2), 1)), "deliveries[1].quantity",
        "exceeds the open part 0");
    Fixtures.roundTrip(ok);
  }
}
