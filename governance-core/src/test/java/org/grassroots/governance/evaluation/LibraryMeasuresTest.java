package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.agreement.AgreementContent;
import org.grassroots.governance.agreement.AgreementForm;
import org.grassroots.governance.agreement.AgreementParty;
import org.grassroots.governance.agreement.Cadence;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.CommitmentKind;
import org.grassroots.governance.agreement.Delivery;
import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.MeasureUnit;
import org.grassroots.governance.agreement.MemberReport;
import org.grassroots.governance.agreement.PartyRole;
import org.grassroots.governance.agreement.Quantity;
import org.grassroots.governance.agreement.ServiceRecord;
import org.grassroots.governance.agreement.Term;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.PartyOrganizationType;
import org.grassroots.governance.grid.PartyOverlay;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Provider;
import org.grassroots.governance.matching.ProviderKind;
import org.grassroots.governance.matching.QuantityUnit;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.ServiceArea;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.OrganizationKind;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.Role;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The measures filled from the library's own data, each on small real values of the grid,
 * structure, agreement and matching packages.
 */
class LibraryMeasuresTest {
  private static final DivisionCode PROVINCE = DivisionCode.parse("440000000000");
  private static final DivisionCode CITY = DivisionCode.parse("440300000000");
  private static final DivisionCode DISTRICT = DivisionCode.parse("440304000000");
  private static final DivisionCode STREET = DivisionCode.parse("440304003000");
  private static final DivisionCode A = DivisionCode.parse("440304003001");
  private static final DivisionCode B = DivisionCode.parse("440304003002");
  private static final DivisionCode C = DivisionCode.parse("440304003003");
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate END = LocalDate.of(2024, 12, 31);
  private static final OrganizationId CORE_A = OrganizationId.of("A-PC");
  private static final OrganizationId BUREAU = OrganizationId.of("BUREAU");
  private static final OrganizationId BUREAU_PB = OrganizationId.of("BUREAU-PB");

  private static double value(Measurements m, MeasureId id, DivisionCode c) {
    return m.get(id, c).orElseThrow(() -> new AssertionError("no " + id + " for " + c));
  }

  // ---- grid ----------------------------------------------------------------------------------

  @Test
  void gridPartyBranchCoverage_isTheShareOfGridsWithABranch() {
    GridHierarchy h = GridHierarchy.builder()
        .division(PROVINCE, Optional.empty(), "广东省")
        .division(CITY, Optional.of(PROVINCE), "深圳市")
        .division(DISTRICT, Optional.of(CITY), "福田区")
        .division(STREET, Optional.of(DISTRICT), "香蜜湖街道")
        .division(A, Optional.of(STREET), "A社区")
        .division(B, Optional.of(STREET), "B社区")
        .division(C, Optional.of(STREET), "C社区")
        .grids(A, 3)
        .grids(B, 2)
        .build();
    PartyOverlay overlay = PartyOverlay.builder(h)
        .attach(NodeCode.of(A), PartyOrganizationType.COMMUNITY_JOINT_COMMITTEE, CORE_A)
        .attach(NodeCode.of(GridCode.of(A, 1)), PartyOrganizationType.GRID_BRANCH, OrganizationId.of("A-G1"))
        .attach(NodeCode.of(GridCode.of(A, 3)), PartyOrganizationType.GRID_BRANCH, OrganizationId.of("A-G3"))
        .attach(NodeCode.of(B), PartyOrganizationType.COMMUNITY_JOINT_COMMITTEE, OrganizationId.of("B-PC"))
        .build();
    Measurements m = StandardMeasures.gridPartyBranchCoverage(overlay);
    assertEquals(2.0 / 3.0, value(m, StandardMeasures.GRID_PARTY_BRANCH_COVERAGE, A), 1e-12);
    assertEquals(0.0, value(m, StandardMeasures.GRID_PARTY_BRANCH_COVERAGE, B));
    assertFalse(m.get(StandardMeasures.GRID_PARTY_BRANCH_COVERAGE, C).isPresent(), "no grids, no share");
    assertEquals(2, m.size());

    PartyOverlay full = PartyOverlay.builder(h)
        .attach(NodeCode.of(B), PartyOrganizationType.COMMUNITY_JOINT_COMMITTEE, OrganizationId.of("B-PC"))
        .attach(NodeCode.of(GridCode.of(B, 1)), PartyOrganizationType.GRID_BRANCH, OrganizationId.of("B-G1"))
        .attach(NodeCode.of(GridCode.of(B, 2)), PartyOrganizationType.GRID_BRANCH, OrganizationId.of("B-G2"))
        .build();
    assertEquals(1.0, value(StandardMeasures.gridPartyBranchCoverage(full),
        StandardMeasures.GRID_PARTY_BRANCH_COVERAGE, B));
  }

  // ---- structure -----------------------------------------------------------------------------

  private static Organization core(DivisionCode c, String id) {
    return Organization.of(OrganizationId.of(id), c + "社区党委", OrganizationKind.JOINT_PARTY_COMMITTEE, NodeCode.of(c));
  }

  private static PersonId pid(int i) {
    return PersonId.of("P-" + i);
  }

