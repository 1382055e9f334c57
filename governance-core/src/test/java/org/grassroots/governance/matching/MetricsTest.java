package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ResourceId;
import org.junit.jupiter.api.Test;

/** Metrics, reasons and gaps on small hand-made problems. */
class MetricsTest {

  private static Resource resource(String id, int cap, ServiceArea area) {
    return Resource.builder()
        .id(ResourceId.of(id))
        .provider(Provider.organisation(ProviderKind.SOCIAL_ORGANISATION, OrganizationId.of("O" + id)))
        .addCategories(ServiceCategory.ELDER_CARE)
        .capacity(cap)
        .location(Instances.grid(0, 0, 0))
        .serviceArea(area)
        .build();
  }

  private static Demand demand(String id, Urgency u, int q) {
    return Demand.builder()
        .id(DemandId.of(id))
        .category(ServiceCategory.ELDER_CARE)
        .quantity(q)
        .unit(QuantityUnit.HOUR)
        .urgency(u)
        .location(Instances.building(0, 0, 0, 0))
        .build();
  }

  @Test
  void outranked_namesTheFullResource() {
    MatchingProblem p =
        MatchingProblem.of(
            List.of(demand("low", Urgency.ROUTINE, 1), demand("high", Urgency.CRITICAL, 1)),
            List.of(resource("R", 1, ServiceArea.within(MeetingLevel.COMMUNITY))),
            MatchingPolicy.defaults());
    MatchingAlgorithm.Result r = ExactMatching.create().solve(p);
    assertEquals(DemandId.of("high"), r.allocations().get(0).demand());
    Unmatched u = r.unmatched().get(0);
    assertEquals(DemandId.of("low"), u.demand());
    assertEquals(UnmatchedReason.OUTRANKED_BY_HIGHER_PRIORITY, u.reason());
    assertEquals(List.of(ResourceId.of("R")), u.filledResources());
    // first come first served gives it to the earlier, lower-priority demand
    MatchingAlgorithm.Result g = GreedyMatching.firstComeFirstServed().solve(p);
    assertEquals(DemandId.of("low"), g.allocations().get(0).demand());
    assertEquals(UnmatchedReason.CAPACITY_EXHAUSTED, g.unmatched().get(0).reason());
    assertTrue(g.gapAgainst(r).weightedServedGap() > 0);
    assertEquals(0.0, r.gapAgainst(r).weightedServedGap());
  }

  @Test
  void outsideTimeWindow_isReported() {
    Demand d =
        Demand.builder().from(demand("D", Urgency.ROUTINE, 2)).window(Instances.window(0)).build();
    Resource r =
        Resource.builder()
            .from(resource("R", 5, ServiceArea.within(MeetingLevel.STREET)))
            .addAvailability(Instances.window(10))
            .build();
    MatchingAlgorithm.Result res =
        ExactMatching.create().solve(MatchingProblem.of(List.of(d), List.of(r), MatchingPolicy.defaults()));
    assertEquals(UnmatchedReason.OUTSIDE_TIME_WINDOW, res.unmatched().get(0).reason());
  }

  @Test
  void coverage_perCategoryCommunityAndGini() {
    MatchingProblem p =
        MatchingProblem.of(
            List.of(demand("a", Urgency.ROUTINE, 3), demand("b", Urgency.URGENT, 1)),
            List.of(resource("R", 2, ServiceArea.within(MeetingLevel.COMMUNITY))),
            MatchingPolicy.defaults());
    MatchingMetrics m = ExactMatching.create().solve(p).metrics();
    assertEquals(4, m.demandedQuantity());
    assertEquals(2, m.servedQuantity());
    assertEquals(0.5, m.coverage());
    assertEquals(1, m.byCategory().size());
    assertEquals(2, Reference.get(m.byCategory(), ServiceCategory.ELDER_CARE).served());
    assertEquals(1, Reference.get(m.byUrgency(), Urgency.URGENT).served());
    assertEquals(1, m.byCommunity().size());
    assertEquals(0.5, m.communityCoverageMin());
    assertEquals(0.0, m.communityCoverageGini());
    assertEquals(1.0, m.resourceUtilisation());
    // weighted: b (weight 4) fully, a (weight 1) one unit of three
    assertEquals(4 + 1, m.weightedServed());
    assertEquals(3 + 4, m.weightedDemanded());
  }

  @Test
  void gini_ofKnownValues() {
    assertEquals(0.0, Outcomes.gini(new double[] {1, 1, 1}), 1e-12);
    assertEquals(0.5, Outcomes.gini(new double[] {0, 1}), 1e-12);
    assertEquals(0.0, Outcomes.gini(new double[0]), 1e-12);
    // mean absolute difference 2/9 over twice the mean 2·(1/3): 1/3
    assertEquals(1.0 / 3.0, Outcomes.gini(new double[] {0.5, 0, 0.5}), 1e-12);
    // values outside [0, 1] take the general path: {-1, 1} has mean 0, sum 0
    assertEquals(0.0, Outcomes.gini(new double[] {1, -1}), 1e-12);
  }

  @Test
  void gini_equalsTheDefinitionOverAllSortedValues() {
    qt().forAll(
            integers().between(0, 2000),
            longs().all())
        .checkAssert(
            (size, seed) -> {
              java.util.Random rnd = new java.util.Random(seed);
              // small arrays often; large ones take the count-per-distinct-value path
              int n = rnd.nextBoolean() ? size % 41 : size;
              // in between: fractions used / capacity (few distinct values), or any doubles
              boolean fractions = rnd.nextBoolean();
              double[] v = new double[n];
              for (int i = 0; i < n; i++) {
                int k = rnd.nextInt(5);
                int cap = 1 + rnd.nextInt(20);
                double between = fractions ? (double) rnd.nextInt(cap + 1) / cap : rnd.nextDouble();
                // mostly exact 0 and 1 (as utilisations are), some in between, rarely out of range
                v[i] = k == 0 ? 0.0 : k == 1 ? 1.0 : k == 4 && rnd.nextInt(8) == 0 ? 3 * rnd.nextDouble() : between;
              }
              double[] sorted = v.clone();
              java.util.Arrays.sort(sorted);
              double sum = 0;
              double acc = 0;
              for (int i = 0; i < n; i++) {
                sum += sorted[i];
                acc += (2.0 * (i + 1) - n - 1) * sorted[i];
              }
              double expected = n == 0 || sum == 0 ? 0.0 : acc / (n * sum);
              assertEquals(expected, Outcomes.gini(v), 0.0);
            });
  }
}
