package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ResourceId;
import org.junit.jupiter.api.Test;

class TwoWayClaimingTest {

  @Test
  void run_combinedRespectsEveryRule() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              MatchingProblem p = Instances.random(seed, Instances.Shape.MIXED);
              TwoWayClaiming.Outcome o = TwoWayClaiming.using(ExactMatching.withThreads(1)).run(p);
              Reference.check(p, o.combined());
              long first = o.exclusiveWindow().stream().mapToLong(Allocation::quantity).sum();
              long second = o.openHall().stream().mapToLong(Allocation::quantity).sum();
              assertEquals(first + second, o.combined().metrics().servedQuantity());
              MatchingMetrics best = ExactMatching.withThreads(1).solve(p).metrics();
              assertTrue(o.combined().metrics().weightedServed() <= best.weightedServed());
            });
  }

  @Test
  void run_pairedPartnerClaimsItsCommunityFirst() {
    Demand mine =
        Demand.of(
            DemandId.of("mine"), ServiceCategory.HOUSING, 1, QuantityUnit.CASE, Instances.grid(0, 0, 0));
    Demand other =
        Demand.of(
            DemandId.of("other"), ServiceCategory.HOUSING, 1, QuantityUnit.CASE, Instances.grid(0, 1, 0));
    Resource partner =
        Resource.builder()
            .id(ResourceId.of("P"))
            .provider(Provider.organisation(ProviderKind.RESIDENT_UNIT, OrganizationId.of("U")))
            .addCategories(ServiceCategory.HOUSING)
            .capacity(1)
            .location(Instances.grid(0, 1, 0))
            .serviceArea(ServiceArea.within(MeetingLevel.STREET))
            .pairedCommunity(DivisionCode.parse(Instances.community(0, 0).toString()))
            .build();
    MatchingProblem p =
        MatchingProblem.of(List.of(other, mine), List.of(partner), MatchingPolicy.defaults());
    TwoWayClaiming.Outcome o = TwoWayClaiming.using(ExactMatching.create()).run(p);
    assertEquals(1, o.exclusiveWindow().size());
    assertEquals(DemandId.of("mine"), o.exclusiveWindow().get(0).demand());
    assertTrue(o.openHall().isEmpty());
    // without the exclusive window the same-community demand is the cheaper one to serve
    assertEquals(
        DemandId.of("other"), ExactMatching.create().solve(p).allocations().get(0).demand());
  }
}
