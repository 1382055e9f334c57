package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Fixtures.BUREAU;
import static org.grassroots.governance.agreement.Fixtures.COMMUNITY;
import static org.grassroots.governance.agreement.Fixtures.CORE;
import static org.grassroots.governance.agreement.Fixtures.END;
import static org.grassroots.governance.agreement.Fixtures.ID;
import static org.grassroots.governance.agreement.Fixtures.OTHER;
import static org.grassroots.governance.agreement.Fixtures.START;
import static org.grassroots.governance.agreement.Fixtures.active;
import static org.grassroots.governance.agreement.Fixtures.assertViolation;
import static org.grassroots.governance.agreement.Fixtures.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.PersonId;
import org.junit.jupiter.api.Test;

class DualReportingTest {
  private static final LocalDate DAY = LocalDate.of(2021, 1, 8);
  private static final PersonId MEMBER = PersonId.of("P-101");
  private static final PersonId MEMBER_2 = PersonId.of("P-102");
  private static final DivisionCode ELSEWHERE = DivisionCode.parse("420204005001");

  private static MemberReport report(PersonId p, DivisionCode community, LocalDate date) {
    return MemberReport.builder().person(p).unit(BUREAU)
        .residence(NodeCode.parse(community + "0002")).community(community).date(date)
        .identityShown(true).addSkills("财务审计").build();
  }

  private static DualReporting register() {
    return DualReporting.of(List.of(active()))
        .withUnitReport(UnitReport.of(BUREAU, ID, COMMUNITY, DAY))
        .withMemberReport(report(MEMBER, COMMUNITY, DAY))
        .withMemberReport(report(MEMBER_2, ELSEWHERE, DAY));
  }

  @Test
  void unit_reportsOnlyToItsPairedCommunity() {
    DualReporting r = DualReporting.of(List.of(active()));
    assertViolation(() -> r.withUnitReport(UnitReport.of(OTHER, ID, COMMUNITY, DAY)),
        "unitReports[0].unit", "is not a unit or social organisation party");
    assertViolation(() -> r.withUnitReport(UnitReport.of(CORE, ID, COMMUNITY, DAY)),
        "unitReports[0].unit", "is not a unit");
    assertViolation(() -> r.withUnitReport(UnitReport.of(BUREAU, ID, ELSEWHERE, DAY)),
        "unitReports[0].community", "must be 420204004005");
    assertViolation(() -> r.withUnitReport(UnitReport.of(BUREAU, AgreementId.of("X"), COMMUNITY,
        DAY)), "unitReports[0].agreement", "not among the agreements");
    assertViolation(() -> DualReporting.of(List.of(draft())).withUnitReport(
        UnitReport.of(BUREAU, ID, COMMUNITY, DAY)), "unitReports[0].date",
        "DRAFT on " + DAY + ": a unit reports (双报到) under it only while");
    assertViolation(() -> register().withUnitReport(UnitReport.of(BUREAU, ID, COMMUNITY,
        DAY.plusDays(1))), "unitReports[1]", "more than once");
    assertViolation(() -> DualReporting.of(List.of(active(), active())), "agreements[1].id",
        "more than once");
  }

  @Test
  void member_reportsWhereTheyLive() {
    assertViolation(() -> report(MEMBER, COMMUNITY, DAY)
        .withResidence(NodeCode.parse(ELSEWHERE + "0001")), "residence", "lies outside");
    assertViolation(() -> MemberReport.builder().from(report(MEMBER, COMMUNITY, DAY))
        .community(DivisionCode.parse("420204004000")).build(), "community", "community/village");
    assertViolation(() -> register().withMemberReport(report(MEMBER, COMMUNITY, DAY)),
        "memberReports[2]", "more than once");
  }

