package org.grassroots.governance.grid;

import static org.grassroots.governance.grid.GridHierarchyTest.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

/** The public factories of the grid's report values: {@link LevelCounts#of}, {@link Restructured#of}. */
class ReportValuesTest {
  private static final GridHierarchy H = GridHierarchyTest.withGrids();

  private static List<String> paths(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  @Test
  void levelCountsOf_rebuildsWhatTheHierarchyCounts() {
    LevelCounts c = H.countPerLevel();
    assertEquals(c, LevelCounts.of(c.asMap()));
    assertEquals(c.total(), LevelCounts.of(c.asMap()).total());
  }

  @Test
  void levelCountsOf_leftOutLevelCountsZero() {
    LevelCounts c = LevelCounts.of(Map.of(HierarchyLevel.STREET, 36L));
    assertEquals(36, c.count(HierarchyLevel.STREET));
    assertEquals(0, c.count(HierarchyLevel.COUNTY));
  }

  @Test
  void levelCountsOf_refusesNegativeCounts_allAtOnce() {
    Map<HierarchyLevel, Long> m = new EnumMap<>(HierarchyLevel.class);
    m.put(HierarchyLevel.GRID, -1L);
    m.put(HierarchyLevel.CITY, -2L);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LevelCounts.of(m));
    assertEquals(List.of("CITY", "GRID"), paths(e));
    assertTrue(e.getMessage().contains(Messages.COUNT_NEGATIVE), e.getMessage());
  }

  @Test
  void restructuredOf_rebuildsAMerge() {
    Restructured r = H.mergeCommunities(DivisionCode.parse("110101001002"),
        List.of(DivisionCode.parse("110101001001")));
    Restructured back = Restructured.of(r.hierarchy(), r.mapping());
    assertEquals(r.mapping(), back.mapping());
    assertEquals(List.copyOf(r.mapping().keySet()),
        r.mapping().keySet().stream().sorted().collect(Collectors.toList()));
    assertEquals(r.map(n("1101010010010001")), back.map(n("1101010010010001")));
  }

  @Test
  void restructuredOf_refusesUnchangedOtherKindAndAbsentCodes() {
    NodeCode grid = n("1101010010010001");
    NodeCode absent = n("1101010010019999");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Restructured.of(H,
        Map.of(grid, grid, n("110101001002"), grid, n("4419000030010001"), absent)));
    assertEquals(List.of("mapping[1101010010010001]", "mapping[110101001002]",
        "mapping[4419000030010001]"), paths(e)); // old-code (text) order
    assertTrue(e.getMessage().contains(Messages.MAPPING_UNCHANGED), e.getMessage());
    assertTrue(e.getMessage().contains("must be a DIVISION code"), e.getMessage());
    assertTrue(e.getMessage().contains("is not in this hierarchy"), e.getMessage());
  }

  @Test
  void fusionResult_keepsItsLayers() {
    GridLayer a = GridLayer.of("党建网格", Map.of(org.grassroots.governance.id.BuildingCode.parse(
        "11010100100100010001"), org.grassroots.governance.id.GridCode.parse("1101010010010001")));
    GridLayer b = GridLayer.of("综治网格", a.gridOf());
    assertEquals(List.of(a, b), GridFusion.fuse(List.of(a, b)).layers());
  }
}
