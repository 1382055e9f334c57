package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The exported candidate graph equals the pairs an independent eligibility check finds. */
class CandidateGraphTest {

  @org.junit.jupiter.api.Test
  void candidates_areExactlyTheEligiblePairs_withCostsLevelsQuantitiesAndCapacities() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Instances.Shape shape : Instances.Shape.values()) {
                MatchingProblem p = Instances.random(seed, shape);
                CandidateGraph g = p.candidates();
                List<Demand> ds = p.demands();
                List<Resource> rs = p.resources();
                assertEquals(ds.size(), g.demandCount());
                assertEquals(rs.size(), g.resourceCount());
                assertEquals(p.candidatePairs(), g.pairCount());
                int pairs = 0;
                for (int d = 0; d < ds.size(); d++) {
                  assertEquals(ds.get(d).quantity(), g.quantity(d), "quantity " + d);
                  assertEquals(p.policy().weight(ds.get(d)), g.weight(d), "weight " + d);
                  assertEquals(pairs, g.pairStart(d), "pairs of " + d + " follow on");
                  List<int[]> expected = new ArrayList<>();
                  for (int r = 0; r < rs.size(); r++) {
                    Optional<int[]> e = Reference.pair(p, ds.get(d), rs.get(r));
                    if (e.isPresent()) {
                      expected.add(new int[] {r, e.get()[0], e.get()[1]});
                    }
                  }
                  assertEquals(expected.size(), g.pairEnd(d) - g.pairStart(d), "pairs of " + d);
                  for (int k = 0; k < expected.size(); k++) {
                    int e = g.pairStart(d) + k;
                    assertEquals(expected.get(k)[0], g.pairResource(e), "resource of pair " + e);
                    assertEquals(expected.get(k)[1], g.pairCost(e), "cost of pair " + e);
                    assertEquals(
                        MeetingLevel.values()[expected.get(k)[2]], g.pairLevel(e), "level " + e);
                  }
                  pairs = g.pairEnd(d);
                }
                assertEquals(g.pairCount(), pairs);
                for (int r = 0; r < rs.size(); r++) {
                  assertEquals(rs.get(r).capacity(), g.capacity(r), "capacity " + r);
                }
              }
            });
  }
}