  @Test
  void claimsAndServices_comeAfterReporting() {
    DualReporting r = register();
    assertViolation(() -> r.withClaim(PostClaim.of(MEMBER, COMMUNITY, "政策宣讲员",
        DAY.minusDays(1))), "claims[0].person", "has not reported");
    assertViolation(() -> r.withService(ServiceRecord.of(MEMBER, ELSEWHERE, DAY,
        BigDecimal.ONE)), "services[0].person", "has not reported to community 420204005001");
    assertViolation(() -> ServiceRecord.of(MEMBER, COMMUNITY, DAY, BigDecimal.ZERO), "hours",
        "more than 0");
    assertViolation(() -> ServiceRecord.of(MEMBER, COMMUNITY, DAY, new BigDecimal("24.5")),
        "hours", "at most 24");
  }

  @Test
  void summaries_perMemberAndPerUnit() {
    DualReporting r = register()
        .withClaim(PostClaim.of(MEMBER, COMMUNITY, "政策宣讲员", DAY.plusDays(3)))
        .withService(ServiceRecord.of(MEMBER, COMMUNITY, LocalDate.of(2021, 3, 6),
            new BigDecimal("2.5")).withPost("政策宣讲员"))
        .withService(ServiceRecord.of(MEMBER, COMMUNITY, LocalDate.of(2021, 4, 6),
            new BigDecimal("3")))
        .withService(ServiceRecord.of(MEMBER, COMMUNITY, LocalDate.of(2022, 4, 6),
            new BigDecimal("8")));
    List<MemberSummary> ms = r.memberSummaries(START, END);
    assertEquals(2, ms.size());
    MemberSummary m = ms.get(0);
    assertEquals(MEMBER, m.person());
    assertEquals(1, m.postsClaimed());
    assertEquals(2, m.services());
    assertEquals(0, new BigDecimal("5.5").compareTo(m.hours()));
    assertEquals(0, ms.get(1).services());
    List<UnitSummary> us = r.unitSummaries(START, END);
    assertEquals(1, us.size());
    UnitSummary u = us.get(0);
    assertEquals(BUREAU, u.unit());
    assertEquals(Set.of(COMMUNITY), u.reportedTo());
    assertEquals(2, u.membersReported());
    assertEquals(1, u.membersServing());
    assertEquals(0, new BigDecimal("5.5").compareTo(u.hours()));
    assertEquals(1, u.postsClaimed());
    assertEquals(List.of(), r.unitSummaries(START, DAY.minusDays(1)));
    Fixtures.roundTrip(r);
    // the public factories rebuild what the register computes
    assertEquals(m, MemberSummary.of(m.person(), m.community(), m.unit(), m.identityShown(),
        m.skills(), m.postsClaimed(), m.services(), m.hours()));
    assertEquals(u, UnitSummary.of(u.unit(), u.reportedTo(), u.membersReported(),
        u.membersServing(), u.hours(), u.postsClaimed()));
  }

  @Test
  void summaryFactories_refuseImpossibleCounts() {
    Fixtures.assertViolation(() -> MemberSummary.of(MEMBER, COMMUNITY, BUREAU, true,
        Set.of(" "), -1, 0, BigDecimal.ONE), "postsClaimed", "negative");
    Fixtures.assertViolation(() -> MemberSummary.of(MEMBER, COMMUNITY, BUREAU, true,
        Set.of(" "), 0, 0, BigDecimal.ONE), "skills", "blank");
    Fixtures.assertViolation(() -> MemberSummary.of(MEMBER, COMMUNITY, BUREAU, true,
        Set.of(), 0, 0, new BigDecimal("-0.5")), "hours", "negative");
    Fixtures.assertViolation(() -> UnitSummary.of(BUREAU, Set.of(COMMUNITY), 1, 2,
        BigDecimal.ONE, 0), "membersServing", "membersReported 1");
    Fixtures.assertViolation(() -> UnitSummary.of(BUREAU, Set.of(COMMUNITY), -1, 0,
        BigDecimal.ONE, 0), "membersReported", "negative");
  }

  @Test
  void withAgreement_replacesTheAgreementOfTheSameId() {
    DualReporting r = register();
    DualReporting later = r.withAgreement(active().complete(END));
    assertEquals(1, later.agreements().size());
    assertEquals(AgreementStatus.COMPLETED, later.agreements().get(0).status());
  }
}
