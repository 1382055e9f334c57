package org.grassroots.governance.matching;

import static org.grassroots.governance.matching.Messages.f;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.jspecify.annotations.Nullable;

/**
 * A problem compiled to primitive arrays: per demand its quantity and weight, per resource its
 * capacity, and the eligible pairs in CSR form by demand (resource index, unit cost, meeting
 * level), resources ascending within a demand. Built once per problem; every solver works on it.
 */
final class CompiledProblem {
  static final int LEVELS = MeetingLevel.values().length;
  static final long MAX_EDGES = Integer.MAX_VALUE - 16;

  final int nD;
  final int nR;
  final int[] qty;
  final int[] weight;
  final int[] cap;
  final int[] start;
  final int[] res;
  final int[] cost;
  final byte[] level;
  /** Per demand: some resource would be eligible but for the time window. */
  final boolean[] timeBlocked;
  /** Per demand: the community node id (or -1), for coverage per community; grid id likewise. */
  final int[] communityOf;
  final int[] gridOf;
  final NodeCode[] nodes;
  final int maxCost;
  /** The hierarchy behind the pairs, for the tree-metric fast path; absent if built elsewhere. */
  final @Nullable Hierarchy hierarchy;

  /** Package-private hook: a compiled problem from arrays built elsewhere (incremental sessions). */
  static CompiledProblem of(
      int nD,
      int nR,
      int[] qty,
      int[] weight,
      int[] cap,
      int[] start,
      int[] res,
      int[] cost,
      byte[] level,
      boolean[] timeBlocked,
      int[] communityOf,
      int[] gridOf,
      NodeCode[] nodes) {
    return new CompiledProblem(
        nD, nR, qty, weight, cap, start, res, cost, level, timeBlocked, communityOf, gridOf, nodes);
  }

  private CompiledProblem(
      int nD,
      int nR,
      int[] qty,
      int[] weight,
      int[] cap,
      int[] start,
      int[] res,
      int[] cost,
      byte[] level,
      boolean[] timeBlocked,
      int[] communityOf,
      int[] gridOf,
      NodeCode[] nodes) {
    this(nD, nR, qty, weight, cap, start, res, cost, level, timeBlocked, communityOf, gridOf, nodes, null);
  }

  private CompiledProblem(
      int nD,
      int nR,
      int[] qty,
      int[] weight,
      int[] cap,
      int[] start,
      int[] res,
      int[] cost,
      byte[] level,
      boolean[] timeBlocked,
      int[] communityOf,
      int[] gridOf,
      NodeCode[] nodes,
      @Nullable Hierarchy hierarchy) {
    this.hierarchy = hierarchy;
    this.nD = nD;
    this.nR = nR;
    this.qty = qty;
    this.weight = weight;
    this.cap = cap;
    this.start = start;
    this.res = res;
    this.cost = cost;
    this.level = level;
    this.timeBlocked = timeBlocked;
    this.communityOf = communityOf;
    this.gridOf = gridOf;
    this.nodes = nodes;
    int mc = 0;
    for (int c : cost) {
      mc = Math.max(mc, c);
    }
    this.maxCost = mc;
  }

  long edgeCount() {
    return res.length;
  }

  /** Interns hierarchy nodes and remembers each node's ancestors per level as ids. */
  static final class Ancestry {
    final LocalityModel model;
    final Map<NodeCode, Integer> ids = new HashMap<>();
    final Map<NodeCode, int[]> cache = new HashMap<>();
    final java.util.ArrayList<NodeCode> byId = new java.util.ArrayList<>();

    Ancestry(LocalityModel model) {
      this.model = model;
    }

    int id(NodeCode n) {
      Integer i = ids.get(n);
      if (i == null) {
        i = byId.size();
        ids.put(n, i);
        byId.add(n);
      }
      return i;
    }

    /** Ancestor ids by level ordinal (-1 where absent), the node itself at its own level. */
    int[] of(NodeCode n, boolean remember) {
      int[] cached = cache.get(n);
      if (cached != null) {
        return cached;
      }
      MeetingLevel own = model.levelOf(n);
      int[] out = null;
      MeetingLevel[] levels = MeetingLevel.values();
      for (int l = own.ordinal() + 1; l < LEVELS - 1 && out == null; l++) {
        Optional<NodeCode> p = model.ancestorAt(n, levels[l]);
        if (p.isPresent()) {
          out = of(p.get(), true).clone();
        }
      }
      if (out == null) {
        out = new int[LEVELS];
        Arrays.fill(out, -1);
      }
      out[own.ordinal()] = id(n);
      if (remember) {
        cache.put(n, out);
      }
      return out;
    }

