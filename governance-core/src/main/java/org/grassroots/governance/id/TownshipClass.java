package org.grassroots.governance.id;

import java.util.Optional;

/**
 * The class of a township-level unit read from its 3-digit segment (乡级代码段的类别).
 *
 * <pre>{@code
 * DivisionCode.parse("110101001000").townshipClass(); // Optional[STREET]
 * }</pre>
 */
public enum TownshipClass {
  /** 街道 (street sub-district), segment 001-099. */
  STREET(1, 99),
  /** 镇 (town), segment 100-199. */
  TOWN(100, 199),
  /** 乡 (township), segment 200-399. */
  TOWNSHIP(200, 399),
  /** 类似乡级单位 (development zones, farms, parks, airports …), segment 400-599. */
  SIMILAR_UNIT(400, 599);

  private final int from;
  private final int to;

  TownshipClass(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The class of a township segment.
   *
   * @param segment the 3-digit segment, 0 to 999
   * @return the class, or empty for 000 and for 600-999, which the standard does not assign
   */
  public static Optional<TownshipClass> ofSegment(int segment) {
    for (TownshipClass c : values()) {
      if (segment >= c.from && segment <= c.to) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
