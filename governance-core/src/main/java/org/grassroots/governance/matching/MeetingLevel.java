package org.grassroots.governance.matching;

/**
 * Where a demand and a resource meet in the grid hierarchy (就近程度): the level of their lowest
 * common ancestor, from the same building up to different provinces. Used as the locality
 * distance of an allocation and as a reach ("within the same street").
 *
 * <pre>{@code
 * LocalityModel.byCodePrefix().meet(a, b); // e.g. MeetingLevel.COMMUNITY
 * }</pre>
 */
public enum MeetingLevel {
  /** Same building (同楼栋). */
  BUILDING,
  /** Same grid (同网格). */
  GRID,
  /** Same community (同社区 / 村). */
  COMMUNITY,
  /** Same street or township (同街道 / 乡镇). */
  STREET,
  /** Same county or district (同区县). */
  COUNTY,
  /** Same city (同地市). */
  CITY,
  /** Same province (同省). */
  PROVINCE,
  /** Anywhere in the country (全国). */
  COUNTRY;

  /**
   * Whether this level lies at or below {@code other} (is at least as local).
   *
   * @param other the other level
   * @return {@code true} if at most {@code other}
   */
  public boolean atMost(MeetingLevel other) {
    return compareTo(other) <= 0;
  }
}
