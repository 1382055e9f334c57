package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Fixtures.BRANCH_1;
import static org.grassroots.governance.structure.Fixtures.BUREAU_PB;
import static org.grassroots.governance.structure.Fixtures.COMMUNITY;
import static org.grassroots.governance.structure.Fixtures.CORE;
import static org.grassroots.governance.structure.Fixtures.CORE_ID;
import static org.grassroots.governance.structure.Fixtures.GRID_2;
import static org.grassroots.governance.structure.Fixtures.RC;
import static org.grassroots.governance.structure.Fixtures.START;
import static org.grassroots.governance.structure.Fixtures.STATION;
import static org.grassroots.governance.structure.Fixtures.assertViolation;
import static org.grassroots.governance.structure.Fixtures.base;
import static org.grassroots.governance.structure.Fixtures.person;
import static org.grassroots.governance.structure.Fixtures.pid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.junit.jupiter.api.Test;

class PolicyProfileTest {
  private static final LocalDate ON = LocalDate.of(2022, 6, 30);

  /** A community with {@code certain} workers in post and {@code unknown} with unrecorded ends. */
  private static CommunityGovernance withWorkers(int certain, int unknown) {
    CommunityGovernance.Builder b = base();
    List<Membership> ms = new ArrayList<>();
    for (int i = 0; i < certain + unknown; i++) {
      b.addPeople(person(i));
      ms.add(i < certain ? Membership.ongoing(pid(i), RC.id(), Role.COMMUNITY_WORKER, START)
          : Membership.endUnknown(pid(i), RC.id(), Role.COMMUNITY_WORKER, START));
    }
    return b.addAllMemberships(ms).build();
  }

  private static List<Finding> rule(List<Finding> fs, String name) {
    return fs.stream().filter(f -> f.rule().equals(name)).collect(Collectors.toList());
  }

  @Test
  void sixWorkers_metNotMetOrUndetermined() {
    PolicyProfile p = PolicyProfile.defaultProfile();
    Finding six = rule(p.evaluate(withWorkers(6, 0), ON), "community-workers-at-least-6")
        .get(0);
    assertEquals(Outcome.MET, six.outcome());
    assertEquals(BigDecimal.valueOf(6), six.measured());
    assertEquals("community 420204004005", six.subject());
    Finding four = rule(p.evaluate(withWorkers(4, 0), ON), "community-workers-at-least-6")
        .get(0);
    assertEquals(Outcome.NOT_MET, four.outcome());
    assertEquals("at least 6", four.expected());
    Finding maybe = rule(p.evaluate(withWorkers(4, 2), ON), "community-workers-at-least-6")
        .get(0);
    assertEquals(Outcome.UNDETERMINED, maybe.outcome());
    assertTrue(maybe.detail().contains("2 more whose end was not recorded"), maybe::detail);
  }

  @Test
  void minimumHolders_outcomeFollowsCounts_forRandomCounts() {
    qt().withExamples(60).forAll(integers().between(0, 8), integers().between(0, 8),
        integers().between(0, 8)).checkAssert((certain, unknown, min) -> {
          PolicyRule r = PolicyRule.minimumHolders("n", Role.COMMUNITY_WORKER, min, false);
          Finding f = r.evaluate(withWorkers(certain, unknown), ON).get(0);
          Outcome expected = certain >= min ? Outcome.MET
              : certain + unknown >= min ? Outcome.UNDETERMINED : Outcome.NOT_MET;
          assertEquals(expected, f.outcome());
          assertEquals(BigDecimal.valueOf(certain), f.measured());
        });
  }

  @Test
  void fullTimeDeputySecretary_countsOnlyFullTime() {
    CommunityGovernance g = base().addPeople(person(1))
        .addMemberships(Membership.ongoing(pid(1), CORE_ID, Role.DEPUTY_SECRETARY, START)).build();
    PolicyProfile p = PolicyProfile.defaultProfile();
    assertEquals(Outcome.NOT_MET,
        rule(p.evaluate(g, ON), "full-time-deputy-secretary").get(0).outcome());
    CommunityGovernance ft = g.withMemberships(List.of(
        Membership.ongoing(pid(1), CORE_ID, Role.DEPUTY_SECRETARY, START).withFullTime(true)));
    assertEquals(Outcome.MET,
        rule(p.evaluate(ft, ON), "full-time-deputy-secretary").get(0).outcome());
  }

  @Test
  void partyBranchOnEveryGrid_findsTheGridWithout() {
    List<Finding> fs = rule(PolicyProfile.defaultProfile().evaluate(base().build(), ON), "party-branch-on-every-grid");
    assertEquals(2, fs.size());
    assertEquals(Outcome.MET, fs.get(0).outcome());
    assertEquals(Outcome.NOT_MET, fs.get(1).outcome());
    assertEquals("grid " + GRID_2, fs.get(1).subject());
    Organization b2 = BRANCH_1.withSeat(NodeCode.of(GRID_2));
    CommunityGovernance both = base().addElements(Organization.builder().from(b2)
        .id(OrganizationId.of("CBZ-G2")).build()).build();
    assertTrue(rule(PolicyProfile.defaultProfile().evaluate(both, ON), "party-branch-on-every-grid").stream().allMatch(Finding::isMet));
  }

