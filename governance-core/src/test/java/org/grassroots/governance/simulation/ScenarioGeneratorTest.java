package org.grassroots.governance.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.Resource;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {

  @Test
  void generate_isDeterministicForASeed() {
    Scenario s = Scenario.of("s", SimulationFixtures.small(), 42);
    GeneratedScenario a = ScenarioGenerator.generate(s);
    GeneratedScenario b = ScenarioGenerator.generate(s);
    assertEquals(a.problem().demands(), b.problem().demands());
    assertEquals(a.problem().resources(), b.problem().resources());
    assertEquals(a.grids(), b.grids());
    assertEquals(a.households(), b.households());
    GeneratedScenario c = ScenarioGenerator.generate(s.withSeed(43));
    assertNotEquals(a.problem().demands(), c.problem().demands());
  }

  @Test
  void generate_numbersEverythingUnderTheDistrict() {
    GeneratedScenario g = ScenarioGenerator.generate(Scenario.of("s", SimulationFixtures.small(), 7));
    DivisionCode district = g.scenario().parameters().district();
    assertEquals(2, g.streets().size());
    for (DivisionCode street : g.streets()) {
      assertEquals(DivisionLevel.TOWNSHIP, street.codeLevel());
      assertTrue(district.isPrefixOf(street));
    }
    for (DivisionCode community : g.communities()) {
      assertEquals(DivisionLevel.VILLAGE, community.codeLevel());
      assertTrue(g.streets().contains(community.truncatedTo(DivisionLevel.TOWNSHIP)));
    }
    Set<DivisionCode> communities = new HashSet<>(g.communities());
    for (Demand d : g.problem().demands()) {
      assertEquals(NodeCode.Kind.BUILDING, d.location().kind());
      assertTrue(communities.contains(d.location().community().orElseThrow()));
      assertTrue(d.quantity() >= 1);
    }
    for (Resource r : g.problem().resources()) {
      NodeCode at = r.location();
      assertTrue(at.toString().startsWith(district.toGbt2260()), at.toString());
    }
  }

  @Test
  void generate_changingDemandsKeepsStructureAndProviders() {
    Scenario s = Scenario.of("s", SimulationFixtures.small(), 5);
    GeneratedScenario base = ScenarioGenerator.generate(s);
    GeneratedScenario more = ScenarioGenerator.generate(
        Scenario.of("s", SimulationFixtures.small().withDemandsPerHousehold(0.9), 5));
    assertEquals(base.grids(), more.grids());
    assertEquals(base.households(), more.households());
    assertEquals(base.problem().resources(), more.problem().resources());
    assertTrue(more.problem().demands().size() > base.problem().demands().size());
  }

  @Test
  void generate_defaultDistrictHasARealisticSize() {
    GeneratedScenario g = ScenarioGenerator.generate(Scenario.of("d", ScenarioParameters.defaults(), 1));
    assertEquals(6, g.streets().size());
    assertTrue(g.households() > 20_000 && g.households() < 200_000, g.toString());
    double perHousehold = (double) g.problem().demands().size() / g.households();
    assertTrue(perHousehold > 0.05 && perHousehold < 0.12, g.toString());
    assertTrue(g.vulnerableHouseholds() > g.households() / 10, g.toString());
  }

  @Test
  void property_sizesStayInsideTheirRanges() {
    qt().withExamples(30).forAll(longs().all(), integers().between(1, 3)).check((seed, streets) -> {
      ScenarioParameters p = SimulationFixtures.small().withStreets(streets);
      GeneratedScenario g = ScenarioGenerator.generate(Scenario.of("p", p, seed));
      int communities = g.communities().size();
      int grids = g.grids().size();
      return g.streets().size() == streets
          && communities >= 2 * streets && communities <= 3 * streets
          && grids >= 2 * communities && grids <= 3 * communities
          && g.buildings() >= 2 * grids && g.buildings() <= 3 * grids
          && g.households() >= 10 * g.buildings() && g.households() <= 20 * g.buildings();
    });
  }

  @Test
  void poisson_hasTheRightMean() {
    SplittableRandom random = new SplittableRandom(3);
    long sum = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      sum += ScenarioGenerator.poisson(random, 0.3);
    }
    assertEquals(0.3, (double) sum / n, 0.01);
    assertEquals(0, ScenarioGenerator.poisson(random, 0));
  }

  @Test
  void scenario_serialisesBackEqual() throws Exception {
    Scenario s = Scenario.of("s", SimulationFixtures.small(), 9);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Scenario back = (Scenario) in.readObject();
      assertEquals(s, back);
      assertEquals(ScenarioGenerator.generate(s).problem().demands(),
          ScenarioGenerator.generate(back).problem().demands());
    }
  }
}
