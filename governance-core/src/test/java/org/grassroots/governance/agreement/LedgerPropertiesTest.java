package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Fixtures.BUREAU;
import static org.grassroots.governance.agreement.Fixtures.END;
import static org.grassroots.governance.agreement.Fixtures.FIRST_SECRETARY;
import static org.grassroots.governance.agreement.Fixtures.FUNDS;
import static org.grassroots.governance.agreement.Fixtures.HOURS;
import static org.grassroots.governance.agreement.Fixtures.ID;
import static org.grassroots.governance.agreement.Fixtures.START;
import static org.grassroots.governance.agreement.Fixtures.VENUE;
import static org.grassroots.governance.agreement.Fixtures.content;
import static org.grassroots.governance.agreement.Fixtures.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Random operation sequences on an agreement and its ledger: whatever is attempted, the values
 * that exist stay valid (rebuilding them through every construction path succeeds), refused
 * operations leave them unchanged, and ledger totals equal the sum of their deliveries.
 */
class LedgerPropertiesTest {
  private static final List<CommitmentId> COMMITMENTS = List.of(HOURS, FUNDS, VENUE,
      CommitmentId.of("C-NONE"));
  private static final List<MeasureUnit> UNITS = List.of(MeasureUnit.HOUR, MeasureUnit.YUAN,
      MeasureUnit.TIMES);

  @Test
  void randomOperations_neverProduceAnInvalidAgreementOrLedger() {
    qt().withExamples(120)
        .forAll(lists().of(integers().between(0, 11)).ofSizeBetween(1, 40), longs().all())
        .checkAssert(LedgerPropertiesTest::run);
  }

  private static void run(List<Integer> ops, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Ledger ledger = Ledger.of(draft());
    int refused = 0;
    for (int op : ops) {
      Ledger before = ledger;
      LocalDate date = START.minusDays(30).plusDays(rnd.nextInt(430));
      try {
        ledger = apply(ledger, op, date, rnd);
      } catch (InvalidValueException e) {
        refused++;
        assertEquals(before, ledger);
        assertTrue(!e.violations().isEmpty());
      }
      assertValid(ledger);
    }
    assertTrue(refused <= ops.size());
  }

  private static Ledger apply(Ledger l, int op, LocalDate date, SplittableRandom rnd) {
    CoBuildingAgreement a = l.agreement();
    switch (op) {
      case 0:
        return l.withAgreement(a.sign(date));
      case 1:
        return l.withAgreement(a.activate(date));
      case 2:
        return l.withAgreement(a.complete(date));
      case 3:
        return l.withAgreement(a.expire(date));
      case 4:
        return l.withAgreement(a.terminate(date, "reason " + rnd.nextInt(5)));
      case 5: {
        long q = rnd.nextLong(0, 300);
        AgreementContent c = content().withCommitments(List.of(
            Commitment.of(HOURS, CommitmentKind.VOLUNTEER_HOURS, BUREAU,
                Quantity.of(q, MeasureUnit.HOUR), Cadence.WHOLE_TERM)));
        return l.withAgreement(a.amend(date, c, "hours set to " + q));
      }
      case 6: {
        Term t = Term.of(START, END.plusDays(rnd.nextInt(-200, 200)));
        return l.withAgreement(a.amend(date, a.content().withTerm(t), "term now " + t));
      }
      case 7:
        return l.recordEvent(rnd.nextBoolean()
            ? ObligationEvent.of(ObligationKind.LEADERSHIP_VISITS, BUREAU, date)
            : ObligationEvent.appointment(ObligationKind.FIRST_SECRETARY, BUREAU, date,
                FIRST_SECRETARY));
      default: {
        CommitmentId c = COMMITMENTS.get(rnd.nextInt(COMMITMENTS.size()));
        MeasureUnit u = c.equals(FUNDS) ? MeasureUnit.YUAN
            : c.equals(VENUE) ? MeasureUnit.TIMES : rnd.nextInt(10) == 0
                ? UNITS.get(rnd.nextInt(UNITS.size())) : MeasureUnit.HOUR;
        Delivery d = Delivery.of(c, date, Quantity.of(rnd.nextLong(0, 120), u))
            .withDeclaredOverDelivery(rnd.nextInt(4) == 0);
        return l.record(d);
      }
    }
  }

  private static void assertValid(Ledger l) {
    CoBuildingAgreement a = l.agreement();
    // every construction path accepts what exists
    assertEquals(a, CoBuildingAgreement.of(a.id(), a.versions()));
    assertEquals(a, CoBuildingAgreement.builder().from(a).build());
    assertEquals(l, Ledger.builder().from(l).build());
    assertEquals(ID, a.id());
    for (int i = 0; i < a.versions().size(); i++) {
      assertEquals(i + 1, a.versions().get(i).number());
    }
    // deliveries lie inside the term of the version in force, while signed or active
    for (Delivery d : l.deliveries()) {
      AgreementVersion v = a.asOf(d.date()).orElseThrow();
      assertTrue(v.content().term().contains(d.date()));
      assertTrue(v.status().isInForce());
    }
    // ledger totals equal the sum of deliveries
    Map<CommitmentId, BigDecimal> sums = new HashMap<>();
    for (Delivery d : l.deliveries()) {
      sums.merge(d.commitment(), d.quantity().amount(), BigDecimal::add);
    }
    for (CommitmentId c : COMMITMENTS) {
      BigDecimal expected = sums.get(c);
      assertEquals(expected == null, l.delivered(c).isEmpty());
      if (expected != null) {
        assertEquals(0, expected.compareTo(l.delivered(c).orElseThrow().amount()));
      }
    }
    for (Fulfilment f : l.fulfilments()) {
      assertEquals(f, Fulfilment.of(f.commitment(), f.delivered()));
      BigDecimal s = sums.getOrDefault(f.commitment().id(), BigDecimal.ZERO);
      assertEquals(0, s.compareTo(f.delivered().amount()));
      assertTrue(f.cappedRatio().compareTo(BigDecimal.ONE) <= 0);
    }
  }
}
