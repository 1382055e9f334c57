package org.grassroots.governance.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.stream.Collectors;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ScenarioParametersTest {

  @Test
  void defaults_areValidAndDocumented() {
    ScenarioParameters p = ScenarioParameters.defaults();
    assertEquals(6, p.streets());
    assertEquals(IntRange.of(4, 10), p.communitiesPerStreet());
    assertEquals(1.0, p.categoryShares().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    assertEquals(DivisionCode.parse("110105000000"), p.district());
  }

  @Test
  void builder_reportsEveryViolationAtOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ScenarioParameters.builder()
        .district(DivisionCode.parse("110105001000"))
        .streets(0)
        .communitiesPerStreet(IntRange.of(1, 500))
        .demandsPerHousehold(-1)
        .urgentShare(1.5)
        .categoryShares(ImmutableMap.of(ServiceCategory.MEDICAL, 0.5))
        .build());
    List<String> paths = e.violations().stream().map(v -> v.path()).collect(Collectors.toList());
    assertTrue(paths.containsAll(List.of("district", "streets", "communitiesPerStreet",
        "demandsPerHousehold", "urgentShare", "categoryShares")), paths.toString());
    assertTrue(e.getMessage().contains("shares must sum to 1"), e.getMessage());
    assertTrue(e.getMessage().contains("must be a county-level division code"), e.getMessage());
  }

  @Test
  void withCopies_areCheckedToo() {
    ScenarioParameters p = ScenarioParameters.defaults();
    assertEquals(3, p.withStreets(3).streets());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> p.withStreets(100));
    assertEquals("streets", e.violations().get(0).path());
    assertThrows(InvalidValueException.class, () -> p.withDemandsPerHousehold(11));
    assertEquals(DivisionCode.parse("110101000000"),
        p.withDistrict(DivisionCode.parse("110101000000")).district());
    InvalidValueException street = assertThrows(InvalidValueException.class,
        () -> p.withDistrict(DivisionCode.parse("110101001000")));
    assertEquals("district", street.violations().get(0).path());
  }

  @Test
  void intRange_rejectsNegativeAndInverted() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IntRange.of(5, 4));
    assertEquals("min 5 must not exceed max 4", e.violations().get(0).rule());
    assertThrows(InvalidValueException.class, () -> IntRange.of(-1, 4));
    assertEquals(4.5, IntRange.of(4, 5).mean());
  }

  @Test
  void property_drawsStayInRange() {
    qt().withExamples(300).forAll(integers().between(0, 50), integers().between(0, 50), integers().all())
        .check((a, b, seed) -> {
          IntRange r = IntRange.of(Math.min(a, b), Math.max(a, b));
          int v = r.draw(new java.util.SplittableRandom(seed));
          return v >= r.min() && v <= r.max();
        });
  }

  @Test
  void scenario_rejectsBlankName() {
    assertThrows(InvalidValueException.class, () -> Scenario.of(" ", ScenarioParameters.defaults(), 1));
    assertEquals(7, Scenario.of("s", ScenarioParameters.defaults(), 1).withSeed(7).seed());
  }
}
