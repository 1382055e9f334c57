package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ResourceId;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MatchingAlgorithm} meets; each implementation's test subclasses it.
 */
abstract class MatchingAlgorithmContractTest {

  abstract MatchingAlgorithm algorithm();

  @Test
  void solve_respectsEveryRuleOnRandomProblems() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Instances.Shape shape : Instances.Shape.values()) {
                MatchingProblem p = Instances.random(seed, shape);
                Reference.check(p, algorithm().solve(p));
              }
            });
  }

  @Test
  void solve_neverBeatsTheOptimum() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              MatchingProblem p = Instances.random(seed, Instances.Shape.MIXED);
              MatchingMetrics m = algorithm().solve(p).metrics();
              long[] opt = Reference.orToolsOptimum(p);
              assertTrue(m.weightedServed() <= opt[0]);
              if (m.weightedServed() == opt[0]) {
                assertTrue(m.totalCost() >= opt[1]);
              }
            });
  }

  @Test
  void solve_emptyProblem_hasNothing() {
    MatchingAlgorithm.Result r =
        algorithm().solve(MatchingProblem.of(List.of(), List.of(), MatchingPolicy.defaults()));
    assertTrue(r.allocations().isEmpty());
    assertTrue(r.unmatched().isEmpty());
    assertEquals(1.0, r.metrics().coverage());
  }

  @Test
  void solve_isDeterministic() {
    MatchingProblem p = Instances.random(42, Instances.Shape.MIXED);
    assertEquals(algorithm().solve(p).allocations(), algorithm().solve(p).allocations());
  }

  @Test
  void solve_namesNoResourceInReach() {
    Demand d =
        Demand.of(
            DemandId.of("D"),
            ServiceCategory.CHILDCARE,
            2,
            QuantityUnit.HOUR,
            Instances.grid(0, 0, 0));
    Resource far =
        Resource.builder()
            .id(ResourceId.of("R"))
            .provider(Provider.organisation(ProviderKind.RESIDENT_UNIT, OrganizationId.of("U")))
            .addCategories(ServiceCategory.CHILDCARE)
            .capacity(5)
            .location(Instances.grid(1, 0, 0))
            .serviceArea(ServiceArea.within(MeetingLevel.COMMUNITY))
            .build();
    MatchingProblem p = MatchingProblem.of(List.of(d), List.of(far), MatchingPolicy.defaults());
    MatchingAlgorithm.Result r = algorithm().solve(p);
    assertEquals(UnmatchedReason.NO_ELIGIBLE_RESOURCE_IN_REACH, r.unmatched().get(0).reason());
    assertEquals(2, r.unmatched().get(0).quantity());
  }

  @Test
  void solve_servesALocalDemandFromItsBuilding() {
    NodeCode home = Instances.building(0, 0, 0, 0);
    Demand d = Demand.of(DemandId.of("D"), ServiceCategory.MEDICAL, 3, QuantityUnit.HOUR, home);
    Resource near =
        Resource.builder()
            .id(ResourceId.of("R"))
            .provider(Provider.organisation(ProviderKind.RESIDENT_UNIT, OrganizationId.of("U")))
            .addCategories(ServiceCategory.MEDICAL)
            .capacity(5)
            .location(home)
            .serviceArea(ServiceArea.within(MeetingLevel.GRID))
            .build();
    MatchingAlgorithm.Result r =
        algorithm().solve(MatchingProblem.of(List.of(d), List.of(near), MatchingPolicy.defaults()));
    assertEquals(1, r.allocations().size());
    assertEquals(MeetingLevel.BUILDING, r.allocations().get(0).level());
    assertEquals(3, r.metrics().servedQuantity());
    assertEquals(0.0, r.metrics().meanMeetingLevel());
  }
}
