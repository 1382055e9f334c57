package org.grassroots.governance.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

/** The builder's checks, the reader and the queries on small named fixtures. */
class GridHierarchyTest {
  static final String TABLE =
      "code,parent_code,level,name,urban_rural_code\n"
          + "110000000000,,1,北京市,\n"
          + "110100000000,110000000000,2,市辖区,\n"
          + "110101000000,110100000000,3,东城区,\n"
          + "110101001000,110101000000,4,东华门街道,\n"
          + "110101001001,110101001000,5,多福巷社区居委会,\n"
          + "110101001002,110101001000,5,银闸社区居委会,\n"
          + "440000000000,,1,广东省,\n"
          + "441900000000,440000000000,2,东莞市,\n"
          + "441900003000,441900000000,4,东城街道,\n"
          + "441900003001,441900003000,5,\"东城社区,居委会\",\n";

  static DivisionCode d(String s) {
    return DivisionCode.parse(s);
  }

  static NodeCode n(String s) {
    return NodeCode.parse(s);
  }

  static GridHierarchy.Builder fixture() {
    try {
      return DivisionTableReader.read(new StringReader(TABLE));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static GridHierarchy withGrids() {
    GridCode g1 = GridCode.of(d("110101001001"), 1);
    GridCode g2 = GridCode.of(d("110101001001"), 2);
    return fixture()
        .grid(g1, "一号院")
        .grid(g2)
        .buildings(g1, 3)
        .building(BuildingCode.of(g2, 7))
        .grids(d("441900003001"), 2)
        .build();
  }

  private static List<String> paths(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  private static String rule(InvalidValueException e, String path) {
    return e.violations().stream()
        .filter(v -> v.path().equals(path))
        .map(Violation::rule)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no violation at " + path + " in " + e.getMessage()));
  }

  @Test
  void read_quotedNamesAndEveryColumn() {
    GridHierarchy h = fixture().build();
    assertEquals(10, h.size());
    assertEquals(Optional.of("东城社区,居委会"), h.node(n("441900003001")).orElseThrow().name());
    assertEquals(Optional.of(n("441900000000")), h.parent(n("441900003000")));
  }

  @Test
  void read_reportsEveryBadRowWithItsLine() {
    String bad =
        "code,parent_code,level,name\n"
            + "110000000000,,1,北京市\n"
            + "11000000000X,,1,坏\n"
            + "110100000000,110000000000,3,市辖区\n"
            + "110101000000,110100000000,3,\n"
            + "110101001000,1101,4,街道\n"
            + "only,two\n"
            + "110101001001,110101001000,5,社区,999\n";
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> DivisionTableReader.read(new StringReader(bad)));
    assertEquals(
        List.of(
            "lines[3].code.divisionCode[11]",
            "lines[4].level",
            "lines[5].name",
            "lines[6].parent_code",
            "lines[7]",
            "lines[8].urban_rural_code"),
        paths(e));
    assertTrue(rule(e, "lines[4].level").contains("disagrees with the code 110100000000"));
  }

  @Test
  void read_rejectsAWrongHeaderAndAnEmptyTable() throws IOException {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> DivisionTableReader.read(new StringReader("id,parent,name\n")));
    assertEquals(List.of("lines[1]"), paths(e));
    assertThrows(InvalidValueException.class, () -> DivisionTableReader.read(new StringReader("")));
    GridHierarchy h =
        DivisionTableReader.read(
                new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)))
            .build();
    assertEquals(10, h.size());
  }

  @Test
  void build_reportsEveryViolationAtOnce() {
    GridCode g = GridCode.of(d("110101001001"), 1);
    GridCode other = GridCode.of(d("110101001002"), 1);
    GridHierarchy.Builder b =
        fixture()
            // divisions[10]: duplicate of divisions[1]
            .division(d("110100000000"), Optional.of(d("110000000000")), "重复")
            // divisions[11]: missing parent
            .division(d("120101000000"), Optional.of(d("120100000000")), "和平区")
            // divisions[12]: not deeper (a street under a street)
            .division(d("110101002000"), Optional.of(d("110101001000")), "景山街道")
            // divisions[13]: not under the parent's prefix
            .division(d("110102001000"), Optional.of(d("110101000000")), "西长安街街道")
            // divisions[14]: parent is not the nearest existing ancestor (110101000000 lies between)
            .division(d("110101003000"), Optional.of(d("110100000000")), "交道口街道")
            // divisions[15], [16]: a cycle (each also not deeper)
            .division(d("310101001000"), Optional.of(d("310101002000")), "甲")
            .division(d("310101002000"), Optional.of(d("310101001000")), "乙")
            .grid(g)
            // grids[1]: outside its community
            .node(NodeCode.of(GridCode.of(d("110101001001"), 9)), Optional.of(NodeCode.of(d("110101001002"))), Optional.empty())
            .grid(other)
            .building(BuildingCode.of(g, 1))
            // buildings[1]: the same building in a second grid
            .node(NodeCode.of(BuildingCode.of(g, 1)), Optional.of(NodeCode.of(other)), Optional.empty())
            // buildings[2]: its grid is missing
            .building(BuildingCode.of(GridCode.of(d("110101001002"), 5), 1));
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
    assertTrue(rule(e, "divisions[10].code").contains("duplicate code: already given at divisions[1]"));
    assertTrue(rule(e, "divisions[11].parent").contains("no such node 120100000000"));
    assertTrue(rule(e, "divisions[12].parent").contains("not deeper than its parent"));
    assertTrue(rule(e, "divisions[13].parent").contains("not under its parent's prefix 110101"));
    assertTrue(rule(e, "divisions[14].parent").contains("110101000000 lies between"));
    assertTrue(
        e.violations().stream().anyMatch(v -> v.rule().contains("cycle") && v.rule().contains("310101001000")),
        e.getMessage());
    assertTrue(
        rule(e, "grids[1].parent")
            .contains("grid 1101010010010009 lies outside community 110101001002"));
    assertTrue(rule(e, "buildings[1].parent").contains("is in two grids"));
    assertTrue(rule(e, "buildings[2].parent").contains("no such node 1101010010020005"));
    assertTrue(String.valueOf(e.getMessage()).contains("divisions[10].code"), e.getMessage());
  }

  @Test
  void build_rootWithAnExistingAncestor_isReported() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> fixture().division(d("110102000000"), Optional.empty(), "西城区").build());
    assertTrue(rule(e, "divisions[10].parent").contains("ancestor 110100000000 exists"));
  }

  @Test
  void build_nodeWithAWrongKindOfParent_isReported() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                fixture()
                    .node(n("1101010010010001"), Optional.of(n("110101001000")), Optional.empty())
                    .node(n("11010100100100010001"), Optional.of(n("110101001001")), Optional.empty())
                    .build());
    assertTrue(rule(e, "grids[0].parent").contains("a grid's parent is a community"));
    assertTrue(rule(e, "buildings[0].parent").contains("a building's parent is a grid"));
  }

  @Test
  void queries_onASmallHierarchy() {
    GridHierarchy h = withGrids();
    assertEquals(10 + 4 + 4, h.size());
    NodeCode g1 = n("1101010010010001");
    NodeCode b2 = n("11010100100100010002");
    assertEquals(List.of(n("110000000000"), n("440000000000")), h.roots());
    assertEquals(
        List.of(n("1101010010010001"), n("1101010010010002")), h.children(n("110101001001")));
    assertEquals(
        List.of(n("11010100100100010001"), b2, n("11010100100100010003")), h.children(g1));
    assertEquals(List.of(), h.children(b2));
    assertEquals(
        List.of(g1, n("110101001001"), n("110101001000"), n("110101000000"), n("110100000000"), n("110000000000")),
        h.ancestors(b2));
    assertEquals(Optional.of("一号院"), h.node(g1).orElseThrow().name());
    assertEquals(List.of(g1), h.findByName("一号院"));
    assertEquals(List.of(g1), h.findByName("一号院", n("110000000000")));
    assertEquals(List.of(), h.findByName("一号院", n("440000000000")));
    assertEquals(HierarchyLevel.BUILDING, h.level(b2));
    assertEquals(Optional.of(g1), h.lowestCommonAncestor(b2, n("11010100100100010003")));
    assertEquals(
        Optional.of(n("110101001001")), h.lowestCommonAncestor(b2, n("11010100100100020007")));
    assertEquals(4, h.distance(b2, n("11010100100100020007")).getAsInt());
    assertEquals(0, h.distance(b2, b2).getAsInt());
    assertEquals(5, h.countPerLevel(n("110101001001")).count(HierarchyLevel.BUILDING) + 1);
    assertEquals(2L, h.countPerLevel(n("441900000000")).count(HierarchyLevel.GRID));
    assertThrows(InvalidValueException.class, () -> h.parent(n("120000000000")));
    assertTrue(h.node(n("120000000000")).isEmpty());
  }

  @Test
  void serialization_roundTripsAndChecksAgain() throws Exception {
    GridHierarchy h = withGrids();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(h);
    }
    GridHierarchy back;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (GridHierarchy) in.readObject();
    }
    assertEquals(
        h.roots().stream().flatMap(h::subtree).map(c -> h.node(c).orElseThrow()).collect(Collectors.toList()),
        back.roots().stream().flatMap(back::subtree).map(c -> back.node(c).orElseThrow()).collect(Collectors.toList()));
    // a form whose community lies under the wrong province is refused on reading
    GridHierarchy.SerializedForm bad =
        new GridHierarchy.SerializedForm(
            new long[] {110000000000L, 120000000000L, 110101001001L},
            new long[] {0L, 0L, 120000000000L},
            new String[] {"北京市", "天津市", "社区"},
            new long[0],
            new String[0],
            new int[0],
            new short[0]);
    java.lang.reflect.Method resolve = GridHierarchy.SerializedForm.class.getDeclaredMethod("readResolve");
    resolve.setAccessible(true);
    java.lang.reflect.InvocationTargetException e =
        assertThrows(java.lang.reflect.InvocationTargetException.class, () -> resolve.invoke(bad));
    assertTrue(e.getCause() instanceof InvalidValueException);
  }

  @Test
  void attach_reportsEveryViolationAtOnce() {
    GridHierarchy h = withGrids();
    Attachment a =
        h.attach()
            .grid(GridCode.of(d("120101001001"), 1))
            .grid(GridCode.of(d("110101001001"), 1))
            .grid(GridCode.of(d("110101001002"), 1), "新网格")
            .grid(GridCode.of(d("110101001002"), 1))
            .building(BuildingCode.parse("11010100100100010002"))
            .building(BuildingCode.parse("11010100100200090001"))
            .building(BuildingCode.parse("11010100100200010001"))
            .building(BuildingCode.parse("11010100100200010001"));
    InvalidValueException e = assertThrows(InvalidValueException.class, a::build);
    assertEquals(
        List.of(
            "grids[0].parent",
            "grids[1].code",
            "grids[3].code",
            "buildings[0].code",
            "buildings[1].parent",
            "buildings[3].code"),
        paths(e));
    GridHierarchy ok =
        h.attach()
            .grid(GridCode.of(d("110101001002"), 1), "新网格")
            .building(BuildingCode.parse("11010100100200010001"))
            .building(BuildingCode.parse("11010100100100010009"))
            .build();
    assertEquals(h.size() + 3, ok.size());
    assertEquals(Optional.of("新网格"), ok.node(n("1101010010020001")).orElseThrow().name());
    assertEquals(4, ok.children(n("1101010010010001")).size());
    assertTrue(ok.sk == h.sk && ok.blocks[ok.sk.find(441900003001L)] == h.blocks[h.sk.find(441900003001L)]);
  }

  @Test
  void gridsWithBuildings_addsGridsAndTheirBuildingsInBulk() {
    GridHierarchy h = fixture().gridsWithBuildings(d("110101001002"), 2, 0, 3).build();
    assertEquals(10 + 3 + 5, h.size());
    assertEquals(
        List.of(n("1101010010020001"), n("1101010010020002"), n("1101010010020003")),
        h.children(n("110101001002")));
    assertEquals(3, h.children(n("1101010010020003")).size());
    assertThrows(InvalidValueException.class, () -> fixture().gridsWithBuildings(d("110101001002"), 10_000));
  }

  @Test
  void rollUpAndEscalation_followTheTree() {
    GridHierarchy h = withGrids();
    RollUp residents =
        h.rollUp(c -> c.kind() == NodeCode.Kind.BUILDING ? 10.0 : 0.0);
    assertEquals(40.0, residents.total(n("110000000000")));
    assertEquals(30.0, residents.total(n("1101010010010001")));
    assertEquals(0.0, residents.total(n("440000000000")));
    assertEquals(
        Optional.of(n("110101001000")),
        h.escalate(n("11010100100100010002"), c -> h.level(c) == HierarchyLevel.STREET));
    assertEquals(
        Optional.of(n("11010100100100010002")),
        h.escalate(n("11010100100100010002"), c -> true));
    assertEquals(Optional.empty(), h.escalate(n("11010100100100010002"), c -> false));
    NodePositions pos = h.positions();
    int b = pos.positionOf(n("11010100100100010002")).getAsInt();
    assertEquals(
        pos.positionOf(n("110101000000")).getAsInt(),
        pos.escalate(b, p -> pos.level(p) == HierarchyLevel.COUNTY));
    assertThrows(IllegalArgumentException.class, () -> pos.rollUp(new double[1]));
  }

  @Test
  void mergeCommunities_movesGridsAndMapsEveryCode() {
    GridHierarchy h = withGrids();
    Restructured r = h.mergeCommunities(d("110101001002"), List.of(d("110101001001")));
    GridHierarchy m = r.hierarchy();
    assertEquals(h.size() - 1, m.size());
    assertEquals(n("110101001002"), r.map(n("110101001001")));
    assertEquals(n("1101010010020001"), r.map(n("1101010010010001")));
    assertEquals(n("11010100100200020007"), r.map(n("11010100100100020007")));
    assertEquals(n("440000000000"), r.map(n("440000000000")));
    assertEquals(Optional.of("一号院"), m.node(n("1101010010020001")).orElseThrow().name());
    assertEquals(4 + 2 + 1, r.mapping().size());
    RandomTrees.assertInvariants(m);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> h.mergeCommunities(d("110101001000"), List.of(d("110101001002"), d("110101001002"))));
    assertTrue(String.valueOf(e.getMessage()).contains("must be a community"), e.getMessage());
  }

  @Test
  void splitCommunity_createsSiblingsUnderTheSameStreet() {
    GridHierarchy h = withGrids();
    GridCode g2 = GridCode.of(d("110101001001"), 2);
    Restructured r =
        h.splitCommunity(d("110101001001"), Map.of(g2, d("110101001003")), Map.of(d("110101001003"), "新社区"));
    GridHierarchy s = r.hierarchy();
    assertEquals(h.size() + 1, s.size());
    assertEquals(Optional.of(n("110101001000")), s.parent(n("110101001003")));
    assertEquals(n("1101010010030001"), r.map(NodeCode.of(g2)));
    assertEquals(n("11010100100300010007"), r.map(n("11010100100100020007")));
    assertEquals(Optional.of("新社区"), s.node(n("110101001003")).orElseThrow().name());
    RandomTrees.assertInvariants(s);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                h.splitCommunity(
                    d("110101001001"),
                    Map.of(g2, d("110101002001"), GridCode.of(d("110101001001"), 9), d("110101001003")),
                    Map.of()));
    assertTrue(String.valueOf(e.getMessage()).contains("must lie under the same parent 110101001000"), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains("is not a grid of community"), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains("needs a name"), e.getMessage());
  }

  @Test
  void moveBuilding_takesTheNextSequenceNumberAndSharesOtherBlocks() {
    GridHierarchy h = withGrids();
    BuildingCode b = BuildingCode.parse("11010100100100010002");
    GridCode target = GridCode.of(d("441900003001"), 2);
    Restructured r = h.moveBuilding(b, target);
    assertEquals(Map.of(NodeCode.of(b), n("44190000300100020001")), r.mapping());
    GridHierarchy m = r.hierarchy();
    assertEquals(h.size(), m.size());
    assertEquals(Optional.of(NodeCode.of(target)), m.parent(n("44190000300100020001")));
    assertTrue(!m.contains(NodeCode.of(b)));
    assertTrue(m.sk == h.sk, "a move shares the division skeleton");
    RandomTrees.assertInvariants(m);
    assertThrows(InvalidValueException.class, () -> h.moveBuilding(b, b.grid()));
  }
}
