package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TreeTransportTest {

  /**
   * A random problem with the tree structure where it can hold: no skills, time windows or paired
   * communities, service areas as reaches from the resource (sometimes a subtree elsewhere, or
   * level costs that fall going up, which the fast path must decline).
   */
  static MatchingProblem structured(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    MatchingProblem base =
        Instances.random(seed, rnd.nextBoolean() ? Instances.Shape.MIXED : Instances.Shape.SCARCE);
    List<Demand> demands = new ArrayList<>();
    for (Demand d : base.demands()) {
      demands.add(Demand.builder().from(d).requiredSkills(List.of()).window(java.util.Optional.empty()).build());
    }
    List<Resource> resources = new ArrayList<>();
    for (Resource r : base.resources()) {
      Resource.Builder b =
          Resource.builder()
              .from(r)
              .skills(List.of())
              .availability(List.of())
              .pairedCommunity(java.util.Optional.empty())
              .serviceArea(ServiceArea.within(MeetingLevel.values()[rnd.nextInt(6)]));
      if (rnd.nextInt(12) == 0) {
        b.serviceArea(ServiceArea.subtree(Instances.community(0, rnd.nextInt(2))));
      }
      resources.add(b.build());
    }
    MatchingPolicy policy = base.policy().withPairedCommunityBonus(rnd.nextInt(3));
    if (rnd.nextInt(10) == 0) {
      policy = policy.withLevelCosts(List.of(0, 5, 3, 6, 10, 20, 40, 80));
    } else if (rnd.nextInt(4) == 0) {
      policy = policy.withLevelCosts(List.of(0, 0, 2, 2, 7, 7, 9, 30));
    }
    return MatchingProblem.of(demands, resources, policy);
  }

  private static long[] objective(MatchingAlgorithm.Result r) {
    return new long[] {r.metrics().weightedServed(), r.metrics().totalCost()};
  }

  @Test
  void solve_fastPathEqualsGeneralSolverAndOrTools_onStructuredProblems() {
    AtomicLong treeComponents = new AtomicLong();
    AtomicLong components = new AtomicLong();
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              MatchingProblem p = structured(seed);
              MatchingAlgorithm.Result fast = ExactMatching.withThreads(1).withTreeFastPath(true).solve(p);
              MatchingAlgorithm.Result general =
                  ExactMatching.withThreads(1).withTreeFastPath(false).solve(p);
              long[] opt = Reference.orToolsOptimum(p);
              assertEquals(opt[0], objective(fast)[0], "weighted served, fast path");
              assertEquals(opt[1], objective(fast)[1], "cost, fast path");
              assertEquals(objective(general)[0], objective(fast)[0]);
              assertEquals(objective(general)[1], objective(fast)[1]);
              Reference.check(p, fast);
              CompiledProblem cp = p.compiled();
              Components comps = Components.of(cp);
              ComponentSolver solver = new ComponentSolver(cp, true);
              int[] flow = new int[cp.res.length];
              for (int c = 0; c < comps.count; c++) {
                solver.solve(comps, c, flow);
              }
              treeComponents.addAndGet(solver.treeComponents);
              components.addAndGet(comps.count);
            });
    // the fast path was really taken on most components, and declined on some
    assertTrue(treeComponents.get() > components.get() / 2, treeComponents + " of " + components);
    assertTrue(treeComponents.get() < components.get(), treeComponents + " of " + components);
  }

  @Test
  void solve_fastPathDeclinesUnlessExact_onUnstructuredProblems() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Instances.Shape shape : Instances.Shape.values()) {
                MatchingProblem p = Instances.random(seed, shape);
                long[] opt = Reference.orToolsOptimum(p);
                long[] got = objective(ExactMatching.withThreads(1).withTreeFastPath(true).solve(p));
                assertEquals(opt[0], got[0], "weighted served " + shape);
                assertEquals(opt[1], got[1], "cost " + shape);
              }
            });
  }
}
