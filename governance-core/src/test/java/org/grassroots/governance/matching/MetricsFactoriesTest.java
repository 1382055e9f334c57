package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The public {@link MatchingMetrics#builder()} and {@link Coverage#of}: checks and rebuilding. */
class MetricsFactoriesTest {

  @Test
  void everyAlgorithmsMetrics_passTheirCheck_andRebuildThroughThePublicBuilder() {
    qt().withExamples(30).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      MatchingProblem p = Instances.random(seed, Instances.Shape.values()[
          (int) Math.floorMod(seed, (long) Instances.Shape.values().length)]);
      for (MatchingAlgorithm a : List.of(GreedyMatching.firstComeFirstServed(),
          ExactMatching.withThreads(1), DeferredAcceptance.demandProposing())) {
        MatchingMetrics m = a.solve(p).metrics();
        assertEquals(m, MatchingMetrics.builder().from(m).build());
        m.byCategory().values().forEach(c -> assertEquals(c,
            Coverage.of(c.demands(), c.fullyServed(), c.demanded(), c.served())));
      }
    });
  }

  @Test
  void coverageOf_refusesImpossibleCounts_allAtOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Coverage.of(2, 3, 5, 6));
    assertEquals(List.of("fullyServed", "served"),
        e.violations().stream().map(v -> v.path()).toList());
    assertThrows(InvalidValueException.class, () -> Coverage.of(-1, 0, -1, 0));
  }

  @Test
  void metricsBuilder_refusesImpossibleNumbers_allAtOnce() {
    MatchingMetrics m = GreedyMatching.firstComeFirstServed()
        .solve(Instances.random(3, Instances.Shape.values()[0])).metrics();
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        MatchingMetrics.builder().from(m).servedQuantity(m.demandedQuantity() + 1)
            .demandsPartlyServed(m.demands() + 1).gridCoverageGini(Double.NaN)
            .resourceUtilisation(1.5).totalCost(-1).build());
    assertEquals(List.of("demandsPartlyServed", "servedQuantity", "totalCost",
        "gridCoverageGini", "resourceUtilisation"),
        e.violations().stream().map(v -> v.path()).toList());
  }
}
