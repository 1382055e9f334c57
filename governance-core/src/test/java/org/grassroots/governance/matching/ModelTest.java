package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The value types of the matching model: their invariants and messages. */
class ModelTest {

  @Test
  void demand_rejectsNonPositiveQuantity() {
    qt().withExamples(50)
        .forAll(integers().between(-1000, 0))
        .checkAssert(
            q -> {
              InvalidValueException e =
                  assertThrows(
                      InvalidValueException.class,
                      () ->
                          Demand.of(
                              DemandId.of("D"),
                              ServiceCategory.OTHER,
                              q,
                              QuantityUnit.HOUR,
                              Instances.grid(0, 0, 0)));
              assertTrue(String.valueOf(e.getMessage()).contains(Messages.POSITIVE), e.getMessage());
            });
  }

  @Test
  void demand_indivisibleMustBeOnePiece() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Demand.of(
                    DemandId.of("D"),
                    ServiceCategory.ELDER_CARE,
                    3,
                    QuantityUnit.VISIT,
                    Instances.grid(0, 0, 0)));
    assertTrue(String.valueOf(e.getMessage()).contains("split it into 3 demands of quantity 1"), e.getMessage());
  }

  @Test
  void demand_builderReportsAllMissingAttributesAtOnce() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Demand.builder().quantity(1).build());
    assertEquals(4, e.violations().size(), e.getMessage());
  }

  @Test
  void resource_rejectsNegativeCapacityAndNoCategory() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Resource.builder()
                    .id(ResourceId.of("R"))
                    .provider(Provider.person(ProviderKind.PARTY_MEMBER, PersonId.of("P")))
                    .capacity(-1)
                    .location(Instances.grid(0, 0, 0))
                    .serviceArea(ServiceArea.within(MeetingLevel.GRID))
                    .build());
    assertEquals(2, e.violations().size(), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains(Messages.NOT_NEGATIVE));
    assertTrue(String.valueOf(e.getMessage()).contains(Messages.NOT_EMPTY));
  }

  @Test
  void timeWindow_endMustFollowStart() {
    Instant t = Instant.parse("2026-11-23T08:00:00Z");
    assertThrows(InvalidValueException.class, () -> TimeWindow.of(t, t));
    assertTrue(TimeWindow.of(t, t.plusSeconds(10)).overlaps(TimeWindow.of(t.plusSeconds(9), t.plusSeconds(20))));
    assertFalse(TimeWindow.of(t, t.plusSeconds(10)).overlaps(TimeWindow.of(t.plusSeconds(10), t.plusSeconds(20))));
  }

  @Test
  void provider_isOrganisationOrPerson() {
    assertTrue(Provider.person(ProviderKind.VOLUNTEER, PersonId.of("P")).person().isPresent());
    assertTrue(
        Provider.organisation(ProviderKind.DEPARTMENT, OrganizationId.of("O"))
            .organisation()
            .isPresent());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> ImmutableProvider.builder().kind(ProviderKind.VOLUNTEER).build());
    assertTrue(String.valueOf(e.getMessage()).contains(Messages.PROVIDER_ONE_OF));
  }

  @Test
  void project_needsTitleAndDemands() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Project.builder().id(ProjectId.of("P")).title(" ").build());
    assertEquals(2, e.violations().size(), e.getMessage());
    Project p =
        Project.builder()
            .id(ProjectId.of("P"))
            .title("Elevator")
            .addDemands(DemandId.of("D1"))
            .addFundedBy(ResourceId.of("R1"))
            .build();
    assertEquals(1, p.demands().size());
  }

  @Test
  void policy_rejectsWrongNumberOfLevelCosts() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> MatchingPolicy.defaults().withLevelCosts(List.of(1, 2, 3)));
    assertTrue(String.valueOf(e.getMessage()).contains("one cost per meeting level (8)"), e.getMessage());
  }

  @Test
  void policy_weightAndCost() {
    MatchingPolicy p = MatchingPolicy.defaults();
    Demand d =
        Demand.builder()
            .id(DemandId.of("D"))
            .category(ServiceCategory.ELDER_CARE)
            .quantity(1)
            .unit(QuantityUnit.VISIT)
            .urgency(Urgency.URGENT)
            .addVulnerableGroups(VulnerableGroup.ELDERLY_LIVING_ALONE, VulnerableGroup.DISABLED)
            .location(Instances.grid(0, 0, 0))
            .build();
    assertEquals(4 + 2 * 2, p.weight(d));
    assertEquals(3, p.unitCost(MeetingLevel.COMMUNITY, false));
    assertEquals(2, p.unitCost(MeetingLevel.COMMUNITY, true));
    assertEquals(0, p.unitCost(MeetingLevel.BUILDING, true));
  }

  @Test
  void problem_rejectsDuplicateIds() {
    Demand d =
        Demand.of(DemandId.of("D"), ServiceCategory.OTHER, 1, QuantityUnit.HOUR, Instances.grid(0, 0, 0));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> MatchingProblem.of(List.of(d, d), List.of(), MatchingPolicy.defaults()));
    assertTrue(String.valueOf(e.getMessage()).contains("duplicate id D"), e.getMessage());
  }

  @Test
  void problem_survivesJavaSerialisation() throws Exception {
    MatchingProblem p = Instances.random(7, Instances.Shape.MIXED);
    p.candidatePairs();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    Object back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertEquals(p, back);
    MatchingProblem q = (MatchingProblem) back;
    assertEquals(
        ExactMatching.create().solve(p).allocations(), ExactMatching.create().solve(q).allocations());
    assertTrue(q.locality() == LocalityModel.byCodePrefix());
  }

  @Test
  void locality_readsTheCommonPrefix() {
    LocalityModel m = LocalityModel.byCodePrefix();
    assertEquals(MeetingLevel.BUILDING, m.meet(Instances.building(0, 0, 0, 1), Instances.building(0, 0, 0, 1)));
    assertEquals(MeetingLevel.GRID, m.meet(Instances.building(0, 0, 0, 1), Instances.building(0, 0, 0, 2)));
    assertEquals(MeetingLevel.COMMUNITY, m.meet(Instances.grid(0, 0, 0), Instances.grid(0, 0, 1)));
    assertEquals(MeetingLevel.STREET, m.meet(Instances.grid(0, 0, 0), Instances.grid(0, 1, 1)));
    assertEquals(MeetingLevel.COUNTY, m.meet(Instances.grid(0, 0, 0), Instances.grid(1, 1, 1)));
    assertEquals(MeetingLevel.STREET, m.meet(Instances.street(0), Instances.building(0, 1, 1, 1)));
    assertEquals(
        Instances.street(1).toString(),
        m.ancestorAt(Instances.building(1, 0, 0, 0), MeetingLevel.STREET).orElseThrow().toString());
    assertTrue(m.ancestorAt(Instances.street(1), MeetingLevel.GRID).isEmpty());
    assertEquals(MeetingLevel.STREET, m.levelOf(Instances.street(1)));
  }

  @Test
  void locality_defaultMeetAgreesWithThePrefixShortcut() {
    LocalityModel prefix = LocalityModel.byCodePrefix();
    LocalityModel generic =
        new LocalityModel() {
          private static final long serialVersionUID = 1L;

          @Override
          public MeetingLevel levelOf(org.grassroots.governance.id.NodeCode node) {
            return prefix.levelOf(node);
          }

          @Override
          public java.util.Optional<org.grassroots.governance.id.NodeCode> ancestorAt(
              org.grassroots.governance.id.NodeCode node, MeetingLevel level) {
            return prefix.ancestorAt(node, level);
          }
        };
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    for (int i = 0; i < 500; i++) {
      var a = Instances.randomNode(rnd, 3);
      var b = Instances.randomNode(rnd, 3);
      assertEquals(prefix.meet(a, b), generic.meet(a, b));
    }
  }

  @Test
  void serviceArea_isSubtreeOrReach() {
    assertThrows(
        InvalidValueException.class,
        () -> ImmutableServiceArea.builder().build());
    ServiceArea a = ServiceArea.within(MeetingLevel.STREET);
    assertEquals(
        Instances.street(0).toString(),
        a.rootFor(Instances.grid(0, 1, 0), LocalityModel.byCodePrefix()).orElseThrow().toString());
    assertTrue(
        ServiceArea.within(MeetingLevel.COUNTRY)
            .rootFor(Instances.grid(0, 1, 0), LocalityModel.byCodePrefix())
            .isEmpty());
  }

  @Test
  void pairedCommunity_lowersTheCost() {
    DivisionCode comm = DivisionCode.parse(Instances.community(0, 0).toString());
    Demand d =
        Demand.of(DemandId.of("D"), ServiceCategory.HOUSING, 1, QuantityUnit.CASE, Instances.grid(0, 0, 0));
    Resource r =
        Resource.builder()
            .id(ResourceId.of("R"))
            .provider(Provider.organisation(ProviderKind.RESIDENT_UNIT, OrganizationId.of("U")))
            .addCategories(ServiceCategory.HOUSING)
            .capacity(1)
            .location(Instances.grid(0, 1, 0))
            .serviceArea(ServiceArea.within(MeetingLevel.STREET))
            .pairedCommunity(comm)
            .build();
    MatchingAlgorithm.Result res =
        ExactMatching.create().solve(MatchingProblem.of(List.of(d), List.of(r), MatchingPolicy.defaults()));
    assertEquals(MeetingLevel.STREET, res.allocations().get(0).level());
    assertEquals(5, res.allocations().get(0).unitCost());
  }
}
