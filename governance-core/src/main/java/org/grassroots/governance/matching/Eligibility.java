package org.grassroots.governance.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.grassroots.governance.id.NodeCode;

/**
 * Eligibility and unit cost for the items of a batch, the same rules as {@link
 * CompiledProblem#compile} (category, skills, service area, farthest level, time window,
 * paired-community bonus): the candidate resources of a new demand from an index of resources by
 * (area root, category), and the candidate demands of a new resource from an index of demands by
 * ancestor node, built on first use. Indices are the session's (never reused; withdrawn items are
 * skipped). Not thread-safe; owned by one {@link IncrementalMatching}.
 */
final class Eligibility {
  private static final int LEVELS = CompiledProblem.LEVELS;
  private static final int CATS = ServiceCategory.values().length;

  private final MatchingPolicy policy;
  private final CompiledProblem.Ancestry anc;
  private final int[] levelCost = new int[LEVELS];
  private final int maxLevel;

  private final List<Resource> resources = new ArrayList<>();
  private final List<int[]> rAnc = new ArrayList<>();
  private int[] rLevel = new int[16];
  private int[] rRoot = new int[16];
  private int[] rPaired = new int[16];
  /** Resources by (area root id + 1) · categories + category. */
  private final Map<Long, IntList> byRoot = new HashMap<>();

  private final List<Demand> demands = new ArrayList<>();
  private @org.jspecify.annotations.Nullable Map<Integer, IntList> demandsByNode;
  private final IntList allDemands = new IntList();

  /** The output of a candidate search: the other side's index, unit cost and level per pair. */
  int count;
  int[] other = new int[16];
  int[] cost = new int[16];
  byte[] level = new byte[16];
  boolean timeBlocked;

  Eligibility(MatchingProblem p) {
    this.policy = p.policy();
    this.anc = new CompiledProblem.Ancestry(p.locality());
    for (int l = 0; l < LEVELS; l++) {
      levelCost[l] = policy.levelCosts().get(l);
    }
    this.maxLevel = policy.maxMeetingLevel().ordinal();
  }

  /** Registers a resource under the next index. */
  void addResource(Resource x) {
    int r = resources.size();
    resources.add(x);
    if (r == rLevel.length) {
      rLevel = Arrays.copyOf(rLevel, r * 2);
      rRoot = Arrays.copyOf(rRoot, r * 2);
      rPaired = Arrays.copyOf(rPaired, r * 2);
    }
    int[] a = anc.of(x.location(), true);
    rAnc.add(a);
    rLevel[r] = anc.levelOf(a);
    rRoot[r] = CompiledProblem.areaRoot(x, anc);
    rPaired[r] =
        x.pairedCommunity().isPresent() ? anc.id(NodeCode.of(x.pairedCommunity().get())) : -1;
    for (ServiceCategory c : x.categories()) {
      byRoot.computeIfAbsent(key(rRoot[r], c), k -> new IntList()).add(r);
    }
  }

  /** Registers a demand under the next index. */
  void addDemand(Demand x) {
    int d = demands.size();
    demands.add(x);
    allDemands.add(d);
    if (demandsByNode != null) {
      index(d);
    }
  }

  Demand demand(int d) {
    return demands.get(d);
  }

  Resource resource(int r) {
    return resources.get(r);
  }

  /** The ancestor ids of a demand's node, by level (see {@link CompiledProblem.Ancestry}). */
  int[] ancestry(NodeCode node) {
    return anc.of(node, true);
  }

  /** Every node id so far, by id (for metrics per community and grid). */
  NodeCode[] nodes() {
    return anc.byId.toArray(new NodeCode[0]);
  }

  private static long key(int root, ServiceCategory c) {
    return (root + 1L) * CATS + c.ordinal();
  }

