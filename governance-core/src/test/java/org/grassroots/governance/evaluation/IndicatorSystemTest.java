package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IndicatorSystemTest {

  static Indicator indicator(String id, Section section, double weight) {
    return Indicator.builder().id(IndicatorId.of(id)).section(section).name(id)
        .measure(MeasureId.of("m." + id)).unit("1").rule(ScoringRule.linear(0, 1)).weight(weight).build();
  }

  static boolean normalised(IndicatorSystem s) {
    double sum = s.sectionWeights().values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 1) > 1e-9) {
      return false;
    }
    for (Section section : s.sectionWeights().keySet()) {
      double within = s.indicatorsOf(section).stream().mapToDouble(Indicator::weight).sum();
      if (Math.abs(within - 1) > 1e-9) {
        return false;
      }
    }
    double points = s.indicators().stream().mapToDouble(s::pointsOf).sum();
    return Math.abs(points - 100) < 1e-6;
  }

  @Test
  void communityStandard_hasFourSectionsAndNormalisedWeights() {
    IndicatorSystem s = DefaultIndicatorSystems.communityStandard();
    assertEquals(List.of(Section.values()), new ArrayList<>(s.sectionWeights().keySet()));
    assertEquals(0.3, s.sectionWeight(Section.PARTY_BUILDING), 1e-12);
    assertEquals(14, s.indicators().size());
    assertTrue(normalised(s));
    for (Section section : Section.values()) {
      assertFalse(s.indicatorsOf(section).isEmpty(), section.name());
    }
    assertTrue(s.indicators().stream().allMatch(i -> i.source().isPresent()));
    // every measure of the default system is either filled by the library or named for the caller
    assertTrue(s.indicators().stream().allMatch(i -> StandardMeasures.LIBRARY_FILLED.contains(i.measure())
        || StandardMeasures.CALLER_SUPPLIED.contains(i.measure())));
    assertTrue(s.indicators().stream().anyMatch(i -> i.measure().equals(StandardMeasures.DELIBERATIONS_COMPLETED)));
  }

  @Test
  void builder_rejectsWeightsThatDoNotSumToOne() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorSystem.builder()
        .name("x")
        .putSectionWeights(Section.SERVICE, 0.7)
        .putSectionWeights(Section.MANAGEMENT, 0.2)
        .addIndicators(indicator("a", Section.SERVICE, 0.5), indicator("b", Section.SERVICE, 0.4),
            indicator("c", Section.MANAGEMENT, 1))
        .build());
    assertTrue(e.getMessage().contains("section weights must sum to 1, sum to 0.8999999999999999"), e.getMessage());
    assertTrue(e.getMessage().contains("indicator weights of section SERVICE must sum to 1, sum to 0.9"), e.getMessage());
  }

  @Test
  void builder_rejectsSectionsWithoutIndicatorsOrWeightsAndDuplicateIds() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorSystem.builder()
        .name("x")
        .putSectionWeights(Section.SERVICE, 0.5)
        .putSectionWeights(Section.MANAGEMENT, 0.5)
        .addIndicators(indicator("a", Section.SERVICE, 0.5), indicator("a", Section.SERVICE, 0.5),
            indicator("c", Section.PARTY_BUILDING, 1))
        .build());
    String m = e.getMessage();
    assertTrue(m.contains("indicator id a appears more than once"), m);
    assertTrue(m.contains("section PARTY_BUILDING of indicator c has no section weight"), m);
    assertTrue(m.contains("section MANAGEMENT has a weight but no indicator"), m);
  }

  @Test
  void edits_rescaleAndKeepProportions() {
    IndicatorSystem s = DefaultIndicatorSystems.communityStandard().withSectionWeight(Section.SERVICE, 0.4);
    assertEquals(0.4, s.sectionWeight(Section.SERVICE), 1e-12);
    assertEquals(0.3 / 0.7 * 0.6, s.sectionWeight(Section.PARTY_BUILDING), 1e-12);
    assertTrue(normalised(s));
    IndicatorSystem fewer = s.withoutIndicator(IndicatorId.of("management.emergencyDrills"));
    assertEquals(13, fewer.indicators().size());
    assertEquals(0.35 / 0.8, fewer.indicator(IndicatorId.of("management.workers")).orElseThrow().weight(), 1e-12);
    assertTrue(normalised(fewer));
    IndicatorSystem nine = fewer.withIndicator(fewer.indicator(IndicatorId.of("management.workers")).orElseThrow()
        .withRule(ScoringRule.atLeast(9)));
    assertEquals(9.0, nine.indicator(IndicatorId.of("management.workers")).orElseThrow().target());
    assertEquals(13, nine.indicators().size());
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> nine.withoutIndicator(IndicatorId.of("nope")));
    assertTrue(unknown.getMessage().contains("no indicator nope in system"), unknown.getMessage());
  }

  @Test
  void withoutIndicator_lastOfASection_dropsTheSection() {
    IndicatorSystem s = IndicatorSystem.normalising("x", Map.of(Section.SERVICE, 1.0, Section.MANAGEMENT, 3.0),
        List.of(indicator("a", Section.SERVICE, 2), indicator("b", Section.MANAGEMENT, 5)));
    assertEquals(0.25, s.sectionWeight(Section.SERVICE), 1e-12);
    IndicatorSystem t = s.withoutIndicator(IndicatorId.of("a"));
    assertEquals(Map.of(Section.MANAGEMENT, 1.0), t.sectionWeights());
    assertEquals(1.0, t.indicators().get(0).weight());
  }

  private static Gen<double[]> rawWeights(int n) {
    return lists().of(doubles().between(0.001, 1000)).ofSize(n).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void property_weightsAreAlwaysNormalised() {
    // raw weights for 4 sections and 8 indicators with random sections, then random edits
    qt().withExamples(150)
        .forAll(rawWeights(4), rawWeights(8), lists().of(integers().between(0, 3)).ofSize(8),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 6))
        .check((sw, iw, sections, edits) -> {
          Map<Section, Double> sectionWeights = new EnumMap<>(Section.class);
          List<Indicator> indicators = new ArrayList<>();
          for (int i = 0; i < 8; i++) {
            Section s = Section.values()[sections.get(i)];
            sectionWeights.put(s, sw[s.ordinal()]);
            indicators.add(indicator("i" + i, s, iw[i]));
          }
          IndicatorSystem system = IndicatorSystem.normalising("p", sectionWeights, indicators);
          if (!normalised(system)) {
            return false;
          }
          for (int e : edits) {
            List<Indicator> current = system.indicators();
            Indicator target = current.get(e % current.size());
            int kind = e % 3;
            if (kind == 0 && current.size() > 1) {
              system = system.withoutIndicator(target.id());
            } else if (kind == 1) {
              system = system.withIndicator(target.withWeight(1 + e));
            } else if (kind == 2 && system.sectionWeights().size() > 1) {
              system = system.withSectionWeight(target.section(), (e % 99 + 1) / 100.0);
            }
            if (!normalised(system)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void serialisation_roundTripsAndRechecks() throws Exception {
    IndicatorSystem s = DefaultIndicatorSystems.communityStandard();
    assertEquals(s, roundTrip(s));
    Measurements m = Measurements.builder().put(StandardMeasures.LEGAL_ADVISERS,
        org.grassroots.governance.id.DivisionCode.parse("440304003001"), 1).build();
    assertEquals(m, roundTrip(m));
  }

  static Object roundTrip(Serializable value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
