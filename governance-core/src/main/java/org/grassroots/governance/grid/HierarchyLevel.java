package org.grassroots.governance.grid;

import org.grassroots.governance.id.DivisionLevel;

/**
 * The level of a node in the grid hierarchy (层级), top down. A child is always at a deeper level
 * than its parent, but a level may be skipped: the towns of Dongguan (东莞) hang directly under
 * the city.
 *
 * <pre>{@code
 * HierarchyLevel.of(DivisionLevel.TOWNSHIP); // STREET
 * }</pre>
 */
public enum HierarchyLevel {
  /** 省级 (province, autonomous region, municipality). */
  PROVINCE,
  /** 地级 (city, prefecture, league). */
  CITY,
  /** 县级 (county, district, banner). */
  COUNTY,
  /** 乡级 (street sub-district, town, township): 街道 / 乡镇. */
  STREET,
  /** 村级 (community or village): 社区 / 村. */
  COMMUNITY,
  /** 网格 / 小区 (grid or residential compound). */
  GRID,
  /** 楼栋 (building). */
  BUILDING;

  private static final HierarchyLevel[] VALUES = values();

  /**
   * The hierarchy level of a statistical division level.
   *
   * @param level the division level
   * @return PROVINCE to COMMUNITY
   */
  public static HierarchyLevel of(DivisionLevel level) {
    return VALUES[level.ordinal()];
  }

  static HierarchyLevel ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
