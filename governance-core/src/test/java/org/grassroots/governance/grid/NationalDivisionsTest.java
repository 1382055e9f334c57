package org.grassroots.governance.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.testing.SharedData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every edge case of the shared national table's README, on the real file (loaded once). */
class NationalDivisionsTest {
  private static @Nullable GridHierarchy national;

  @BeforeAll
  static void load() throws IOException {
    Optional<Path> file = SharedData.divisions2021();
    if (file.isPresent()) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file.get()))) {
        national = DivisionTableReader.read(in).build();
      }
    }
  }

  private static GridHierarchy h() {
    Assumptions.assumeTrue(national != null, SharedData.SKIPPED);
    return java.util.Objects.requireNonNull(national);
  }

  private static NodeCode c(String code) {
    return NodeCode.parse(code);
  }

  private static HierarchyNode node(String code) {
    return h().node(c(code)).orElseThrow();
  }

  @Test
  void countPerLevel_matchesTheTable() {
    Map<HierarchyLevel, Long> expected = new EnumMap<>(HierarchyLevel.class);
    expected.put(HierarchyLevel.PROVINCE, 31L);
    expected.put(HierarchyLevel.CITY, 342L);
    expected.put(HierarchyLevel.COUNTY, 3267L);
    expected.put(HierarchyLevel.STREET, 41_355L);
    expected.put(HierarchyLevel.COMMUNITY, 618_133L);
    expected.put(HierarchyLevel.GRID, 0L);
    expected.put(HierarchyLevel.BUILDING, 0L);
    assertEquals(expected, h().countPerLevel().asMap());
    assertEquals(663_128, h().size());
    assertEquals(31, h().roots().size());
  }

  @Test
  void dongguanZhongshanDanzhou_townsHangDirectlyUnderTheCity() {
    int[] towns = {36, 23, 18};
    String[] cities = {"441900000000", "442000000000", "460400000000"};
    for (int i = 0; i < 3; i++) {
      List<NodeCode> children = h().children(c(cities[i]));
      assertEquals(towns[i], children.size(), cities[i]);
      for (NodeCode t : children) {
        assertEquals(HierarchyLevel.STREET, h().level(t));
        assertEquals(Optional.of(c(cities[i])), h().parent(t));
      }
    }
    HierarchyNode town = node("441900003000");
    assertEquals(HierarchyLevel.STREET, town.level());
    assertEquals(Optional.of(c("441900000000")), town.parent());
    assertEquals(List.of(c("440000000000"), c("441900000000"), c("441900003000")), h().pathFromRoot(c("441900003000")));
    assertEquals(2, town.depth(), "province 0, city 1, town 2: no county level in between");
  }

  @Test
  void municipalities_havePlaceholderCityRows() {
    for (String code : List.of("110100000000", "120100000000", "310100000000", "500100000000", "500200000000")) {
      HierarchyNode n = node(code);
      assertEquals(HierarchyLevel.CITY, n.level(), code);
      assertEquals(NodeKind.PLACEHOLDER, n.kind(), code);
      assertEquals(Optional.of(c(code.substring(0, 2) + "0000000000")), n.parent());
      assertTrue(!h().children(c(code)).isEmpty(), code);
    }
    assertEquals(Optional.of("县"), node("500200000000").name());
    assertEquals(Optional.of(c("110100000000")), h().parent(c("110101000000")));
  }

  @Test
  void provinceAdministeredCounties_hangUnderThePlaceholderGroup() {
    for (String code : List.of("419000000000", "429000000000", "469000000000", "659000000000")) {
      assertEquals(NodeKind.PLACEHOLDER, node(code).kind(), code);
      assertEquals(HierarchyLevel.CITY, node(code).level());
    }
    assertEquals(Optional.of("济源市"), node("419001000000").name());
    assertEquals(Optional.of(c("419000000000")), node("419001000000").parent());
    assertEquals(Optional.of(c("429000000000")), node("429004000000").parent());
    assertEquals(NodeKind.REGULAR, node("429004000000").kind());
    int counties = 0;
    for (String code : List.of("419000000000", "429000000000", "469000000000", "659000000000")) {
      counties += h().children(c(code)).size();
    }
    assertEquals(31, counties);
  }

  @Test
  void kinmen_isAChildlessCounty() {
    HierarchyNode kinmen = node("350527000000");
    assertEquals(Optional.of("金门县"), kinmen.name());
    assertEquals(HierarchyLevel.COUNTY, kinmen.level());
    assertEquals(Optional.of(c("350500000000")), kinmen.parent());
    assertTrue(h().children(c("350527000000")).isEmpty());
  }

  @Test
  void jiayuguanDistrictPlaceholder_hasFiveTowns_otherDistrictPlaceholdersAreEmpty() {
    HierarchyNode jyg = node("620201000000");
    assertEquals(NodeKind.PLACEHOLDER, jyg.kind());
    assertEquals(HierarchyLevel.COUNTY, jyg.level());
    assertEquals(5, h().children(c("620201000000")).size());
    for (String code : List.of("130101000000", "130201000000", "130301000000")) {
      assertEquals(NodeKind.PLACEHOLDER, node(code).kind());
      assertTrue(h().children(c(code)).isEmpty(), code);
    }
    NodePositions pos = h().positions();
    int emptyPlaceholders = 0;
    for (int p = 0; p < pos.size(); p++) {
      if (pos.levelOrdinal(p) == HierarchyLevel.COUNTY.ordinal() && pos.subtreeEnd(p) == p + 1) {
        HierarchyNode n = h().node(pos.codeAt(p)).orElseThrow();
        if (n.name().orElseThrow().equals("市辖区")) {
          emptyPlaceholders++;
        }
      }
    }
    assertEquals(280, emptyPlaceholders);
  }

  @Test
  void kinds_areCountedAsTheReadmeCountsThem() {
    NodePositions pos = h().positions();
    int zones = 0;
    int virtual = 0;
    int xpcc = 0;
    for (int p = 0; p < pos.size(); p++) {
      NodeCode code = pos.codeAt(p);
      HierarchyNode n = h().node(code).orElseThrow();
      DivisionCode d = code.division().orElseThrow();
      if (n.level() == HierarchyLevel.COUNTY && d.isFunctionalZone()) {
        zones++;
        assertEquals(NodeKind.FUNCTIONAL_ZONE, n.kind(), code.toString());
      }
      if (n.kind() == NodeKind.VIRTUAL_COMMUNITY) {
        virtual++;
        assertTrue(d.villageSegment() == 498 || d.villageSegment() == 598, code.toString());
      }
      if (n.kind() == NodeKind.XPCC_UNIT) {
        xpcc++;
      }
    }
    assertEquals(137, zones);
    assertEquals(1501, virtual);
    // the rule: a name containing 兵团 (105 townships and one village). The README's 1361 counts
    // more widely; the subtrees of these 106 rows hold 1450 rows.
    assertEquals(106, xpcc);
    assertEquals(NodeKind.XPCC_UNIT, node("650103501000").kind());
    assertEquals(NodeKind.FUNCTIONAL_ZONE, node("110115403000").kind());
    assertEquals(NodeKind.VIRTUAL_COMMUNITY, node("110112009498").kind());
  }

  @Test
  void findByName_returnsEveryPlaceWithTheName() {
    assertEquals(95, h().findByName("城关镇").size());
    assertEquals(50, h().findByName("太平镇").size());
    assertEquals(4, h().findByName("鼓楼区").size());
    assertEquals(320, h().findByName("和平村委会").size());
    for (NodeCode t : h().findByName("城关镇")) {
      assertEquals(HierarchyLevel.STREET, h().level(t));
    }
    NodeCode fujian = c("350000000000");
    List<NodeCode> inFujian = h().findByName("鼓楼区", fujian);
    assertEquals(1, inFujian.size());
    assertEquals(Optional.of(fujian), h().ancestors(inFujian.get(0)).reverse().stream().findFirst());
    assertTrue(h().findByName("no such place").isEmpty());
  }

  @Test
  void oddNames_areKeptAsPublished() {
    assertEquals(node("430471000000").name(), node("430471401000").name());
    assertEquals(Optional.of(c("430471000000")), node("430471401000").parent());
    assertEquals(Optional.of("莫𡐓村委会"), node("420602006207").name());
    assertEquals(Optional.of("?水街道"), node("522626001000").name());
    assertEquals(Optional.of("小（氵甸）村委会"), node("120115106201").name());
    assertEquals(1, h().findByName("那𡌶村委会").size());
  }

  @Test
  void largestFanOut_isAsPublished() {
    assertEquals(168, h().children(c("370704008000")).size());
    assertEquals(52, h().children(c("500101000000")).size());
  }

  @Test
  void lowestCommonAncestorAndDistance_onTheNation() {
    // two Dongguan towns: their city; a Dongguan town and a Beijing street: none
    NodeCode town = c("441900003000");
    List<NodeCode> towns = h().children(c("441900000000"));
    NodeCode other = towns.get(towns.size() - 1);
    assertEquals(Optional.of(c("441900000000")), h().lowestCommonAncestor(town, other));
    assertEquals(2, h().distance(town, other).getAsInt());
    assertEquals(Optional.empty(), h().lowestCommonAncestor(town, c("110101001000")));
    assertTrue(h().distance(town, c("110101001000")).isEmpty());
    // a village in Dongguan and a village in Guangzhou meet at Guangdong
    NodeCode village = h().children(town).get(0);
    NodeCode gz = h().children(c("440103001000")).get(0);
    assertEquals(Optional.of(c("440000000000")), h().lowestCommonAncestor(village, gz));
    assertEquals(2 + 5, h().distance(village, gz).getAsInt());
  }

  @Test
  void subtree_streamsLazilyInCodeOrder() {
    NodeCode dongguan = c("441900000000");
    List<NodeCode> sub = h().subtree(dongguan).collect(java.util.stream.Collectors.toList());
    LevelCounts counts = h().countPerLevel(dongguan);
    assertEquals(counts.total(), sub.size());
    assertEquals(dongguan, sub.get(0));
    for (int i = 1; i < sub.size(); i++) {
      assertTrue(sub.get(i - 1).compareTo(sub.get(i)) < 0);
    }
    assertEquals(36L, counts.count(HierarchyLevel.STREET));
    assertEquals(0L, counts.count(HierarchyLevel.COUNTY));
    assertEquals(2, h().subtree(c("110000000000")).limit(2).count());
  }

  @Test
  void gridsAndBuildings_attachToRealCommunities() throws IOException {
    Optional<Path> file = SharedData.divisions2021();
    Assumptions.assumeTrue(file.isPresent(), SharedData.SKIPPED);
    GridHierarchy.Builder b;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file.get()))) {
      b = DivisionTableReader.read(in);
    }
    DivisionCode community = DivisionCode.parse("441900003001");
    org.grassroots.governance.id.GridCode grid = org.grassroots.governance.id.GridCode.of(community, 3);
    GridHierarchy g = b.grids(community, 4).buildings(grid, 10).build();
    assertEquals(663_128 + 4 + 10, g.size());
    NodeCode building = NodeCode.parse(grid + "0007");
    assertEquals(
        List.of(c("440000000000"), c("441900000000"), c("441900003000"), c("441900003001"), NodeCode.of(grid), building),
        g.pathFromRoot(building));
    assertEquals(Optional.of(c("441900003000")), g.escalate(building, n -> g.level(n) == HierarchyLevel.STREET));
  }

  @Test
  void edition2016_itsUpstreamDefectIsReportedAtItsLine() throws IOException {
    Optional<Path> file = SharedData.divisions2016WithUrbanRural();
    Assumptions.assumeTrue(file.isPresent(), SharedData.SKIPPED);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file.get()))) {
      org.grassroots.governance.validation.InvalidValueException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              org.grassroots.governance.validation.InvalidValueException.class,
              () -> DivisionTableReader.read(in));
      // 653130103001 三岔口镇: a township row carrying a village-shaped code
      assertEquals(1, e.violations().size(), e.getMessage());
      assertEquals("lines[706538].level", e.violations().get(0).path());
      assertTrue(e.violations().get(0).rule().contains("653130103001"));
    }
  }
}
