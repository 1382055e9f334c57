package org.grassroots.governance.grid;

/**
 * The party organisation that leads each level of the grid hierarchy (党组织层级). Inside a
 * community the three levels are the community joint organisation, the grid branch and the
 * building group (社区联合党组织 → 网格党支部 → 楼栋党小组).
 *
 * <pre>{@code
 * PartyOrganizationType.GRID_BRANCH.level(); // GRID
 * }</pre>
 */
public enum PartyOrganizationType {
  /** 市委 ("总揽全局"), at a city. */
  CITY_COMMITTEE(HierarchyLevel.CITY),
  /** 区委 / 县委 ("一线指挥部"), at a county or district. */
  DISTRICT_COMMITTEE(HierarchyLevel.COUNTY),
  /** 街道党工委 / 乡镇党委 ("龙头"), at a street or township. */
  STREET_WORKING_COMMITTEE(HierarchyLevel.STREET),
  /** 社区联合党组织 / 社区党委 (the community's core, "战斗堡垒"), at a community. */
  COMMUNITY_JOINT_COMMITTEE(HierarchyLevel.COMMUNITY),
  /** 网格党支部 (党支部建在网格上), at a grid. */
  GRID_BRANCH(HierarchyLevel.GRID),
  /** 楼栋党小组, at a building. */
  BUILDING_GROUP(HierarchyLevel.BUILDING);

  private final HierarchyLevel level;

  PartyOrganizationType(HierarchyLevel level) {
    this.level = level;
  }

  /**
   * The level this organisation leads.
   *
   * @return the level
   */
  public HierarchyLevel level() {
    return level;
  }
}
