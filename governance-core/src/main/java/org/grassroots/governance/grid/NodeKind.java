package org.grassroots.governance.grid;

import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.TownshipClass;

/**
 * What kind of unit a node is, beside its level (节点类别): the national table mixes real
 * administrative units with placeholders, functional zones, virtual communities and units of the
 * Xinjiang Production and Construction Corps. All of them are nodes like any other.
 *
 * <pre>{@code
 * NodeKind.classify(DivisionCode.parse("110100000000"), "市辖区"); // PLACEHOLDER
 * }</pre>
 */
public enum NodeKind {
  /** An ordinary administrative unit, grid or building. */
  REGULAR,
  /**
   * A placeholder row of the national table (市辖区, 县, 省直辖县级行政区划): municipalities'
   * city rows, provinces' groups of directly administered counties, empty district rows.
   */
  PLACEHOLDER,
  /**
   * A functional zone (开发区 / 园区 / 新区 / 农场 …): county segment 71-79 or township segment
   * 400-599.
   */
  FUNCTIONAL_ZONE,
  /** A virtual community or village (虚拟社区 / 虚拟村), village segment 498 or 598. */
  VIRTUAL_COMMUNITY,
  /** A unit of the Xinjiang Production and Construction Corps (新疆生产建设兵团). */
  XPCC_UNIT;

  /**
   * Classifies a division from its code and published name. Rules, first match wins: a name
   * containing 兵团 is an XPCC unit; 市辖区, 县 and names ending in 直辖县级行政区划 at city or
   * county level are placeholders; a village-level name containing 虚拟 is a virtual community;
   * county segment 71-79 or township segment 400-599 is a functional zone; otherwise regular.
   *
   * @param code the division code
   * @param name the published name
   * @return the kind
   */
  public static NodeKind classify(DivisionCode code, String name) {
    DivisionLevel level = code.codeLevel();
    if (name.contains("兵团")) {
      return XPCC_UNIT;
    }
    if ((level == DivisionLevel.CITY || level == DivisionLevel.COUNTY)
        && (name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划"))) {
      return PLACEHOLDER;
    }
    if (level == DivisionLevel.VILLAGE && name.contains("虚拟")) {
      return VIRTUAL_COMMUNITY;
    }
    if (level == DivisionLevel.COUNTY && code.isFunctionalZone()) {
      return FUNCTIONAL_ZONE;
    }
    if (level == DivisionLevel.TOWNSHIP
        && code.townshipClass().filter(c -> c == TownshipClass.SIMILAR_UNIT).isPresent()) {
      return FUNCTIONAL_ZONE;
    }
    return REGULAR;
  }

  private static final NodeKind[] VALUES = values();

  static NodeKind ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
