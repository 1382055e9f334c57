package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class DeferredAcceptanceResourceProposingTest extends MatchingAlgorithmContractTest {
  @Override
  MatchingAlgorithm algorithm() {
    return DeferredAcceptance.resourceProposing();
  }

  @Test
  void solve_hasNoBlockingPair() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Instances.Shape shape : Instances.Shape.values()) {
                MatchingProblem p = Instances.random(seed, shape);
                MatchingAlgorithm.Result r = algorithm().solve(p);
                assertEquals(0, Reference.blockingPairs(p, r), shape.name());
                assertEquals(0, r.metrics().blockingPairs());
              }
            });
  }
}
