package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Fixtures.BUREAU;
import static org.grassroots.governance.agreement.Fixtures.CORE;
import static org.grassroots.governance.agreement.Fixtures.END;
import static org.grassroots.governance.agreement.Fixtures.HOURS;
import static org.grassroots.governance.agreement.Fixtures.OTHER;
import static org.grassroots.governance.agreement.Fixtures.START;
import static org.grassroots.governance.agreement.Fixtures.assertViolation;
import static org.grassroots.governance.agreement.Fixtures.content;
import static org.grassroots.governance.agreement.Fixtures.contentBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class AgreementContentTest {
  @Test
  void valid_contentAnswersItsLists() {
    AgreementContent c = content();
    assertEquals(CORE, c.communityParty().organization());
    assertEquals(1, c.counterparts().size());
    assertEquals(2, c.list(ListKind.DEMAND).size());
    assertTrue(c.commitment(HOURS).isPresent());
    Fixtures.roundTrip(c);
  }

  @Test
  void exactlyOneCommunityParty_onEveryPath() {
    assertViolation(() -> content().withParties(List.of(AgreementParty.of(BUREAU, PartyRole.UNIT),
        AgreementParty.of(OTHER, PartyRole.UNIT))), "parties", "exactly one community party");
    assertViolation(() -> contentBuilder().parties(List.of(
        AgreementParty.of(CORE, PartyRole.COMMUNITY), AgreementParty.of(OTHER, PartyRole.COMMUNITY),
        AgreementParty.of(BUREAU, PartyRole.UNIT))).build(), "parties", "found 2");
    assertViolation(() -> contentBuilder().parties(List.of(
        AgreementParty.of(CORE, PartyRole.COMMUNITY))).commitments(List.of()).obligations(List.of())
        .lists(List.of()).build(), "parties", "at least one unit");
  }

  @Test
  void pairing_joinsExactlyOneUnit_butAlliancesMany() {
    List<AgreementParty> three = List.of(AgreementParty.of(CORE, PartyRole.COMMUNITY),
        AgreementParty.of(BUREAU, PartyRole.UNIT),
        AgreementParty.of(OTHER, PartyRole.SOCIAL_ORGANIZATION));
    assertViolation(() -> content().withParties(three), "parties", "exactly one unit");
    AgreementContent alliance = content().withForm(AgreementForm.CROSS_DOMAIN_ALLIANCE)
        .withParties(three);
    assertEquals(2, alliance.counterparts().size());
    assertViolation(() -> alliance.withForm(AgreementForm.PAIRING), "parties", "exactly one unit");
  }

  @Test
  void partiesDistinct() {
    assertViolation(() -> content().withParties(List.of(
        AgreementParty.of(CORE, PartyRole.COMMUNITY), AgreementParty.of(BUREAU, PartyRole.UNIT),
        AgreementParty.of(BUREAU, PartyRole.UNIT))).withForm(AgreementForm.CO_RESIDENCE),
        "parties[2].organization", "more than once");
  }

  @Test
  void commitmentsObligationsAndListsNameParties() {
    Commitment byOther = Commitment.of(CommitmentId.of("C-9"), CommitmentKind.EQUIPMENT, OTHER,
        Quantity.of(1, MeasureUnit.ITEM), Cadence.ONCE);
    assertViolation(() -> contentBuilder().addCommitments(byOther).build(), "commitments[3].by",
        "not a party");
    assertViolation(() -> content().withCommitments(List.of(byOther.withBy(BUREAU),
        byOther.withBy(CORE))), "commitments[1].id", "more than once");
    assertViolation(() -> content().withObligations(List.of(
        Obligation.of(ObligationKind.DUTY_DAYS, OTHER, 1))), "obligations[0].obligor",
        "not a party");
    assertViolation(() -> content().withLists(List.of(
        ListEntry.of(ListKind.PROBLEM, "x").withRaisedBy(OTHER))), "lists[0].raisedBy",
        "not a party");
  }

  @Test
  void community_isAStreetOrCommunityCode() {
    assertViolation(() -> contentBuilder().community(DivisionCode.parse("420204000000")).build(),
        "community", "community/village");
  }

  @Test
  void listReferences_matchTheirList() {
    assertViolation(() -> ListEntry.of(ListKind.PROBLEM, "x").withDemand(DemandId.of("D-1")),
        "demand", "a PROBLEM entry cannot reference a demand");
    assertViolation(() -> ListEntry.builder().kind(ListKind.DEMAND).title("x")
        .project(ProjectId.of("PR-1")).build(), "project", "cannot reference a project");
    assertEquals(DemandId.of("D-1"), ListEntry.of(ListKind.DEMAND, "x").withDemand(DemandId.of("D-1"))
        .demand().orElseThrow());
  }

  @Test
  void term_endsAfterItStarts_onEveryPath() {
    assertViolation(() -> Term.of(END, START), "end", "must be after term.start");
    assertViolation(() -> Term.of(START, START), "end", "must be after term.start");
    assertViolation(() -> Fixtures.TERM.withEnd(START.minusDays(1)), "end", "must be after");
    assertViolation(() -> Fixtures.TERM.withStart(END), "end", "must be after");
    assertViolation(() -> content().withTerm(Term.of(START, END).withStart(END.plusDays(1))),
        "end", "must be after");
  }

  @Test
  void quantity_nonNegativeCanonicalAndInAUnit() {
    assertViolation(() -> Quantity.of(-1, MeasureUnit.HOUR), "amount", Messages.NEGATIVE);
    assertViolation(() -> MeasureUnit.of("two words"), "symbol", "without spaces");
    assertViolation(() -> MeasureUnit.of(""), "symbol", "1 to 16");
    assertEquals(Quantity.of(new BigDecimal("12.50"), MeasureUnit.HOUR),
        Quantity.of(new BigDecimal("12.5"), MeasureUnit.HOUR));
    assertEquals("100 CNY", Quantity.of(new BigDecimal("1E+2"), MeasureUnit.YUAN).toString());
    assertThrows(IllegalArgumentException.class,
        () -> Quantity.of(1, MeasureUnit.HOUR).plus(Quantity.of(1, MeasureUnit.YUAN)));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Commitment.builder().build());
    assertEquals(5, e.violations().size());
  }

  @Test
  void quantity_arithmeticNeverGoesNegative() {
    qt().withExamples(200).forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000))
        .checkAssert((a, b) -> {
          Quantity qa = Quantity.of(a, MeasureUnit.HOUR);
          Quantity qb = Quantity.of(b, MeasureUnit.HOUR);
          assertEquals(BigDecimal.valueOf(a + b), qa.plus(qb).amount());
          assertEquals(BigDecimal.valueOf(Math.max(0, a - b)), qa.minusOrZero(qb).amount());
          assertEquals(Long.signum(a - b), Integer.signum(qa.compareTo(qb)));
        });
  }

  @Test
  void obligation_countAtLeastOne_onEveryPath() {
    qt().withExamples(50).forAll(integers().between(-5, 0)).checkAssert(n -> {
      assertViolation(() -> Obligation.of(ObligationKind.LEADERSHIP_VISITS, BUREAU, n), "count",
          "at least 1");
      assertViolation(() -> Obligation.firstSecretary(BUREAU).withCount(n), "count",
          "at least 1");
    });
  }
}
