package org.grassroots.governance.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.grassroots.governance.grid.DivisionTableReader;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.HierarchyLevel;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.testing.SharedData;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Scenarios on the real streets and communities of a loaded division table. */
class ScenarioGeneratorRealLayoutTest {

  private static DivisionCode code(String digits) {
    return DivisionCode.parse(digits);
  }

  /** Beijing, Chaoyang, three streets: two communities, none, one. */
  private static GridHierarchy smallTable() {
    return GridHierarchy.builder()
        .division(code("110000000000"), Optional.empty(), "北京市")
        .division(code("110100000000"), Optional.of(code("110000000000")), "市辖区")
        .division(code("110105000000"), Optional.of(code("110100000000")), "朝阳区")
        .division(code("110105001000"), Optional.of(code("110105000000")), "建外街道")
        .division(code("110105002000"), Optional.of(code("110105000000")), "朝外街道")
        .division(code("110105003000"), Optional.of(code("110105000000")), "呼家楼街道")
        .division(code("110105003001"), Optional.of(code("110105003000")), "甲社区")
        .division(code("110105001002"), Optional.of(code("110105001000")), "乙社区")
        .division(code("110105001001"), Optional.of(code("110105001000")), "丙社区")
        .build();
  }

  private static Scenario scenario(String district, long seed) {
    return Scenario.of("real", SimulationFixtures.small(code(district)), seed);
  }

  @Test
  void generate_usesTheRealStreetsAndCommunitiesInCodeOrder() {
    GeneratedScenario g = ScenarioGenerator.generate(scenario("110105000000", 3), smallTable());
    assertEquals(List.of(code("110105001000"), code("110105003000")), g.streets());
    assertEquals(
        List.of(code("110105001001"), code("110105001002"), code("110105003001")), g.communities());
    for (Demand d : g.problem().demands()) {
      assertTrue(g.communities().contains(d.location().community().orElseThrow()));
    }
    assertTrue(g.grids().stream().allMatch(grid -> g.communities().contains(grid.community())));
  }

  @Test
  void generate_onTheRealLayoutIsDeterministic() {
    GeneratedScenario a = ScenarioGenerator.generate(scenario("110105000000", 9), smallTable());
    GeneratedScenario b = ScenarioGenerator.generate(scenario("110105000000", 9), smallTable());
    assertEquals(a.problem(), b.problem());
    assertEquals(a.grids(), b.grids());
  }

  @Test
  void generate_refusesADistrictMissingFromTheTable() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ScenarioGenerator.generate(scenario("110106000000", 1), smallTable()));
    assertEquals("parameters.district", e.violations().get(0).path());
    assertEquals(Messages.DISTRICT_NOT_IN_TABLE, e.violations().get(0).rule());
  }

  @Test
  void generate_refusesADistrictWithoutCommunities() {
    GridHierarchy onlyStreets = GridHierarchy.builder()
        .division(code("110000000000"), Optional.empty(), "北京市")
        .division(code("110100000000"), Optional.of(code("110000000000")), "市辖区")
        .division(code("110105000000"), Optional.of(code("110100000000")), "朝阳区")
        .division(code("110105001000"), Optional.of(code("110105000000")), "建外街道")
        .build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ScenarioGenerator.generate(scenario("110105000000", 1), onlyStreets));
    assertEquals(Messages.DISTRICT_WITHOUT_COMMUNITIES, e.violations().get(0).rule());
  }

  @Test
  void generate_onTheNationalTableHasTheRealCountsPerStreet() throws IOException {
    Optional<Path> file = SharedData.divisions2021();
    Assumptions.assumeTrue(file.isPresent(), SharedData.SKIPPED);
    GridHierarchy national;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file.get()))) {
      national = DivisionTableReader.read(in).build();
    }
    // 东城区 (Dongcheng, Beijing): real streets, each with its real communities
    DivisionCode dongcheng = code("110101000000");
    List<DivisionCode> expectedStreets = new ArrayList<>();
    int expectedCommunities = 0;
    for (NodeCode street : national.children(NodeCode.of(dongcheng))) {
      long n = national.children(street).stream()
          .filter(c -> national.level(c) == HierarchyLevel.COMMUNITY).count();
      if (national.level(street) == HierarchyLevel.STREET && n > 0) {
        expectedStreets.add(street.division().orElseThrow());
        expectedCommunities += (int) n;
      }
    }
    ScenarioParameters p = SimulationFixtures.small(dongcheng);
    GeneratedScenario g = ScenarioGenerator.generate(Scenario.of("dongcheng", p, 5), national);
    assertTrue(expectedStreets.size() > 10, "Dongcheng has 17 streets");
    assertEquals(expectedStreets.size(), g.streets().size());
    assertTrue(g.streets().containsAll(expectedStreets));
    assertEquals(expectedCommunities, g.communities().size());
    for (DivisionCode c : g.communities()) {
      assertTrue(national.contains(NodeCode.of(c)));
    }
  }
}