  @Test
  void communityWorkers_countsThePeopleCertainlyInPostOnTheDate() {
    Organization rc = Organization.of(OrganizationId.of("A-RC"), "A社区居委会",
        OrganizationKind.RESIDENTS_COMMITTEE, NodeCode.of(A));
    Organization station = Organization.of(OrganizationId.of("A-SS"), "A社区服务站",
        OrganizationKind.SERVICE_STATION, NodeCode.of(A));
    CommunityGovernance a = CommunityGovernance.builder().area(A).core(core(A, "A-PC"))
        .addElements(rc, station)
        .addPeople(Person.of(pid(1), "甲", true), Person.of(pid(2), "乙", false),
            Person.of(pid(3), "丙", false), Person.of(pid(4), "丁", true), Person.of(pid(5), "戊", true))
        .addMemberships(
            Membership.ongoing(pid(1), rc.id(), Role.COMMUNITY_WORKER, START),
            Membership.ongoing(pid(1), station.id(), Role.COMMUNITY_WORKER, START), // counted once
            Membership.between(pid(2), rc.id(), Role.COMMUNITY_WORKER, START, LocalDate.of(2024, 3, 31)),
            Membership.endUnknown(pid(3), rc.id(), Role.COMMUNITY_WORKER, START),   // not certain
            Membership.ongoing(pid(4), station.id(), Role.COMMUNITY_WORKER, LocalDate.of(2024, 2, 1)),
            Membership.ongoing(pid(5), rc.id(), Role.GRID_WORKER, START))           // another role
        .build();
    CommunityGovernance b = CommunityGovernance.of(B, core(B, "B-PC"));

    Measurements march = StandardMeasures.communityWorkers(List.of(a, b), LocalDate.of(2024, 3, 1));
    assertEquals(3.0, value(march, StandardMeasures.COMMUNITY_WORKERS, A)); // P-1, P-2, P-4
    assertEquals(0.0, value(march, StandardMeasures.COMMUNITY_WORKERS, B));
    Measurements may = StandardMeasures.communityWorkers(List.of(a, b), LocalDate.of(2024, 5, 1));
    assertEquals(2.0, value(may, StandardMeasures.COMMUNITY_WORKERS, A));   // P-2 has left
    Measurements january = StandardMeasures.communityWorkers(List.of(a), LocalDate.of(2024, 1, 15));
    assertEquals(2.0, value(january, StandardMeasures.COMMUNITY_WORKERS, A)); // P-4 not yet
    assertEquals(1, january.size());
  }

  // ---- agreements ----------------------------------------------------------------------------

  private static CoBuildingAgreement agreement(String id, DivisionCode community, Commitment... commitments) {
    AgreementContent content = AgreementContent.builder()
        .community(community)
        .form(AgreementForm.PAIRING)
        .addParties(AgreementParty.of(OrganizationId.of(community + "-PC"), PartyRole.COMMUNITY),
            AgreementParty.of(BUREAU, PartyRole.UNIT).withThrough(BUREAU_PB))
        .term(Term.of(START, END))
        .addCommitments(commitments)
        .build();
    return CoBuildingAgreement.draft(AgreementId.of(id), LocalDate.of(2023, 12, 20), content)
        .sign(LocalDate.of(2023, 12, 28)).activate(START);
  }

  private static Commitment hours(String id, long h) {
    return Commitment.of(CommitmentId.of(id), CommitmentKind.VOLUNTEER_HOURS, BUREAU,
        Quantity.of(h, MeasureUnit.HOUR), Cadence.WHOLE_TERM);
  }

  private static Delivery delivered(String commitment, long h) {
    return Delivery.of(CommitmentId.of(commitment), LocalDate.of(2024, 6, 1), Quantity.of(h, MeasureUnit.HOUR));
  }

  @Test
  void agreementFulfilment_isTheMeanCappedRatioOfTheCommunitysCommitments() {
    Ledger a1 = Ledger.of(agreement("A-1", A, hours("C-1", 200), hours("C-2", 50)))
        .record(delivered("C-1", 100))   // 0.5
        .record(delivered("C-2", 80).withDeclaredOverDelivery(true));   // 1.6, capped at 1
    Ledger a2 = Ledger.of(agreement("A-2", A, hours("C-1", 100)));  // nothing delivered: 0
    Ledger b1 = Ledger.of(agreement("B-1", B, hours("C-1", 40))).record(delivered("C-1", 30)); // 0.75
    Measurements m = StandardMeasures.agreementFulfilment(List.of(a1, a2, b1));
    assertEquals(0.5, value(m, StandardMeasures.AGREEMENT_FULFILMENT, A), 1e-12); // (0.5 + 1 + 0) / 3
    assertEquals(0.75, value(m, StandardMeasures.AGREEMENT_FULFILMENT, B), 1e-12);
    assertEquals(a1.fulfilmentRatio().orElseThrow().doubleValue(),
        value(StandardMeasures.agreementFulfilment(List.of(a1)), StandardMeasures.AGREEMENT_FULFILMENT, A), 1e-12);
    assertEquals(0, StandardMeasures.agreementFulfilment(List.of()).size());
  }

