package org.grassroots.governance.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.Restructured;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.simulation.GeneratedScenario;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.junit.jupiter.api.Test;

/**
 * One hierarchy and one matching problem shared between threads while matching and
 * restructuring run concurrently give exactly the single-threaded results; the exact solver and
 * the Monte Carlo runner give the same results for 1, 2 and 8 threads.
 */
class ConcurrencyDeterminismTest {
  private static final ScenarioParameters SMALL = ScenarioParameters.builder()
      .streets(2)
      .communitiesPerStreet(IntRange.of(3, 4))
      .gridsPerCommunity(IntRange.of(2, 3))
      .buildingsPerGrid(IntRange.of(2, 4))
      .householdsPerBuilding(IntRange.of(20, 40))
      .demandsPerHousehold(0.2)
      .build();

  /** The generated district as a hierarchy: divisions, then its grids and buildings. */
  private static GridHierarchy hierarchy(GeneratedScenario g) {
    DivisionCode district = g.scenario().parameters().district();
    DivisionCode city = district.prefixParent().orElseThrow();
    DivisionCode province = city.prefixParent().orElseThrow();
    GridHierarchy.Builder b = GridHierarchy.builder()
        .division(province, Optional.empty(), "省")
        .division(city, Optional.of(province), "市")
        .division(district, Optional.of(city), "区");
    for (DivisionCode street : g.streets()) {
      b.division(street, Optional.of(district), "街道" + street.townshipSegment());
    }
    for (DivisionCode community : g.communities()) {
      b.division(community, Optional.of(community.prefixParent().orElseThrow()), "社区" + community);
    }
    for (GridCode grid : g.grids()) {
      b.grid(grid).buildings(grid, 3);
    }
    return b.build();
  }

  private static List<String> describe(GridHierarchy h) {
    List<String> out = new ArrayList<>();
    for (NodeCode root : h.roots()) {
      h.subtree(root).forEach(c -> out.add(c + "<" + h.parent(c).map(NodeCode::toString).orElse("-")
          + ":" + h.level(c)));
    }
    return out;
  }

  private static String describe(Restructured r) {
    return describe(r.hierarchy()) + " " + r.mapping();
  }

  private static String describe(MatchingAlgorithm.Result r) {
    return r.allocations() + " " + r.unmatched() + " " + r.metrics();
  }

  @Test
  void sharedHierarchyAndProblem_concurrentWorkGivesTheSingleThreadedResults() throws Exception {
    GeneratedScenario g = ScenarioGenerator.generate(Scenario.of("shared", SMALL, 11));
    GridHierarchy h = hierarchy(g);
    MatchingProblem problem = g.problem();
    DivisionCode survivor = g.communities().get(0);
    List<DivisionCode> absorbed = List.of(g.communities().get(1));
    BuildingCode moved = BuildingCode.of(g.grids().get(0), 1);
    GridCode target = g.grids().get(g.grids().size() - 1);

    List<Callable<String>> tasks = List.of(
        () -> describe(ExactMatching.withThreads(1).solve(problem)),
        () -> describe(ExactMatching.withThreads(2).solve(problem)),
        () -> describe(ExactMatching.withThreads(8).solve(problem)),
        () -> describe(GreedyMatching.firstComeFirstServed().solve(problem)),
        () -> describe(DeferredAcceptance.demandProposing().solve(problem)),
        () -> describe(h.mergeCommunities(survivor, absorbed)),
        () -> describe(h.moveBuilding(moved, target)),
        () -> String.valueOf(h.rollUp(c -> 1.0).total(h.roots().get(0))),
        () -> h.lowestCommonAncestor(NodeCode.of(moved), NodeCode.of(target)) + " "
            + h.distance(NodeCode.of(moved), NodeCode.of(target)));
    List<String> expected = new ArrayList<>();
    for (Callable<String> t : tasks) {
      expected.add(t.call());
    }
    // the three thread counts of the exact solver agree with each other
    assertEquals(expected.get(0), expected.get(1));
    assertEquals(expected.get(0), expected.get(2));

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<String>> futures = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
          for (Callable<String> t : tasks) {
            futures.add(pool.submit(t));
          }
        }
        for (int i = 0; i < futures.size(); i++) {
          assertEquals(expected.get(i % tasks.size()), futures.get(i).get(), "task " + (i % tasks.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // the shared hierarchy itself is unchanged by the restructurings made from it
    assertEquals(describe(hierarchy(g)), describe(h));
  }

  @Test
  void monteCarlo_sameSeedsSameResultsFor1_2And8Threads() {
    List<List<Double>> byThreads = new ArrayList<>();
    for (int threads : new int[] {1, 2, 8}) {
      RunSummary s = MonteCarloRunner.builder(Scenario.of("mc", SMALL, 5))
          .runs(6)
          .threads(threads)
          .algorithm("optimal", ExactMatching.withThreads(1))
          .algorithm("greedy", GreedyMatching.cheapestFirst())
          .build()
          .run(r -> { });
      List<Double> values = new ArrayList<>();
      for (String a : s.algorithms()) {
        for (Measure m : Measure.values()) {
          if (m != Measure.WALL_MILLIS) {
            for (double v : s.series("default", a, m)) {
              values.add(v);
            }
          }
        }
      }
      byThreads.add(values);
    }
    assertEquals(byThreads.get(0), byThreads.get(1));
    assertEquals(byThreads.get(0), byThreads.get(2));
    assertEquals(6 * 2 * (Measure.values().length - 1), byThreads.get(0).stream().collect(Collectors.toList()).size());
  }
}
