package org.grassroots.governance.id;

import java.util.Optional;

/**
 * The class of a village-level unit read from its 3-digit segment (村级代码段的类别).
 *
 * <p>Where the urban-rural class (城乡分类代码) is missing, the segment class is the stand-in
 * that tells an urban community from a village.
 *
 * <pre>{@code
 * DivisionCode.parse("110101001001").villageClass(); // Optional[RESIDENTS_COMMITTEE]
 * }</pre>
 */
public enum VillageClass {
  /** 居民委员会 (an urban community), segment 001-199. */
  RESIDENTS_COMMITTEE(1, 199, true),
  /** 村民委员会 (a village), segment 200-399. */
  VILLAGERS_COMMITTEE(200, 399, false),
  /** 类似居委会 (units like a residents' committee), segment 400-499. */
  SIMILAR_TO_RESIDENTS_COMMITTEE(400, 499, true),
  /** 类似村委会 (units like a villagers' committee), segment 500-599. */
  SIMILAR_TO_VILLAGERS_COMMITTEE(500, 599, false);

  private final int from;
  private final int to;
  private final boolean community;

  VillageClass(int from, int to, boolean community) {
    this.from = from;
    this.to = to;
    this.community = community;
  }

  /**
   * Whether this class is community-like (urban) rather than village-like (rural).
   *
   * @return {@code true} for residents' committees and units like them
   */
  public boolean isCommunityLike() {
    return community;
  }

  /**
   * The class of a village segment.
   *
   * @param segment the 3-digit segment, 0 to 999
   * @return the class, or empty for 000 and for 600-999, which the standard does not assign
   */
  public static Optional<VillageClass> ofSegment(int segment) {
    for (VillageClass c : values()) {
      if (segment >= c.from && segment <= c.to) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
