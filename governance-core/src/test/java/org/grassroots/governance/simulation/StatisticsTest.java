package org.grassroots.governance.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void of_knownValues() {
    Statistics s = Statistics.of(new double[] {4, 1, 3, 2, 5});
    assertEquals(5, s.count());
    assertEquals(3.0, s.mean(), 1e-12);
    assertEquals(3.0, s.median(), 1e-12);
    assertEquals(Math.sqrt(2.5), s.standardDeviation(), 1e-12);
    assertEquals(1.2, s.p5(), 1e-12);   // type 7: 1 + 0.2 * (2 - 1)
    assertEquals(4.8, s.p95(), 1e-12);
    assertEquals(3 - 1.96 * Math.sqrt(2.5) / Math.sqrt(5), s.ciLow(), 1e-12);
  }

  @Test
  void of_emptyAndSingle() {
    assertTrue(Double.isNaN(Statistics.of(new double[0]).mean()));
    Statistics one = Statistics.of(new double[] {7});
    assertEquals(7, one.median());
    assertEquals(0, one.standardDeviation());
    assertEquals(7, one.ciLow());
  }

  @Test
  void property_orderOfStatisticsHolds() {
    qt().withExamples(200).forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 60)).check(list -> {
      double[] v = list.stream().mapToDouble(Double::doubleValue).toArray();
      Statistics s = Statistics.of(v);
      double min = Arrays.stream(v).min().orElseThrow();
      double max = Arrays.stream(v).max().orElseThrow();
      return min <= s.p5() + 1e-9 && s.p5() <= s.median() + 1e-9 && s.median() <= s.p95() + 1e-9
          && s.p95() <= max + 1e-9 && s.mean() >= min - 1e-9 && s.mean() <= max + 1e-9
          && s.ciLow() <= s.mean() && s.mean() <= s.ciHigh();
    });
  }
}
