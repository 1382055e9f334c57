package org.grassroots.governance.matching;

import static org.grassroots.governance.matching.Messages.f;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * How allocations are priced and prioritised (匹配规则): the unit cost of an allocation by where
 * demand and resource meet in the hierarchy (same building &lt; same grid &lt; same community &lt;
 * same street &lt; …), the priority weight of a demand from its urgency and vulnerable groups,
 * a bonus for a co-building partner serving its paired community (结对), and the farthest level
 * an allocation may reach. Every field is a value a researcher can vary.
 *
 * <p>The exact objective is lexicographic: first serve the most priority-weighted quantity
 * ({@code Σ weight(d) · served(d)}), then at the least total cost. Immutable and thread-safe.
 *
 * <pre>{@code
 * MatchingPolicy p = MatchingPolicy.defaults()
 *     .withMaxMeetingLevel(MeetingLevel.STREET)
 *     .withPairedCommunityBonus(2);
 * p.unitCost(MeetingLevel.GRID, false); // 1
 * }</pre>
 */
@Value.Immutable
public abstract class MatchingPolicy implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The largest unit cost of one meeting level. */
  public static final int MAX_LEVEL_COST = 1_000_000;
  /** The largest priority weight of an urgency or a vulnerable group. */
  public static final int MAX_WEIGHT = 1000;

  MatchingPolicy() {}

  /**
   * The unit cost per {@link MeetingLevel}, in level order (building first); 8 values from 0 to
   * {@value #MAX_LEVEL_COST}. Default {@code 0, 1, 3, 6, 10, 20, 40, 80}.
   */
  @Value.Default
  public List<Integer> levelCosts() {
    return ImmutableList.of(0, 1, 3, 6, 10, 20, 40, 80);
  }

  /** The priority weight per urgency; default 1, 2, 4, 8 from routine to critical. */
  @Value.Default
  public Map<Urgency, Integer> urgencyWeights() {
    return ImmutableMap.of(
        Urgency.ROUTINE, 1, Urgency.PRESSING, 2, Urgency.URGENT, 4, Urgency.CRITICAL, 8);
  }

  /** The weight added for each vulnerable group of a demand; default 2. */
  @Value.Default
  public int vulnerableGroupWeight() {
    return 2;
  }

  /** Subtracted from the unit cost when a resource serves its paired community; default 1. */
  @Value.Default
  public int pairedCommunityBonus() {
    return 1;
  }

  /** The farthest meeting level an allocation may have; default {@link MeetingLevel#COUNTRY}. */
  @Value.Default
  public MeetingLevel maxMeetingLevel() {
    return MeetingLevel.COUNTRY;
  }

  /**
   * The default policy.
   *
   * @return the defaults
   */
  public static MatchingPolicy defaults() {
    return builder().build();
  }

  /**
   * A new builder, starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The priority weight of a demand: its urgency's weight plus the vulnerable-group weight for
   * each of its groups.
   *
   * @param demand the demand
   * @return at least 1
   */
  public int weight(Demand demand) {
    Integer u = urgencyWeights().get(demand.urgency());
    return (u == null ? 1 : u) + vulnerableGroupWeight() * demand.vulnerableGroups().size();
  }

  /**
   * The unit cost of an allocation.
   *
   * @param level where demand and resource meet
   * @param pairedCommunity whether the resource's paired community is the demand's
   * @return the unit cost, never negative
   */
  public int unitCost(MeetingLevel level, boolean pairedCommunity) {
    int c = levelCosts().get(level.ordinal());
    return pairedCommunity ? Math.max(0, c - pairedCommunityBonus()) : c;
  }

  /**
   * A copy with another farthest level.
   *
   * @param level the level
   * @return the copy
   */
  public MatchingPolicy withMaxMeetingLevel(MeetingLevel level) {
    return ImmutableMatchingPolicy.copyOf(this).withMaxMeetingLevel(level);
  }

  /**
   * A copy with another paired-community bonus.
   *
   * @param bonus the bonus
   * @return the copy
   */
  public MatchingPolicy withPairedCommunityBonus(int bonus) {
    return ImmutableMatchingPolicy.copyOf(this).withPairedCommunityBonus(bonus);
  }

  /**
   * A copy with other level costs.
   *
   * @param costs 8 costs, building first
   * @return the copy
   */
  public MatchingPolicy withLevelCosts(List<Integer> costs) {
    return builder().from(this).levelCosts(costs).build();
  }

  /** Builds a {@link MatchingPolicy}. */
  public static final class Builder extends ImmutableMatchingPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("MatchingPolicy");
    boolean costsOk = levelCosts().size() == MeetingLevel.values().length;
    for (Integer c : levelCosts()) {
      costsOk &= c >= 0 && c <= MAX_LEVEL_COST;
    }
    v.check(
        costsOk,
        "levelCosts",
        levelCosts(),
        f(Messages.LEVEL_COSTS, MeetingLevel.values().length, MAX_LEVEL_COST));
    boolean weightsOk = urgencyWeights().size() == Urgency.values().length;
    for (Integer w : urgencyWeights().values()) {
      weightsOk &= w >= 1 && w <= MAX_WEIGHT;
    }
    v.check(
        weightsOk, "urgencyWeights", urgencyWeights(), f(Messages.URGENCY_WEIGHTS, MAX_WEIGHT));
    v.check(
        vulnerableGroupWeight() >= 0 && vulnerableGroupWeight() <= MAX_WEIGHT,
        "vulnerableGroupWeight",
        vulnerableGroupWeight(),
        f(Messages.AT_MOST, MAX_WEIGHT) + " and " + Messages.NOT_NEGATIVE);
    v.check(
        pairedCommunityBonus() >= 0,
        "pairedCommunityBonus",
        pairedCommunityBonus(),
        Messages.NOT_NEGATIVE);
    v.require("maxMeetingLevel", maxMeetingLevel()).throwIfAny();
  }
}