    int levelOf(int[] anc) {
      for (int l = 0; l < LEVELS; l++) {
        if (anc[l] >= 0) {
          return l;
        }
      }
      return LEVELS - 1;
    }
  }

  static CompiledProblem compile(MatchingProblem p) {
    List<Demand> demands = p.demands();
    List<Resource> resources = p.resources();
    MatchingPolicy policy = p.policy();
    LocalityModel model = p.locality();
    int nD = demands.size();
    int nR = resources.size();
    Ancestry anc = new Ancestry(model);
    int[] levelCost = new int[LEVELS];
    for (int l = 0; l < LEVELS; l++) {
      levelCost[l] = policy.levelCosts().get(l);
    }
    int maxLevel = policy.maxMeetingLevel().ordinal();

    // resources: ancestry, area root, category mask, paired community id
    int[] cap = new int[nR];
    int[][] rAnc = new int[nR][];
    int[] rLevel = new int[nR];
    int[] rRoot = new int[nR];
    int[] rMask = new int[nR];
    int[] rPaired = new int[nR];
    // skills as bit masks while there are at most 63 distinct ones; a set check beyond
    Map<String, Integer> skillIds = new HashMap<>();
    long[] rSkills = new long[nR];
    for (int r = 0; r < nR; r++) {
      rSkills[r] = skillMask(resources.get(r).skills(), skillIds);
    }
    for (int r = 0; r < nR; r++) {
      Resource x = resources.get(r);
      cap[r] = x.capacity();
      rAnc[r] = anc.of(x.location(), true);
      rLevel[r] = anc.levelOf(rAnc[r]);
      rRoot[r] = areaRoot(x, anc);
      int mask = 0;
      for (ServiceCategory c : x.categories()) {
        mask |= 1 << c.ordinal();
      }
      rMask[r] = mask;
      rPaired[r] =
          x.pairedCommunity().isPresent() ? anc.id(NodeCode.of(x.pairedCommunity().get())) : -1;
    }
    // resources by (area root id, category) (CSR); root -1 (whole country) last
    int nodeCount = anc.byId.size();
    int cats = ServiceCategory.values().length;
    int slots = (nodeCount + 1) * cats;
    int[] rootStart = new int[slots + 1];
    for (int r = 0; r < nR; r++) {
      int base = slot(rRoot[r], nodeCount) * cats;
      for (int c = 0; c < cats; c++) {
        if ((rMask[r] & (1 << c)) != 0) {
          rootStart[base + c + 1]++;
        }
      }
    }
    for (int i = 0; i < slots; i++) {
      rootStart[i + 1] += rootStart[i];
    }
    int[] byRoot = new int[rootStart[slots]];
    int[] fill = Arrays.copyOf(rootStart, slots);
    for (int r = 0; r < nR; r++) {
      int base = slot(rRoot[r], nodeCount) * cats;
      for (int c = 0; c < cats; c++) {
        if ((rMask[r] & (1 << c)) != 0) {
          byRoot[fill[base + c]++] = r;
        }
      }
    }

    int[] qty = new int[nD];
    int[] weight = new int[nD];
    int[] start = new int[nD + 1];
    boolean[] timeBlocked = new boolean[nD];
    int[] communityOf = new int[nD];
    int[] gridOf = new int[nD];
    int[] demandNode = new int[nD];
    int capacity = Math.max(16, nD * 4);
    int[] res = new int[capacity];
    int[] cost = new int[capacity];
    byte[] lev = new byte[capacity];
    int m = 0;
    int[] scratch = new int[16];
    for (int d = 0; d < nD; d++) {
      Demand x = demands.get(d);
      qty[d] = x.quantity();
      weight[d] = policy.weight(x);
      int[] a = anc.of(x.location(), true);
      int own = anc.levelOf(a);
      demandNode[d] = a[own];
      communityOf[d] = a[MeetingLevel.COMMUNITY.ordinal()];
      gridOf[d] = a[MeetingLevel.GRID.ordinal()];
      long needMask = x.requiredSkills().isEmpty() ? 0 : skillMask(x.requiredSkills(), skillIds);
      int found = 0;
      for (int l = own; l <= LEVELS; l++) {
        int root;
        if (l == LEVELS) {
          root = -1;
        } else {
          root = a[l];
          if (root < 0 || root >= nodeCount) {
            continue;
          }
        }
        int s = slot(root, nodeCount) * cats + x.category().ordinal();
        for (int k = rootStart[s]; k < rootStart[s + 1]; k++) {
          int r = byRoot[k];
          Resource y = resources.get(r);
          if (needMask != 0) {
            if (needMask < 0 || rSkills[r] < 0) {
              if (!y.skills().containsAll(x.requiredSkills())) {
                continue;
              }
            } else if ((rSkills[r] & needMask) != needMask) {
              continue;
            }
          }
          int meet = meet(a, own, rAnc[r], rLevel[r]);
          if (meet > maxLevel) {
            continue;
          }
          if (!timeFits(x, y)) {
            timeBlocked[d] = true;
            continue;
          }
          if (found == scratch.length) {
            scratch = Arrays.copyOf(scratch, found * 2);
          }
          scratch[found++] = r;
        }
      }
      Arrays.sort(scratch, 0, found);
      if ((long) m + found > MAX_EDGES) {
        throw new IllegalArgumentException(f(Messages.PROBLEM_TOO_LARGE, (long) m + found, MAX_EDGES));
      }
      if (m + found > res.length) {
        int n = (int) Math.min(MAX_EDGES, Math.max((long) res.length * 3 / 2, (long) m + found));
        res = Arrays.copyOf(res, n);
        cost = Arrays.copyOf(cost, n);
        lev = Arrays.copyOf(lev, n);
      }
      for (int i = 0; i < found; i++) {
        int r = scratch[i];
        int meet = meet(a, own, rAnc[r], rLevel[r]);
        boolean paired = rPaired[r] >= 0 && rPaired[r] == communityOf[d];
        res[m] = r;
        lev[m] = (byte) meet;
        int c = levelCost[meet];
        cost[m] = paired ? Math.max(0, c - policy.pairedCommunityBonus()) : c;
        m++;
      }
      start[d + 1] = m;
    }
    int[] resourceNode = new int[nR];
    for (int r = 0; r < nR; r++) {
      resourceNode[r] = rAnc[r][rLevel[r]];
    }
    int[][] up = new int[anc.byId.size()][];
    for (Map.Entry<NodeCode, int[]> e : anc.cache.entrySet()) {
      up[anc.id(e.getKey())] = e.getValue();
    }
    Hierarchy hierarchy =
        new Hierarchy(demandNode, resourceNode, rRoot, up, levelCost, maxLevel);
    return new CompiledProblem(
        nD,
        nR,
        qty,
        weight,
        cap,
        start,
        Arrays.copyOf(res, m),
        Arrays.copyOf(cost, m),
        Arrays.copyOf(lev, m),
        timeBlocked,
        communityOf,
        gridOf,
        anc.byId.toArray(new NodeCode[0]),
        hierarchy);
  }

