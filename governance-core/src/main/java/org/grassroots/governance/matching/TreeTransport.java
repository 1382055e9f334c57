package org.grassroots.governance.matching;

import java.util.Arrays;

/**
 * The tree-metric fast path of exact matching (树形结构快速路径): where a component's unit costs are
 * a function of the level at which demand and resource meet in the hierarchy, its min-cost flow
 * is solved on the hierarchy itself instead of on the candidate pairs — transport on a tree
 * metric (earth mover's distance on trees), with the service areas and priorities kept.
 *
 * <p>The network: each demand class enters an "up" copy of the tree at its location (cost the
 * unit cost of its own level) and climbs to its ancestors (cost the increase of the level cost);
 * a resource whose service area is the subtree under the ancestor R of its location at level k
 * hangs under a "down" copy of the tree for that k, which flow may enter only at ancestors of the
 * resource at or below level k (and at or below the farthest level allowed), and descends at no
 * cost; unserved arcs price the priorities as in the general network ({@link CostScaling}). A
 * path class → up to A → down to resource r costs the level cost of A, so (with level costs that
 * never fall going up) the cheapest path of each (demand, resource) is through their lowest
 * common ancestor: the pair's unit cost. O(tree size) arcs instead of O(pairs).
 *
 * <p>Exactness: the network's paths are exactly the eligible pairs, priced as the general
 * network prices them, so both have the same optimum, and the optimal tree flow decomposes into
 * an optimal pair flow. It is used only where that holds, checked per component: the level costs
 * never fall up to the farthest level; no pair of the component carries the paired-community
 * bonus; every resource's service area is a subtree rooted at an ancestor of its own location
 * (or the whole country); and each demand's candidates are <em>all</em> the component's
 * resources whose area and the farthest level admit it (counted per demand from per-node counts,
 * so a skill, category or time-window restriction that cuts some of them off makes the component
 * take the general path). Anything else returns {@code false} and the caller solves the pairs.
 */
final class TreeTransport {
  private static final int LEVELS = CompiledProblem.LEVELS;
  private static final int SINK = -1;

  private final CompiledProblem cp;
  private final Hierarchy h;
  private final int root;
  private int[] tail = new int[16];
  private int[] tip = new int[16];
  private int[] cap = new int[16];
  private long[] cost = new long[16];
  private int m;
  private int nodes;
  private int[] kOf = new int[0];
  // per hierarchy node (and per node and level): stamped scratch, valid where stamp == epoch
  private final int[] stamp;
  private final int[] belowCnt;
  private final int[] upLocal;
  private final int[] downStamp;
  private final int[] downLocal;
  private int epoch;
  private long[] sup = new long[0];
  private int[] rem = new int[0];
  private int[] outStart = new int[0];
  private int[] out = new int[0];
  private int[] cursor = new int[0];

  TreeTransport(CompiledProblem cp, Hierarchy h) {
    this.cp = cp;
    this.h = h;
    this.root = h.up.length;
    stamp = new int[root + 1];
    belowCnt = new int[(root + 1) * LEVELS];
    upLocal = new int[root + 1];
    downStamp = new int[(root + 1) * LEVELS];
    downLocal = new int[(root + 1) * LEVELS];
  }

  /** The ancestor of a node at a level: the node itself, -1 if absent, the virtual root at COUNTRY. */
  private int at(int[] chain, int level) {
    return level == LEVELS - 1 ? root : chain[level];
  }

  private int levelOf(int[] chain) {
    for (int l = 0; l < LEVELS - 1; l++) {
      if (chain[l] >= 0) {
        return l;
      }
    }
    return LEVELS - 1;
  }

