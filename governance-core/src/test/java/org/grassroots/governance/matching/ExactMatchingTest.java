package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  @Test
  void withThreads_rejectsZero() {
    assertThrows(IllegalArgumentException.class, () -> ExactMatching.withThreads(0));
  }
}
