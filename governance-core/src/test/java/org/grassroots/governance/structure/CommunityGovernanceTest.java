package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Fixtures.BRANCH_1;
import static org.grassroots.governance.structure.Fixtures.BUREAU;
import static org.grassroots.governance.structure.Fixtures.BUREAU_PB;
import static org.grassroots.governance.structure.Fixtures.COMMUNITY;
import static org.grassroots.governance.structure.Fixtures.CORE;
import static org.grassroots.governance.structure.Fixtures.CORE_ID;
import static org.grassroots.governance.structure.Fixtures.OTHER_COMMUNITY;
import static org.grassroots.governance.structure.Fixtures.RC;
import static org.grassroots.governance.structure.Fixtures.START;
import static org.grassroots.governance.structure.Fixtures.STATION;
import static org.grassroots.governance.structure.Fixtures.STREET;
import static org.grassroots.governance.structure.Fixtures.VOLUNTEERS;
import static org.grassroots.governance.structure.Fixtures.assertViolation;
import static org.grassroots.governance.structure.Fixtures.base;
import static org.grassroots.governance.structure.Fixtures.person;
import static org.grassroots.governance.structure.Fixtures.pid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class CommunityGovernanceTest {
  private static final Organization OUTSIDE = Organization.of(OrganizationId.of("OUT"), "外社区物业",
      OrganizationKind.PROPERTY_COMPANY, NodeCode.of(OTHER_COMMUNITY));

  private static CommunityGovernance valid() {
    return base().addPeople(person(1), person(2))
        .addMemberships(Membership.ongoing(pid(1), CORE_ID, Role.SECRETARY, START),
            Membership.ongoing(pid(2), CORE_ID, Role.PART_TIME_COMMITTEE_MEMBER, START)
                .withOnBehalfOf(BUREAU_PB.id()))
        .build();
  }

  @Test
  void valid_buildsAndRoundTrips() {
    CommunityGovernance g = valid();
    assertEquals(Optional.of(BUREAU), g.organization(BUREAU.id()));
    assertEquals(List.of(BRANCH_1), g.elementsOfKind(OrganizationKind.PARTY_BRANCH));
    Fixtures.roundTrip(g);
  }

  @Test
  void area_mustBeStreetOrCommunity_onEveryPath() {
    DivisionCode county = DivisionCode.parse("420204000000");
    assertViolation(() -> CommunityGovernance.of(county, CORE), "area", "street/township");
    assertViolation(() -> base().area(county).build(), "area", "street/township");
    CommunityGovernance street = CommunityGovernance.of(STREET, CORE);
    assertEquals(STREET, street.area());
  }

  @Test
  void core_mustBeAPartyOrganization_onEveryPath() {
    assertViolation(() -> CommunityGovernance.of(COMMUNITY, RC), "core.kind", "party organisation");
    assertViolation(() -> valid().withCore(STATION.withName("x")), "core.kind",
        "party organisation");
    assertViolation(() -> base().core(VOLUNTEERS).build(), "core.kind", "party organisation");
  }

  @Test
  void core_mustSitInTheArea() {
    assertViolation(() -> CommunityGovernance.of(COMMUNITY,
        CORE.withSeat(NodeCode.of(OTHER_COMMUNITY))), "core.seat", "lies outside");
  }

  @Test
  void everyElement_sitsInTheArea_onEveryPath() {
    assertViolation(() -> base().addElements(OUTSIDE).build(), "elements[4].seat",
        "lies outside 420204004005");
    assertViolation(() -> valid().withElement(OUTSIDE), "elements[4].seat", "lies outside");
    assertViolation(() -> valid().withElements(List.of(OUTSIDE)), "elements[0].seat",
        "lies outside");
  }

  @Test
  void organizations_appearOnce() {
    assertViolation(() -> valid().withElement(CORE.withKind(OrganizationKind.PARTY_BRANCH)),
        "elements[4].id", "appears more than once");
    assertViolation(() -> valid().withPartners(List.of(BUREAU, BUREAU)), "partners[1].id",
        "appears more than once");
  }

  @Test
  void hostUnit_mustBeKnown() {
    Organization orphan = BRANCH_1.withHostUnit(OrganizationId.of("NOWHERE"));
    assertViolation(() -> valid().withElements(List.of(orphan)), "elements[0].hostUnit",
        "neither the core");
  }

  @Test
  void people_appearOnce() {
    assertViolation(() -> valid().withPeople(List.of(person(1), person(1), person(2))),
        "people[1].id", "appears more than once");
  }

  @Test
  void membership_namesKnownPersonAndAttachedOrganization() {
    assertViolation(() -> valid().withMembership(
        Membership.ongoing(pid(9), RC.id(), Role.COMMUNITY_WORKER, START)),
        "memberships[2].person", "not among people");
    assertViolation(() -> valid().withMembership(
        Membership.ongoing(pid(1), BUREAU.id(), Role.LIAISON, START)),
        "memberships[2].organization", "not the core or an element");
  }

  @Test
  void partTimeMember_sitsOnCoreOnBehalfOfAUnitsPartyOrganization() {
    CommunityGovernance g = valid();
    assertViolation(() -> g.withMembership(
        Membership.ongoing(pid(1), RC.id(), Role.PART_TIME_COMMITTEE_MEMBER, START)
            .withOnBehalfOf(BUREAU_PB.id())),
        "memberships[2].organization", "sits on the core");
    assertViolation(() -> g.withMembership(
        Membership.ongoing(pid(1), CORE_ID, Role.PART_TIME_COMMITTEE_MEMBER, START)),
        "memberships[2].onBehalfOf", "on behalf of which");
    assertViolation(() -> g.withMembership(
        Membership.ongoing(pid(1), CORE_ID, Role.PART_TIME_COMMITTEE_MEMBER, START)
            .withOnBehalfOf(VOLUNTEERS.id())),
        "memberships[2].onBehalfOf", "not a VOLUNTEER_TEAM");
    assertViolation(() -> g.withMembership(
        Membership.ongoing(pid(1), CORE_ID, Role.FIRST_SECRETARY, START)
            .withOnBehalfOf(OrganizationId.of("GHOST"))),
        "memberships[2].onBehalfOf", "neither the core");
  }

  @Test
  void aPersonHoldsARoleOnceAtATime() {
    CommunityGovernance g = valid();
    assertViolation(() -> g.withMembership(
        Membership.ongoing(pid(1), CORE_ID, Role.SECRETARY, START.plusYears(1))),
        "memberships[2]", "twice at the same time");
    Membership unknown = Membership.endUnknown(pid(1), RC.id(), Role.COMMUNITY_WORKER, START);
    assertViolation(() -> g.withMemberships(List.of(unknown,
        Membership.ongoing(pid(1), RC.id(), Role.COMMUNITY_WORKER, START.plusYears(2)))),
        "memberships[1]", "close the first");
    // closing the first membership makes room for the second
    CommunityGovernance ok = g.withMemberships(List.of(
        unknown.endingOn(START.plusYears(1)),
        Membership.ongoing(pid(1), RC.id(), Role.COMMUNITY_WORKER, START.plusYears(2))));
    assertEquals(2, ok.memberships().size());
  }

  @Test
  void grids_lieInTheAreaOnce() {
    assertViolation(() -> valid().withGrids(List.of(GridCode.of(OTHER_COMMUNITY, 1))),
        "grids[0]", "lies outside");
    assertViolation(() -> valid().withGrids(List.of(Fixtures.GRID_1, Fixtures.GRID_1)),
        "grids[1]", "appears more than once");
  }

  @Test
  void rotatingChair_mustBeAMemberOfTheCoreForTheWholeTurn() {
    CommunityGovernance g = valid();
    ChairRotation r = ChairRotation.of(List.of(
        ChairTerm.of(pid(1), START, START.plusMonths(6).minusDays(1)),
        ChairTerm.of(pid(2), START.plusMonths(6), START.plusMonths(12).minusDays(1))));
    assertEquals(Optional.of(pid(2)), g.withChairRotation(r).chairRotation().orElseThrow()
        .chairOn(START.plusMonths(7)));
    ChairRotation early = ChairRotation.of(List.of(
        ChairTerm.of(pid(1), START.minusDays(1), START.plusDays(10))));
    assertViolation(() -> g.withChairRotation(early), "chairRotation.turns[0].chair",
        "does not hold a membership");
    CommunityGovernance ended = g.withMemberships(List.of(
        Membership.between(pid(1), CORE_ID, Role.SECRETARY, START, START.plusMonths(3))));
    assertViolation(() -> ended.withChairRotation(r), "chairRotation.turns[0].chair",
        "for the whole turn");
    assertViolation(() -> base().addPeople(person(1)).chairRotation(r).build(),
        "chairRotation.turns[0].chair", "does not hold");
  }

  @Test
  void responsibilitySubjects_mustBeKnown() {
    Duty d = Duty.of(DutyId.of("D-1"), "低保初审", DutyKind.ADMINISTRATIVE,
        OrganizationId.of("GHOST"));
    assertViolation(() -> valid().withResponsibilities(ResponsibilityList.of(List.of(d))),
        "responsibilities.duties[0].lead", "neither the core");
    Duty c = Duty.of(DutyId.of("D-2"), "调解", DutyKind.SELF_GOVERNANCE, RC.id())
        .withCooperating(List.of(OrganizationId.of("GHOST")));
    assertViolation(() -> valid().withResponsibilities(ResponsibilityList.of(List.of(c))),
        "responsibilities.duties[0].cooperating", "neither the core");
  }

  @Test
  void builder_reportsEveryViolationAtOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> base().core(RC.withSeat(NodeCode.of(OTHER_COMMUNITY)))
            .addElements(OUTSIDE).addPeople(person(1), person(1)).build());
    assertTrue(e.violations().size() >= 4, e::getMessage);
    assertTrue(String.valueOf(e.getMessage()).contains("core.kind"));
    assertTrue(String.valueOf(e.getMessage()).contains("people[1].id"));
  }

  @Test
  void holders_separateUnknownEndsFromCertainHolders() {
    CommunityGovernance g = base().addPeople(person(1), person(2), person(3))
        .addMemberships(
            Membership.ongoing(pid(1), RC.id(), Role.COMMUNITY_WORKER, START),
            Membership.endUnknown(pid(2), RC.id(), Role.COMMUNITY_WORKER, START),
            Membership.between(pid(3), RC.id(), Role.COMMUNITY_WORKER, START,
                START.plusMonths(1)))
        .build();
    RoleHolders h = g.holders(Role.COMMUNITY_WORKER, LocalDate.of(2022, 1, 1));
    assertEquals(List.of(pid(1)), h.people());
    assertEquals(List.of(pid(1), pid(2)), h.possiblePeople());
    assertEquals(List.of(pid(1), pid(3)), g.holders(Role.COMMUNITY_WORKER, START).people());
  }
}