  /**
   * Solves a component on the tree network if the structure holds.
   *
   * @param reps the classes' representative demands {@code [0, a)}
   * @param supply the classes' quantities
   * @param rs the resources {@code [0, b)}
   * @param classEdge per class, the offset of its pairs in {@code left}
   * @param left out: the flow per class pair
   * @param solver solves the built network (successive shortest paths or cost scaling)
   * @return false if the structure does not hold (nothing written)
   */
  boolean solve(
      int[] reps, int a, int[] supply, int[] rs, int b, int[] classEdge, int[] left, Solver solver) {
    if (!h.monotone) {
      return false;
    }
    long total = 0;
    int maxC = 0;
    for (int i = 0; i < a; i++) {
      int d = reps[i];
      total += supply[i];
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        if (cp.cost[e] != h.levelCost[cp.level[e]]) {
          return false; // paired-community bonus
        }
        maxC = Math.max(maxC, cp.cost[e]);
      }
    }
    if (total > Integer.MAX_VALUE) {
      return false;
    }
    if (kOf.length < b) {
      kOf = new int[Math.max(b, kOf.length * 2)];
    }
    int maxLevel = h.maxLevel;
    // per node of the resources' chains, how many resources lie below it with area level >= j
    int e0 = nextEpoch();
    for (int i = 0; i < b; i++) {
      int r = rs[i];
      int[] chain = h.up[h.resourceNode[r]];
      int own = levelOf(chain);
      int areaRoot = h.resourceRoot[r];
      int k = -1;
      if (areaRoot < 0) {
        k = LEVELS - 1;
      } else {
        for (int l = own; l < LEVELS - 1 && k < 0; l++) {
          if (chain[l] == areaRoot) {
            k = l;
          }
        }
        if (k < 0) {
          return false; // an area that is not a subtree above the resource
        }
      }
      kOf[i] = k;
      for (int l = own; l < LEVELS; l++) {
        int x = at(chain, l);
        if (x >= 0) {
          if (stamp[x] != e0) {
            stamp[x] = e0;
            Arrays.fill(belowCnt, x * LEVELS, x * LEVELS + LEVELS, 0);
          }
          for (int j = 0; j <= k; j++) {
            belowCnt[x * LEVELS + j]++;
          }
        }
      }
    }
    for (int i = 0; i < a; i++) {
      int d = reps[i];
      int[] chain = h.up[h.demandNode[d]];
      int own = levelOf(chain);
      long implied = 0;
      int prev = -1;
      for (int l = own; l <= maxLevel; l++) {
        int x = at(chain, l);
        if (x < 0) {
          continue;
        }
        int c = stamp[x] == e0 ? x : -1;
        implied += (c < 0 ? 0 : belowCnt[c * LEVELS + l]) - (prev < 0 ? 0 : belowCnt[prev * LEVELS + l]);
        prev = c;
      }
      if (implied != cp.start[d + 1] - cp.start[d]) {
        return false; // some area-eligible resource is cut off (skills, category, time window)
      }
    }
    build(reps, a, supply, rs, b, maxC, total);
    if (sup.length < nodes) {
      sup = new long[Math.max(nodes, sup.length * 2)];
    }
    Arrays.fill(sup, 0, nodes, 0L);
    for (int i = 0; i < a; i++) {
      sup[i] = supply[i];
    }
    sup[nodes - 1] = -total;
    solver.solve(nodes, m, tail, tip, cap, cost, sup, a);
    decompose(reps, a, rs, b, classEdge, left, solver);
    return true;
  }

  /** Solves a general network given as an arc list; afterwards gives the flow per arc. */
  interface Solver {
    void solve(
        int nodes, int m, int[] tail, int[] tip, int[] cap, long[] cost, long[] supply, int sources);

    int flow(int arc);
  }

  private int nextEpoch() {
    if (++epoch == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      Arrays.fill(downStamp, 0);
      epoch = 1;
    }
    return epoch;
  }
  private int[] resourceNodeOf = new int[0];
  private int[] resourceOfNode = new int[0];

  private void build(int[] reps, int a, int[] supply, int[] rs, int b, int maxC, long total) {
    m = 0;
    nodes = a;
    int e1 = nextEpoch();
    int inf = (int) total;
    int maxLevel = h.maxLevel;
    if (classArc.length < a) {
      classArc = new int[Math.max(a, classArc.length * 2)];
    }
    // up tree: class → its node → ancestors up to the farthest level (each arc added once)
    for (int i = 0; i < a; i++) {
      int d = reps[i];
      int[] chain = h.up[h.demandNode[d]];
      int own = levelOf(chain);
      int prevNode = -1;
      int prevLevel = -1;
      for (int l = own; l <= maxLevel; l++) {
        int x = at(chain, l);
        if (x < 0) {
          continue;
        }
        boolean known = stamp[x] == e1;
        int node;
        if (!known) {
          node = nodes++;
          stamp[x] = e1;
          upLocal[x] = node;
        } else {
          node = upLocal[x];
        }
        if (prevNode < 0) {
          classArc[i] = arc(i, node, supply[i], h.levelCost[l]);
        } else {
          arc(prevNode, node, inf, (long) h.levelCost[l] - h.levelCost[prevLevel]);
        }
        if (known) {
          break; // its ancestors are in already
        }
        prevNode = node;
        prevLevel = l;
      }
    }
    // down trees, one per area level k, and the resources under them
    if (resourceNodeOf.length < b) {
      resourceNodeOf = new int[Math.max(b, resourceNodeOf.length * 2)];
    }
    for (int i = 0; i < b; i++) {
      int r = rs[i];
      int k = kOf[i];
      int[] chain = h.up[h.resourceNode[r]];
      int own = levelOf(chain);
      int rNode = nodes++;
      resourceNodeOf[i] = rNode;
      int top = Math.min(k, maxLevel);
      int child = rNode;
      int childCap = cp.cap[r];
      for (int l = own; l <= top; l++) {
        int x = at(chain, l);
        if (x < 0) {
          continue;
        }
        int key = x * LEVELS + k;
        boolean fresh = downStamp[key] != e1;
        int node;
        if (fresh) {
          node = nodes++;
          downStamp[key] = e1;
          downLocal[key] = node;
          if (stamp[x] == e1) {
            arc(upLocal[x], node, inf, 0);
          }
        } else {
          node = downLocal[key];
        }
        arc(node, child, child == rNode ? childCap : inf, 0);
        if (!fresh) {
          break;
        }
        child = node;
      }
    }
    // sink arcs: unserved (priced M · weight) and resource capacities
    long bigM = (long) maxC * 2L * Math.min(a, b) + 1;
    for (int i = 0; i < a; i++) {
      arc(i, SINK, supply[i], Math.multiplyExact(bigM, cp.weight[reps[i]]));
    }
    for (int i = 0; i < b; i++) {
      arc(resourceNodeOf[i], SINK, cp.cap[rs[i]], 0);
    }
    int t = nodes++;
    for (int i = 0; i < m; i++) {
      if (tip[i] == SINK) {
        tip[i] = t;
      }
    }
    if (resourceOfNode.length < nodes) {
      resourceOfNode = new int[Math.max(nodes, resourceOfNode.length * 2)];
    }
    Arrays.fill(resourceOfNode, 0, nodes, -1);
    for (int i = 0; i < b; i++) {
      resourceOfNode[resourceNodeOf[i]] = i;
    }
  }

  private int[] classArc = new int[0];

  private int arc(int v, int w, int capacity, long c) {
    if (m == tail.length) {
      int size = m * 2;
      tail = Arrays.copyOf(tail, size);
      tip = Arrays.copyOf(tip, size);
      cap = Arrays.copyOf(cap, size);
      cost = Arrays.copyOf(cost, size);
    }
    tail[m] = v;
    tip[m] = w;
    cap[m] = capacity;
    cost[m] = c;
    return m++;
  }

  /** Splits the optimal tree flow into paths class → … → resource, i.e. into pair flows. */
  private void decompose(
      int[] reps, int a, int[] rs, int b, int[] classEdge, int[] left, Solver solver) {
    if (rem.length < m) {
      rem = new int[Math.max(m, rem.length * 2)];
      out = new int[rem.length];
    }
    if (cursor.length < nodes + 1) {
      cursor = new int[Math.max(nodes + 1, cursor.length * 2)];
      outStart = new int[cursor.length];
    }
    int[] start = outStart;
    Arrays.fill(start, 0, nodes + 1, 0);
    for (int i = 0; i < m; i++) {
      rem[i] = solver.flow(i);
      start[tail[i] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      start[v + 1] += start[v];
    }
    System.arraycopy(start, 0, cursor, 0, nodes);
    for (int i = 0; i < m; i++) {
      out[cursor[tail[i]]++] = i;
    }
    System.arraycopy(start, 0, cursor, 0, nodes);
    Arrays.fill(left, 0, classEdge[a], 0);
    int[] path = new int[4 * LEVELS];
    for (int i = 0; i < a; i++) {
      int d = reps[i];
      int entry = classArc[i];
      while (rem[entry] > 0) {
        int len = 0;
        path[len++] = entry;
        int amount = rem[entry];
        int v = tip[entry];
        while (resourceOfNode[v] < 0) {
          while (rem[out[cursor[v]]] == 0) {
            cursor[v]++;
          }
          int x = out[cursor[v]];
          path[len++] = x;
          amount = Math.min(amount, rem[x]);
          v = tip[x];
        }
        for (int p = 0; p < len; p++) {
          rem[path[p]] -= amount;
        }
        int e = SuppliedRanks.pairOf(cp, d, rs[resourceOfNode[v]]);
        if (e < 0) {
          throw new IllegalStateException("tree path to a resource that is not a candidate");
        }
        left[classEdge[i] + e - cp.start[d]] += amount;
      }
    }
  }
}
