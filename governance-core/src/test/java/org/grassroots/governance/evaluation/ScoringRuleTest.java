package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ScoringRuleTest {

  @Test
  void linear_risesFromFloorToTargetAndIsCapped() {
    ScoringRule r = ScoringRule.linear(0, 0.9);
    assertEquals(0.5, r.fraction(0.45), 1e-12);
    assertEquals(1.0, r.fraction(0.95));
    assertEquals(0.0, r.fraction(-3));
    assertEquals(0.9, r.target());
    assertEquals("linear 0 -> 0.9", r.describe());
  }

  @Test
  void linear_targetBelowFloor_meansLowerIsBetter() {
    ScoringRule r = ScoringRule.linear(30, 10); // e.g. days to resolve a demand
    assertEquals(1.0, r.fraction(8));
    assertEquals(0.5, r.fraction(20), 1e-12);
    assertEquals(0.0, r.fraction(31));
  }

  @Test
  void threshold_allOrNothing() {
    assertEquals(1.0, ScoringRule.atLeast(6).fraction(6));
    assertEquals(0.0, ScoringRule.atLeast(6).fraction(5.99));
    assertEquals(1.0, ScoringRule.atMost(2).fraction(2));
    assertEquals(0.0, ScoringRule.atMost(2).fraction(3));
    assertEquals("at least 6", ScoringRule.atLeast(6).describe());
  }

  @Test
  void banded_takesTheHighestBandReached() {
    ScoringRule r = ScoringRule.banded(Band.of(1, 0.4), Band.of(2, 0.7), Band.of(4, 1));
    assertEquals(0.0, r.fraction(0));
    assertEquals(0.4, r.fraction(1));
    assertEquals(0.7, r.fraction(3));
    assertEquals(1.0, r.fraction(10));
    assertEquals(4.0, r.target());
    assertEquals("bands >=1: 0.4, >=2: 0.7, >=4: 1", r.describe());
  }

  @Test
  void invalidRules_areRefusedWithTheRule() {
    InvalidValueException same = assertThrows(InvalidValueException.class, () -> ScoringRule.linear(1, 1));
    assertTrue(same.getMessage().contains("floor and target must differ (floor 1, target 1)"), same.getMessage());
    InvalidValueException order = assertThrows(InvalidValueException.class,
        () -> ScoringRule.banded(Band.of(2, 0.5), Band.of(1, 1)));
    assertEquals("bands[1].lowerBound", order.violations().get(0).path());
    assertTrue(order.getMessage().contains("band lower bounds must be strictly ascending (1 after 2)"), order.getMessage());
    assertThrows(InvalidValueException.class, () -> ScoringRule.banded());
    assertThrows(InvalidValueException.class, () -> Band.of(1, 1.5));
    assertThrows(InvalidValueException.class, () -> ScoringRule.atLeast(Double.NaN));
  }

  @Test
  void property_fractionsStayBetweenZeroAndOneAndLinearIsMonotone() {
    qt().withExamples(300)
        .forAll(doubles().between(-100, 100), doubles().between(-100, 100), doubles().between(-200, 200), doubles().between(0, 50))
        .check((floor, target, x, step) -> {
          if (Double.compare(floor, target) == 0) {
            return true;
          }
          ScoringRule r = ScoringRule.linear(floor, target);
          double f = r.fraction(x);
          double g = r.fraction(target > floor ? x + step : x - step);
          return f >= 0 && f <= 1 && g >= f && r.fraction(target) == 1.0;
        });
  }

  /** Rebuilds a rule from what {@link ScoringRule#match} hands out. */
  private static final ScoringRule.Cases<ScoringRule> REBUILD = new ScoringRule.Cases<>() {
    @Override
    public ScoringRule linear(double floor, double target) {
      return ScoringRule.linear(floor, target);
    }

    @Override
    public ScoringRule atLeast(double target) {
      return ScoringRule.atLeast(target);
    }

    @Override
    public ScoringRule atMost(double target) {
      return ScoringRule.atMost(target);
    }

    @Override
    public ScoringRule banded(java.util.List<Band> bands) {
      return ScoringRule.banded(bands);
    }
  };

  @Test
  void match_handsOutKindAndParameters_thatRebuildAnEqualRule() {
    java.util.List<ScoringRule> rules = java.util.List.of(ScoringRule.linear(30, 10),
        ScoringRule.atLeast(6), ScoringRule.atMost(2.5),
        ScoringRule.banded(Band.of(1, 0.3), Band.of(2, 0.6), Band.of(4, 1)));
    for (ScoringRule r : rules) {
      ScoringRule again = r.match(REBUILD);
      assertEquals(r, again);
      assertEquals(r.describe(), again.describe());
    }
    assertEquals("at most 2.5", rules.get(2).match(REBUILD).describe());
  }
}
