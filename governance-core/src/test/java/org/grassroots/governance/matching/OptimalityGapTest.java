package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@link OptimalityGap#of}: the ranges a gap can take. */
class OptimalityGapTest {
  private static List<String> paths(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  @Test
  void of_acceptsEveryReachableGap() {
    qt().withExamples(200)
        .forAll(SourceDSL.doubles().between(-1e6, 1.0), SourceDSL.doubles().between(-1.0, 1e6))
        .checkAssert((w, c) -> {
          OptimalityGap g = OptimalityGap.of(w, c);
          assertEquals(w, g.weightedServedGap());
          assertEquals(c, g.costGap());
        });
    assertEquals(Double.POSITIVE_INFINITY, OptimalityGap.of(0, Double.POSITIVE_INFINITY).costGap());
  }

  @Test
  void of_refusesOutOfRange_allAtOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OptimalityGap.of(1.5, -2));
    assertEquals(List.of("weightedServedGap", "costGap"), paths(e));
    assertEquals(List.of("weightedServedGap", "costGap"), paths(assertThrows(
        InvalidValueException.class, () -> OptimalityGap.of(Double.NaN, Double.NaN))));
    assertEquals(List.of("weightedServedGap"), paths(assertThrows(
        InvalidValueException.class, () -> OptimalityGap.of(Double.NEGATIVE_INFINITY, 0))));
  }
}
