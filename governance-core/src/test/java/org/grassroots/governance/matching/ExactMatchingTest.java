package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class ExactMatchingTest extends MatchingAlgorithmContractTest {

  @Override
  MatchingAlgorithm algorithm() {
    return ExactMatching.withThreads(2);
  }

  @Test
  void solve_equalsOrToolsMinCostFlow_onThousandsOfRandomProblems() {
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Instances.Shape shape : Instances.Shape.values()) {
                MatchingProblem p = Instances.random(seed, shape);
                MatchingAlgorithm.Result r = algorithm().solve(p);
                long[] opt = Reference.orToolsOptimum(p);
                assertEquals(opt[0], r.metrics().weightedServed(), "weighted served " + shape);
                assertEquals(opt[1], r.metrics().totalCost(), "cost " + shape);
                if (shape == Instances.Shape.TIES) {
                  assertEquals(opt[2], r.metrics().servedQuantity(), "served " + shape);
                }
              }
            });
  }

  @Test
  void solve_sameResultWhateverTheThreadCount() {
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              MatchingProblem p = Instances.random(seed, Instances.Shape.MIXED);
              assertEquals(
                  ExactMatching.withThreads(1).solve(p).allocations(),
                  ExactMatching.withThreads(3).solve(p).allocations());
            });
  }

  /**
   * The objective by one route: budget -1 cost scaling only; 0 successive shortest paths stopped
   * after the first path, then cost scaling on the rebuilt network; the default.
   */
  private static long[] objective(MatchingProblem p, int budget) {
    CompiledProblem cp = p.compiled();
    int[] flow = new int[cp.res.length];
    Components comps = Components.of(cp);
    ComponentSolver solver =
        budget == ComponentSolver.BUDGET_PER_ARC
            ? new ComponentSolver(cp)
            : new ComponentSolver(cp, 0, budget);
    for (int c = 0; c < comps.count; c++) {
      solver.solve(comps, c, flow);
    }
    if (budget == 0) {
      assertEquals(comps.count, solver.fallbacks, "every component fell back");
    }
    MatchingMetrics m = Outcomes.assemble("route", p, flow).metrics();
    return new long[] {m.weightedServed(), m.totalCost()};
  }

  @Test
  void componentSolver_everyRouteReachesTheOrToolsOptimum() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Instances.Shape shape : Instances.Shape.values()) {
                MatchingProblem p = Instances.random(seed, shape);
                long[] opt = Reference.orToolsOptimum(p);
                for (int budget : new int[] {-1, 0, ComponentSolver.BUDGET_PER_ARC}) {
                  long[] got = objective(p, budget);
                  assertEquals(opt[0], got[0], "weighted served " + shape + " budget " + budget);
                  assertEquals(opt[1], got[1], "cost " + shape + " budget " + budget);
                }
              }
            });
  }

  @Test
  void componentSolver_servesUncontendedComponentsWithoutANetwork_andStaysOptimal() {
    int direct = 0;
    int solved = 0;
    for (long seed = 0; seed < 40; seed++) {
      for (Instances.Shape shape : Instances.Shape.values()) {
        MatchingProblem p = Instances.random(seed, shape);
        CompiledProblem cp = p.compiled();
        int[] flow = new int[cp.res.length];
        Components comps = Components.of(cp);
        ComponentSolver solver = new ComponentSolver(cp);
        for (int c = 0; c < comps.count; c++) {
          solver.solve(comps, c, flow);
        }
        direct += solver.directComponents;
        solved += comps.count - solver.directComponents;
        MatchingMetrics m = Outcomes.assemble("route", p, flow).metrics();
        long[] opt = Reference.orToolsOptimum(p);
        assertEquals(opt[0], m.weightedServed(), "weighted served " + shape + " seed " + seed);
        assertEquals(opt[1], m.totalCost(), "cost " + shape + " seed " + seed);
        // the same allocation as the route through the network
        assertEquals(
            ExactMatching.withThreads(1).solve(p).allocations(),
            Outcomes.assemble("exact", p, flow).allocations());
      }
    }
    // both kinds occur on the random shapes, so both are checked above
    assertTrue(direct > 0, "some components are served on their cheapest pairs");
    assertTrue(solved > 0, "some components need the network");
  }

  @Test
  void pooledSolve_aboveTheParallelThreshold_isTheSameForAnyThreadCount() {
    org.grassroots.governance.simulation.ScenarioParameters city =
        org.grassroots.governance.simulation.ScenarioParameters.builder()
            .streets(3)
            .communitiesPerStreet(org.grassroots.governance.simulation.IntRange.of(4, 5))
            .gridsPerCommunity(org.grassroots.governance.simulation.IntRange.of(4, 5))
            .buildingsPerGrid(org.grassroots.governance.simulation.IntRange.of(5, 6))
            .householdsPerBuilding(org.grassroots.governance.simulation.IntRange.of(40, 60))
            .demandsPerHousehold(0.8)
            // no street- or district-wide providers: one component per community, so the
            // components are shared out among the threads
            .residentUnitsPerStreet(org.grassroots.governance.simulation.IntRange.of(0, 0))
            .socialOrganisationsPerStreet(org.grassroots.governance.simulation.IntRange.of(0, 0))
            .districtDepartments(org.grassroots.governance.simulation.IntRange.of(0, 0))
            .build();
    MatchingProblem p =
        org.grassroots.governance.simulation.ScenarioGenerator.generate(
                org.grassroots.governance.simulation.Scenario.of("pooled", city, 5))
            .problem();
    // large enough that the components and the blocking pairs are worked on the pool
    assertTrue(p.candidatePairs() >= ExactMatching.PARALLEL_PAIRS, "pairs " + p.candidatePairs());
    assertTrue(Components.of(p.compiled()).count > 8, "components " + Components.of(p.compiled()).count);
    MatchingAlgorithm.Result one = ExactMatching.withThreads(1).solve(p);
    for (int threads : new int[] {2, 8}) {
      MatchingAlgorithm.Result r = ExactMatching.withThreads(threads).solve(p);
      assertEquals(one.allocations(), r.allocations(), threads + " threads");
      assertEquals(one.unmatched(), r.unmatched(), threads + " threads");
      assertEquals(one.metrics(), r.metrics(), threads + " threads");
    }
    long[] opt = Reference.orToolsOptimum(p);
    assertEquals(opt[0], one.metrics().weightedServed());
    assertEquals(opt[1], one.metrics().totalCost());
  }

  @Test
  void withThreads_rejectsZero() {
    assertThrows(IllegalArgumentException.class, () -> ExactMatching.withThreads(0));
  }
}