  @Test
  void dutyLeads_reportMisplacedDuties() {
    CommunityGovernance g = base().responsibilities(ResponsibilityList.of(List.of(
        Duty.of(DutyId.of("D-1"), "低保初审", DutyKind.ADMINISTRATIVE, RC.id()),
        Duty.of(DutyId.of("D-2"), "居民公约", DutyKind.SELF_GOVERNANCE, RC.id()),
        Duty.of(DutyId.of("D-3"), "社保代办", DutyKind.ADMINISTRATIVE, STATION.id())))).build();
    List<Finding> all = PolicyProfile.defaultProfile().evaluate(g, ON);
    List<Finding> admin = rule(all, "administrative-duties-led-by-service-station");
    assertEquals(List.of(Outcome.NOT_MET, Outcome.MET),
        admin.stream().map(Finding::outcome).collect(Collectors.toList()));
    assertEquals("duty D-1", admin.get(0).subject());
    assertTrue(rule(all, "self-governance-duties-led-by-residents-committee").get(0).isMet());
  }

  @Test
  void rotation_mustCoverEveryPartTimeMember() {
    CommunityGovernance g = base().addPeople(person(1), person(2))
        .addMemberships(
            Membership.ongoing(pid(1), CORE_ID, Role.PART_TIME_COMMITTEE_MEMBER, START)
                .withOnBehalfOf(BUREAU_PB.id()),
            Membership.ongoing(pid(2), CORE_ID, Role.PART_TIME_COMMITTEE_MEMBER, START)
                .withOnBehalfOf(BUREAU_PB.id()))
        .chairRotation(ChairRotation.of(List.of(ChairTerm.of(pid(1), START, START.plusYears(1)))))
        .build();
    Finding f = rule(PolicyProfile.defaultProfile().evaluate(g, ON), "every-part-time-member-chairs").get(0);
    assertEquals(Outcome.NOT_MET, f.outcome());
    assertTrue(f.detail().contains("P-2"), f::detail);
  }

  @Test
  void subtree_evaluatesOnlyCommunitiesUnderTheRoot_inCodeOrder() {
    CommunityGovernance here = withWorkers(6, 0);
    DivisionCode elsewhere = DivisionCode.parse("420204005001");
    Organization core2 = Organization.of(OrganizationId.of("X-PC"), "大塘社区党委",
        OrganizationKind.PARTY_COMMITTEE, NodeCode.of(elsewhere));
    CommunityGovernance there = CommunityGovernance.of(elsewhere, core2);
    DivisionCode street = DivisionCode.parse("420204004000");
    PolicyProfile p = PolicyProfile.defaultProfile();
    List<Finding> underStreet = p.evaluate(List.of(there, here), street, ON);
    assertTrue(underStreet.stream().allMatch(f -> !f.subject().contains("420204005001")));
    assertTrue(underStreet.stream().anyMatch(f -> f.subject().contains("420204004005")));
    List<Finding> district = p.evaluate(List.of(there, here), DivisionCode.parse("420204000000"),
        ON);
    int firstThere = district.indexOf(district.stream()
        .filter(f -> f.subject().contains("420204005001")).findFirst().orElseThrow());
    assertTrue(district.subList(0, firstThere).stream()
        .noneMatch(f -> f.subject().contains("420204005001")));
    assertEquals(p.evaluate(List.of(here), COMMUNITY, ON), p.evaluate(here, ON));
    assertViolation(() -> p.evaluate(List.of(here, there, withWorkers(2, 0)), street, ON),
        "structures[2].area", "exactly one core");
  }

  @Test
  void streetArea_skipsPerCommunityRules() {
    CommunityGovernance street = CommunityGovernance.of(DivisionCode.parse("420204004000"),
        CORE.withKind(OrganizationKind.JOINT_PARTY_WORKING_COMMITTEE));
    assertTrue(PolicyProfile.defaultProfile().evaluate(street, ON).isEmpty());
  }

  @Test
  void profile_callersDefineTheirOwn_namesUnique() {
    PolicyRule grid = PolicyRule.minimumHolders("grid-workers-at-least-2", Role.GRID_WORKER, 2,
        false);
    PolicyProfile mine = PolicyProfile.of("my-city", List.of(grid));
    assertEquals(1, mine.evaluate(withWorkers(1, 0), ON).size());
    assertViolation(() -> mine.withRule(grid), "rules[1].name", "appears more than once");
    assertViolation(() -> PolicyRule.minimumHolders(" ", Role.GRID_WORKER, 1, false), "name",
        Messages.BLANK);
    assertViolation(() -> PolicyRule.minimumHolders("x", Role.GRID_WORKER, -1, false), "minimum",
        "at least 0");
    PolicyProfile fewer = PolicyProfile.defaultProfile().withoutRule("legal-adviser");
    assertEquals(6, fewer.rules().size());
    Fixtures.roundTrip(PolicyProfile.defaultProfile());
  }
}