  // ---- dual reporting ------------------------------------------------------------------------

  private static MemberReport report(PersonId p, DivisionCode community) {
    return MemberReport.builder().person(p).unit(BUREAU)
        .residence(NodeCode.parse(community + "0001")).community(community).date(LocalDate.of(2024, 1, 8))
        .identityShown(true).build();
  }

  @Test
  void serviceHoursPerMember_dividesTheHoursInThePeriodByTheMembersReported() {
    DualReporting r = DualReporting.of(List.of(agreement("A-1", A, hours("C-1", 200))))
        .withMemberReport(report(pid(1), A))
        .withMemberReport(report(pid(2), A))            // reported, served nothing
        .withMemberReport(report(pid(3), B))
        .withService(ServiceRecord.of(pid(1), A, LocalDate.of(2024, 3, 6), new BigDecimal("2.5")))
        .withService(ServiceRecord.of(pid(1), A, LocalDate.of(2024, 4, 6), new BigDecimal("3")))
        .withService(ServiceRecord.of(pid(1), A, LocalDate.of(2025, 1, 6), new BigDecimal("8"))) // after
        .withService(ServiceRecord.of(pid(3), B, LocalDate.of(2024, 5, 1), new BigDecimal("4")));
    Measurements m = StandardMeasures.serviceHoursPerMember(r, START, END);
    assertEquals(2.75, value(m, StandardMeasures.SERVICE_HOURS_PER_MEMBER, A), 1e-12); // 5.5 / 2
    assertEquals(4.0, value(m, StandardMeasures.SERVICE_HOURS_PER_MEMBER, B), 1e-12);
    assertFalse(m.get(StandardMeasures.SERVICE_HOURS_PER_MEMBER, C).isPresent());
    Measurements next = StandardMeasures.serviceHoursPerMember(r, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    assertEquals(4.0, value(next, StandardMeasures.SERVICE_HOURS_PER_MEMBER, A), 1e-12); // 8 / 2
    assertEquals(0.0, value(next, StandardMeasures.SERVICE_HOURS_PER_MEMBER, B));
    assertThrows(InvalidValueException.class, () -> StandardMeasures.serviceHoursPerMember(r, END, START));
  }

  // ---- matching ------------------------------------------------------------------------------

  private static Demand demand(String id, DivisionCode community, int q) {
    return Demand.builder().id(DemandId.of(id)).category(ServiceCategory.ELDER_CARE).quantity(q)
        .unit(QuantityUnit.HOUR).urgency(Urgency.ROUTINE)
        .location(NodeCode.parse(community + "00010001")).build();
  }

  @Test
  void demandCoverage_isServedOverDemandedPerCommunity() {
    Resource r = Resource.builder().id(ResourceId.of("R"))
        .provider(Provider.organisation(ProviderKind.SOCIAL_ORGANISATION, OrganizationId.of("SO")))
        .addCategories(ServiceCategory.ELDER_CARE).capacity(2)
        .location(NodeCode.of(GridCode.of(A, 1)))
        .serviceArea(ServiceArea.within(MeetingLevel.COMMUNITY))
        .build();
    MatchingAlgorithm.Result result = ExactMatching.create().solve(MatchingProblem.of(
        List.of(demand("a", A, 3), demand("b", B, 1)), List.of(r), MatchingPolicy.defaults()));
    Measurements m = StandardMeasures.demandCoverage(result);
    Map<NodeCode, org.grassroots.governance.matching.Coverage> byCommunity = result.metrics().byCommunity();
    assertEquals(2, byCommunity.size());
    assertEquals(2.0 / 3.0, value(m, StandardMeasures.DEMAND_COVERAGE, A), 1e-12); // the resource serves A only
    assertEquals(0.0, value(m, StandardMeasures.DEMAND_COVERAGE, B));
    assertEquals(2, m.size());
  }

  // ---- all together --------------------------------------------------------------------------

  @Test
  void libraryMeasures_mergeAndScoreInTheDefaultSystem() {
    Ledger b1 = Ledger.of(agreement("B-1", B, hours("C-1", 40))).record(delivered("C-1", 40));
    Measurements m = StandardMeasures.agreementFulfilment(List.of(b1))
        .merge(StandardMeasures.communityWorkers(List.of(CommunityGovernance.of(B, core(B, "B-PC"))), END));
    IndicatorSystem system = DefaultIndicatorSystems.communityStandard();
    Evaluation e = Evaluation.of(system, m, List.of(B));
    Scorecard card = e.scoreOf(B).orElseThrow().scorecard();
    int seen = 0;
    for (IndicatorScore s : card.indicators()) {
      MeasureId measure = system.indicator(s.indicator()).orElseThrow().measure();
      if (measure.equals(StandardMeasures.AGREEMENT_FULFILMENT)) {
        assertEquals(1.0, s.measure().orElseThrow());
        seen++;
      } else if (measure.equals(StandardMeasures.COMMUNITY_WORKERS)) {
        assertEquals(0.0, s.measure().orElseThrow());
        seen++;
      }
    }
    assertEquals(2, seen);
  }
}
