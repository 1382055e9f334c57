package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Dense ranks (the resource-side keys of deferred acceptance) by table and by search agree. */
class DenseRanksTest {

  @org.junit.jupiter.api.Test
  void rank_isThePositionAmongTheSortedDistinctValues() {
    qt().forAll(longs().all(), booleans().all())
        .checkAssert(
            (seed, wide) -> {
              SplittableRandom rnd = new SplittableRandom(seed);
              int n = rnd.nextInt(0, 300);
              int[] values = new int[n + 5];
              for (int i = 0; i < values.length; i++) {
                // a small range takes the table, a wide one the binary search
                values[i] = wide ? rnd.nextInt() : rnd.nextInt(-20, 60);
              }
              DeferredAcceptance.DenseRanks ranks = DeferredAcceptance.DenseRanks.of(values, n);
              int[] distinct = Arrays.stream(values, 0, n).distinct().sorted().toArray();
              assertEquals(distinct.length, ranks.count);
              for (int i = 0; i < n; i++) {
                assertEquals(Arrays.binarySearch(distinct, values[i]), ranks.rank(values[i]));
              }
            });
  }
}