  /**
   * The skills as a bit mask over interned ids (new ids are added only from resources' skills);
   * -1 (all bits) when an id exceeds 62, or, for a demand, when it needs a skill no resource has
   * (then the set check decides).
   */
  private static long skillMask(java.util.Set<String> skills, Map<String, Integer> ids) {
    long mask = 0;
    for (String s : skills) {
      Integer id = ids.get(s);
      if (id == null) {
        if (ids.size() >= 63) {
          return -1;
        }
        id = ids.size();
        ids.put(s, id);
      }
      if (id >= 63) {
        return -1;
      }
      mask |= 1L << id;
    }
    return mask;
  }

  private static int slot(int root, int nodeCount) {
    return root < 0 ? nodeCount : root;
  }

  static int meet(int[] a, int ownA, int[] b, int ownB) {
    for (int l = Math.max(ownA, ownB); l < LEVELS - 1; l++) {
      if (a[l] >= 0 && a[l] == b[l]) {
        return l;
      }
    }
    return LEVELS - 1;
  }

  static int areaRoot(Resource x, Ancestry anc) {
    ServiceArea area = x.serviceArea();
    if (area.root().isPresent()) {
      return anc.id(area.root().get());
    }
    MeetingLevel reach = area.reach().orElseThrow();
    int[] a = anc.of(x.location(), true);
    int own = anc.levelOf(a);
    for (int l = Math.max(own, reach.ordinal()); l < LEVELS - 1; l++) {
      if (a[l] >= 0) {
        return a[l];
      }
    }
    return -1;
  }

  static boolean timeFits(Demand x, Resource y) {
    if (x.window().isEmpty() || y.availability().isEmpty()) {
      return true;
    }
    TimeWindow w = x.window().get();
    for (TimeWindow t : y.availability()) {
      if (t.overlaps(w)) {
        return true;
      }
    }
    return false;
  }
}