  /**
   * The eligible live resources of a demand into {@link #other}, {@link #cost}, {@link #level}
   * (ascending resource index), and whether a resource is excluded only by the time window.
   */
  void candidatesOf(Demand x, IntPredicate resourceAlive) {
    count = 0;
    timeBlocked = false;
    int[] a = anc.of(x.location(), true);
    int own = anc.levelOf(a);
    int community = a[MeetingLevel.COMMUNITY.ordinal()];
    for (int l = own; l <= LEVELS; l++) {
      int root = l == LEVELS ? -1 : a[l];
      if (l < LEVELS && root < 0) {
        continue;
      }
      IntList list = byRoot.get(key(root, x.category()));
      if (list == null) {
        continue;
      }
      for (int k = 0; k < list.size; k++) {
        int r = list.items[k];
        if (resourceAlive.test(r)) {
          consider(x, a, own, community, r);
        }
      }
    }
    sortByOther();
  }

  /** The eligible live demands of a resource into the output arrays (ascending demand index). */
  void candidatesOf(int r, IntPredicate demandAlive) {
    count = 0;
    timeBlocked = false;
    Map<Integer, IntList> index = demandIndex();
    IntList list = rRoot[r] < 0 ? allDemands : index.get(rRoot[r]);
    if (list == null) {
      return;
    }
    Resource y = resources.get(r);
    for (int k = 0; k < list.size; k++) {
      int d = list.items[k];
      if (!demandAlive.test(d)) {
        continue;
      }
      Demand x = demands.get(d);
      if (!y.categories().contains(x.category())) {
        continue;
      }
      int[] a = anc.of(x.location(), true);
      int before = count;
      consider(x, a, anc.levelOf(a), a[MeetingLevel.COMMUNITY.ordinal()], r);
      if (count > before) {
        other[before] = d;
      }
    }
    // the index lists demands in ascending order: the output is already sorted
  }

  /** Checks skills, level and time of one (demand, resource) in the same root and category. */
  private void consider(Demand x, int[] a, int own, int community, int r) {
    Resource y = resources.get(r);
    if (!x.requiredSkills().isEmpty() && !y.skills().containsAll(x.requiredSkills())) {
      return;
    }
    int meet = CompiledProblem.meet(a, own, rAnc.get(r), rLevel[r]);
    if (meet > maxLevel) {
      return;
    }
    if (!CompiledProblem.timeFits(x, y)) {
      timeBlocked = true;
      return;
    }
    if (count == other.length) {
      other = Arrays.copyOf(other, count * 2);
      cost = Arrays.copyOf(cost, count * 2);
      level = Arrays.copyOf(level, count * 2);
    }
    boolean paired = rPaired[r] >= 0 && rPaired[r] == community;
    int c = levelCost[meet];
    other[count] = r;
    cost[count] = paired ? Math.max(0, c - policy.pairedCommunityBonus()) : c;
    level[count] = (byte) meet;
    count++;
  }

  /** Insertion order is by root level, then registration; sorts the output by index. */
  private void sortByOther() {
    for (int i = 1; i < count; i++) {
      int o = other[i];
      int c = cost[i];
      byte lv = level[i];
      int j = i - 1;
      while (j >= 0 && other[j] > o) {
        other[j + 1] = other[j];
        cost[j + 1] = cost[j];
        level[j + 1] = level[j];
        j--;
      }
      other[j + 1] = o;
      cost[j + 1] = c;
      level[j + 1] = lv;
    }
  }

  private Map<Integer, IntList> demandIndex() {
    Map<Integer, IntList> index = demandsByNode;
    if (index == null) {
      index = new HashMap<>();
      demandsByNode = index;
      for (int d = 0; d < demands.size(); d++) {
        index(d);
      }
    }
    return index;
  }

  private void index(int d) {
    Map<Integer, IntList> index = java.util.Objects.requireNonNull(demandsByNode);
    int[] a = anc.of(demands.get(d).location(), true);
    for (int l = anc.levelOf(a); l < LEVELS; l++) {
      if (a[l] >= 0) {
        index.computeIfAbsent(a[l], k -> new IntList()).add(d);
      }
    }
  }

  /** A growable list of ints. */
  static final class IntList {
    int[] items = new int[4];
    int size;

    void add(int v) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }
  }
}
