package org.grassroots.governance.matching;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Solves connected components of the candidate graph one after another, reusing its arrays (one
 * instance per worker thread). Demands with the same weight and the same candidate resources at
 * the same unit costs are interchangeable, so they are merged into one class node first (exact:
 * any split of a class's flow among its members is optimal); the component's network is then
 * solved by successive shortest paths ({@link ShortestPaths}) within a budget of arc scans
 * proportional to its size, and by cost scaling ({@link CostScaling}) if that runs out — both
 * exact, the choice (deterministic: it depends only on the component) only affects speed — and
 * the class flow is handed to the members in demand order.
 */
final class ComponentSolver implements TreeTransport.Solver {
  /**
   * Successive shortest paths may scan each arc this many times (plus {@link #BUDGET_BASE})
   * before the component falls back to cost scaling.
   */
  static final int BUDGET_PER_ARC = 256;

  static final int BUDGET_BASE = 100_000;

  private final CompiledProblem cp;
  private final long budgetBase;
  private final boolean direct;
  private final int budgetPerArc;
  private final int[] localOfResource;
  /** Room left per resource (global index) while trying the cheapest pairs. */
  private final int[] room;
  private final ResidualNetwork net = new ResidualNetwork();
  private final ShortestPaths paths = new ShortestPaths();
  private int[] ds = new int[0];
  private int[] rs = new int[0];
  private int[] classOf = new int[0];
  private int[] reps = new int[0];
  private int[] supply = new int[0];
  private int[] classEdge = new int[1];
  private int[] cursor = new int[0];
  private int[] left = new int[0];
  private int[] table = new int[0];
  private int[] hashOf = new int[0];
  /** Components that fell back to cost scaling (for tests and tuning). */
  int fallbacks;
  /** Arc scans of successive shortest paths so far (for tuning). */
  long scans;
  /** Components served on their cheapest pairs without a network (for tests and tuning). */
  int directComponents;
  /** Components solved on the tree network (for tests and tuning). */
  int treeComponents;
  private @Nullable TreeTransport tree;

  ComponentSolver(CompiledProblem cp) {
    this(cp, BUDGET_BASE, BUDGET_PER_ARC, true);
  }

  /**
   * A solver that takes the tree-metric fast path where it is exact ({@link TreeTransport}).
   *
   * @param cp the compiled problem
   * @param treeFastPath whether to try the fast path per component
   */
  ComponentSolver(CompiledProblem cp, boolean treeFastPath) {
    this(cp, BUDGET_BASE, BUDGET_PER_ARC, true);
    Hierarchy h = cp.hierarchy;
    this.tree = treeFastPath && h != null ? new TreeTransport(cp, h) : null;
  }

  /**
   * A solver with another budget for successive shortest paths (for tests and tuning).
   *
   * @param cp the compiled problem
   * @param budgetBase arc scans allowed whatever the size
   * @param budgetPerArc arc scans allowed per arc on top; negative: always cost scaling
   */
  ComponentSolver(CompiledProblem cp, long budgetBase, int budgetPerArc) {
    this(cp, budgetBase, budgetPerArc, false);
  }

  /**
   * A solver with a budget for successive shortest paths and whether components served on their
   * cheapest pairs skip the network ({@link #cheapestWithRoom}; off when a test forces a route).
   */
  private ComponentSolver(CompiledProblem cp, long budgetBase, int budgetPerArc, boolean direct) {
    this.direct = direct;
    this.cp = cp;
    this.budgetBase = budgetBase;
    this.budgetPerArc = budgetPerArc;
    this.localOfResource = new int[cp.nR];
    this.room = new int[cp.nR];
  }

  /** Solves component c, writing the flow of its pairs into {@code flow}. */
  void solve(Components comps, int c, int[] flow) {
    int d0 = comps.demandStart[c];
    int nd = comps.demandStart[c + 1] - d0;
    int r0 = comps.resourceStart[c];
    int nr = comps.resourceStart[c + 1] - r0;
    if (ds.length < nd) {
      int size = Math.max(nd, ds.length * 2);
      ds = new int[size];
      classOf = new int[size];
      reps = new int[size];
      supply = new int[size];
      classEdge = new int[size + 1];
      cursor = new int[size];
      hashOf = new int[size];
    }
    if (rs.length < nr) {
      rs = new int[Math.max(nr, rs.length * 2)];
    }
    System.arraycopy(comps.demands, d0, ds, 0, nd);
    System.arraycopy(comps.resources, r0, rs, 0, nr);
    int count = mergeClasses(nd);
    classEdges(count);
    TreeTransport t = tree;
    if (t != null && t.solve(reps, count, supply, rs, nr, classEdge, left, this)) {
      treeComponents++;
      handOut(nd, count, flow);
      return;
    }
    if (direct && cheapestWithRoom(count, nr)) {
      directComponents++;
      handOut(nd, count, flow);
      return;
    }
    boolean solved = false;
    if (budgetPerArc >= 0) {
      net.build(cp, reps, count, supply, rs, nr, localOfResource, false);
      solved = paths.solve(net, count, budgetBase + (long) budgetPerArc * net.arcs);
      scans += paths.scans;
      fallbacks += solved ? 0 : 1;
    }
    if (!solved) {
      net.build(cp, reps, count, supply, rs, nr, localOfResource, true);
      new CostScaling(net).solve();
    }
    for (int k = 0; k < classEdge[count]; k++) {
      left[k] = net.flowOfEdge(k);
    }
    handOut(nd, count, flow);
  }

  @Override
  public void solve(
      int nodes, int m, int[] tail, int[] tip, int[] cap, long[] cost, long[] supply, int sources) {
    boolean solved = false;
    if (budgetPerArc >= 0) {
      net.build(nodes, m, tail, tip, cap, cost, supply, false);
      solved = paths.solve(net, sources, budgetBase + (long) budgetPerArc * net.arcs);
      scans += paths.scans;
      fallbacks += solved ? 0 : 1;
    }
    if (!solved) {
      net.build(nodes, m, tail, tip, cap, cost, supply, true);
      new CostScaling(net).solve();
    }
  }

  @Override
  public int flow(int arc) {
    return net.flowOfEdge(arc);
  }

  /**
   * Serves every class on its cheapest pairs, in class and pair order, while their resources have
   * room. If that serves every unit, the flow is optimal (all quantity served, each unit at its
   * class's least unit cost) and it is exactly what successive shortest paths would find first
   * (their first search from each class follows these zero-reduced-cost paths), so the network
   * need not be built; otherwise nothing is kept.
   *
   * @return whether every class was served this way ({@code left} then holds the class flows)
   */
  private boolean cheapestWithRoom(int count, int nr) {
    for (int i = 0; i < nr; i++) {
      room[rs[i]] = cp.cap[rs[i]];
    }
    int total = classEdge[count];
    Arrays.fill(left, 0, total, 0);
    for (int k = 0; k < count; k++) {
      int d = reps[k];
      int from = cp.start[d];
      int to = cp.start[d + 1];
      int min = Integer.MAX_VALUE;
      for (int e = from; e < to; e++) {
        min = Math.min(min, cp.cost[e]);
      }
      int need = supply[k];
      int base = classEdge[k] - from;
      for (int e = from; e < to && need > 0; e++) {
        if (cp.cost[e] == min) {
          int r = cp.res[e];
          int take = Math.min(need, room[r]);
          if (take > 0) {
            left[base + e] = take;
            room[r] -= take;
            need -= take;
          }
        }
      }
      if (need > 0) {
        return false;
      }
    }
    return true;
  }

  /** Groups the component's demands into classes; returns the class count. */
  private int mergeClasses(int nd) {
    int size = Integer.highestOneBit(Math.max(4, nd * 2 - 1)) << 1;
    if (table.length < size) {
      table = new int[size];
    }
    Arrays.fill(table, 0, size, -1);
    int mask = size - 1;
    int count = 0;
    for (int i = 0; i < nd; i++) {
      int d = ds[i];
      int h = hash(d);
      int slot = mix(h) & mask;
      int k = -1;
      while (table[slot] >= 0) {
        int cand = table[slot];
        if (hashOf[cand] == h
            && sameClass(reps[cand], d)
            && (long) supply[cand] + cp.qty[d] <= Integer.MAX_VALUE) {
          k = cand;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (k < 0) {
        // a new class (or a full one: its successor takes the slot further along the probe)
        k = count++;
        reps[k] = d;
        supply[k] = 0;
        hashOf[k] = h;
        table[slot] = k;
      }
      classOf[i] = k;
      supply[k] += cp.qty[d];
    }
    return count;
  }

  private int hash(int d) {
    int h = cp.weight[d];
    for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
      h = 31 * (31 * h + cp.res[e]) + cp.cost[e];
    }
    return h;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private boolean sameClass(int x, int d) {
    if (cp.weight[x] != cp.weight[d]) {
      return false;
    }
    int len = cp.start[d + 1] - cp.start[d];
    if (cp.start[x + 1] - cp.start[x] != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      int a = cp.start[d] + i;
      int b = cp.start[x] + i;
      if (cp.res[a] != cp.res[b] || cp.cost[a] != cp.cost[b]) {
        return false;
      }
    }
    return true;
  }

  /** Offsets of each class's pairs in {@code left}. */
  private void classEdges(int count) {
    classEdge[0] = 0;
    for (int k = 0; k < count; k++) {
      classEdge[k + 1] = classEdge[k] + cp.start[reps[k] + 1] - cp.start[reps[k]];
    }
    int total = classEdge[count];
    if (left.length < total) {
      left = new int[Math.max(total, left.length * 2)];
    }
  }

  /** Hands each class's flow, per position in its representative's pair list, to its members. */
  private void handOut(int nd, int count, int[] flow) {
    System.arraycopy(classEdge, 0, cursor, 0, count);
    for (int i = 0; i < nd; i++) {
      int d = ds[i];
      int k = classOf[i];
      int need = cp.qty[d];
      int base = classEdge[k];
      int end = classEdge[k + 1];
      for (int x = cursor[k]; x < end && need > 0; x++) {
        int take = Math.min(need, left[x]);
        if (take > 0) {
          flow[cp.start[d] + (x - base)] = take;
          left[x] -= take;
          need -= take;
        }
        if (left[x] == 0) {
          cursor[k] = x + 1;
        }
      }
    }
  }
}
