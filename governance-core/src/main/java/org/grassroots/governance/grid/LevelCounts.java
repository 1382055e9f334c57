package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * How many nodes of each level a subtree holds (分级统计). Immutable and thread-safe.
 *
 * <pre>{@code
 * LevelCounts c = hierarchy.countPerLevel(NodeCode.parse("441900000000"));
 * c.count(HierarchyLevel.STREET); // 36
 * c.count(HierarchyLevel.COUNTY); // 0: Dongguan has no county level
 * }</pre>
 */
public final class LevelCounts {
  private final long[] counts;

  LevelCounts(long[] counts) {
    this.counts = counts.clone();
  }

  /**
   * Counts, e.g. read back from a report; {@link GridHierarchy#countPerLevel} computes them.
   *
   * <pre>{@code
   * LevelCounts c = LevelCounts.of(Map.of(HierarchyLevel.STREET, 36L));
   * }</pre>
   *
   * @param counts level → count, each at least 0; a level left out counts 0
   * @return the counts
   * @throws org.grassroots.governance.validation.InvalidValueException if a count is negative
   *     (path the level's name)
   */
  public static LevelCounts of(Map<HierarchyLevel, Long> counts) {
    requireNonNull(counts, "counts");
    long[] c = new long[HierarchyLevel.values().length];
    Violations v = Violations.of("LevelCounts");
    for (Map.Entry<HierarchyLevel, Long> e : counts.entrySet()) {
      HierarchyLevel level = requireNonNull(e.getKey(), "level");
      long n = requireNonNull(e.getValue(), level.name());
      v.check(n >= 0, level.name(), n, Messages.COUNT_NEGATIVE);
      c[level.ordinal()] = n;
    }
    v.throwIfAny();
    return new LevelCounts(c);
  }

  /**
   * The number of nodes at a level.
   *
   * @param level the level
   * @return the count, zero if none
   */
  public long count(HierarchyLevel level) {
    return counts[level.ordinal()];
  }

  /**
   * The number of nodes at all levels.
   *
   * @return the sum
   */
  public long total() {
    return Arrays.stream(counts).sum();
  }

  /**
   * The counts as a map with every level, in level order.
   *
   * @return level → count
   */
  public ImmutableMap<HierarchyLevel, Long> asMap() {
    EnumMap<HierarchyLevel, Long> m = new EnumMap<>(HierarchyLevel.class);
    for (HierarchyLevel l : HierarchyLevel.values()) {
      m.put(l, counts[l.ordinal()]);
    }
    return ImmutableMap.copyOf(m);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LevelCounts && Arrays.equals(((LevelCounts) o).counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
