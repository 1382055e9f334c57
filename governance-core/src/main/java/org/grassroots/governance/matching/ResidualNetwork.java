package org.grassroots.governance.matching;

import java.util.Arrays;

/**
 * The residual network of one component's min-cost flow, in reusable primitive arrays (one
 * instance per worker thread, grown as needed and rebuilt for each component, so solving many
 * small components allocates almost nothing).
 *
 * <p>Nodes: the component's demand classes {@code 0..a-1} (each supplying its quantity), its
 * resources {@code a..a+b-1} and the sink {@code T = a+b}. Arcs, each with its reverse: d→r
 * (capacity min(quantity, capacity of r), cost the unit cost), d→T "unserved" (capacity the
 * quantity, cost {@code M · weight(d)} with {@code M = maxCost · 2 · min(a, b) + 1}, which makes
 * the single objective lexicographic, see {@link CostScaling}) and r→T (capacity of r, cost 0).
 * Every cost is multiplied by {@code unit} (n + 1 for cost scaling, 1 for successive shortest
 * paths). The arrays are longer than the network; only the first {@link #n} nodes and
 * {@link #arcs} arcs are meaningful.
 */
final class ResidualNetwork {
  int n;
  int arcs;
  /** The number of d→r arcs (component edges). */
  int edges;
  long maxCost;
  int[] first = new int[1];
  int[] head = new int[0];
  int[] mate = new int[0];
  int[] rcap = new int[0];
  long[] cost = new long[0];
  long[] excess = new long[0];
  /** Arc of each component edge's d→r arc, in the order the edges were given. */
  int[] edgeArc = new int[0];
  /** The initial capacity of each component edge's d→r arc. */
  int[] edgeCap = new int[0];
  private int[] fill = new int[0];

  // scratch of the solvers, sized to n (prices start at 0 for every component)
  long[] price = new long[0];
  int[] cur = new int[0];
  int[] queue = new int[0];
  boolean[] queued = new boolean[0];
  int[] dist = new int[0];
  int[] bucketHead = new int[0];
  int[] nextInBucket = new int[0];
  int[] prevInBucket = new int[0];

  /**
   * Builds the network of one component.
   *
   * @param cp the compiled problem
   * @param ds the classes' representative demands, {@code ds[0..a-1]}
   * @param a the number of classes
   * @param supply each class's total quantity
   * @param rs the component's resources (global indices, ascending), {@code rs[0..b-1]}
   * @param b the number of resources
   * @param localOfResource scratch: global resource index → local node, set here for {@code rs}
   * @param costScaled whether costs are multiplied by n + 1 (for cost scaling)
   */
  void build(
      CompiledProblem cp,
      int[] ds,
      int a,
      int[] supply,
      int[] rs,
      int b,
      int[] localOfResource,
      boolean costScaled) {
    n = a + b + 1;
    int t = a + b;
    for (int i = 0; i < b; i++) {
      localOfResource[rs[i]] = a + i;
    }
    int m = 0;
    for (int i = 0; i < a; i++) {
      m += cp.start[ds[i] + 1] - cp.start[ds[i]];
    }
    edges = m;
    arcs = 2 * (m + a + b);
    ensure(n, arcs, m);
    Arrays.fill(first, 0, n + 1, 0);
    // degrees, shifted by one into first[]; the largest unit cost
    int maxC = 0;
    for (int i = 0; i < a; i++) {
      int d = ds[i];
      first[i + 1] += cp.start[d + 1] - cp.start[d] + 1;
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        first[localOfResource[cp.res[e]] + 1]++;
        maxC = Math.max(maxC, cp.cost[e]);
      }
    }
    for (int i = 0; i < b; i++) {
      first[a + i + 1]++;
    }
    first[t + 1] = a + b;
    for (int v = 0; v < n; v++) {
      first[v + 1] += first[v];
    }
    System.arraycopy(first, 0, fill, 0, n);
    long unit = costScaled ? n + 1L : 1L;
    long bigM = (long) maxC * 2L * Math.min(a, b) + 1;
    maxCost = 0;
    Arrays.fill(excess, 0, n, 0L);
    int k = 0;
    for (int i = 0; i < a; i++) {
      int d = ds[i];
      int q = supply[i];
      excess[i] = q;
      excess[t] -= q;
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        int w = localOfResource[cp.res[e]];
        // no optimal flow puts more than the resource's capacity on one arc into it
        int arcCap = Math.min(q, cp.cap[cp.res[e]]);
        edgeArc[k] = addArc(i, w, arcCap, cp.cost[e] * unit);
        edgeCap[k] = arcCap;
        k++;
      }
      addArc(i, t, q, Math.multiplyExact(Math.multiplyExact(bigM, cp.weight[d]), unit));
    }
    for (int i = 0; i < b; i++) {
      addArc(a + i, t, cp.cap[rs[i]], 0);
    }
    Arrays.fill(price, 0, n, 0L);
  }

  /**
   * Builds a general network from an arc list (the tree-metric network of {@link TreeTransport}):
   * node {@code nodes - 1} is the sink, arc {@code i} goes from {@code tail[i]} to
   * {@code tip[i]}; {@link #edgeArc}/{@link #flowOfEdge} then follow the arc list.
   */
  void build(
      int nodes,
      int m,
      int[] tail,
      int[] tip,
      int[] capacity,
      long[] arcCost,
      long[] supply,
      boolean costScaled) {
    n = nodes;
    edges = m;
    arcs = 2 * m;
    ensure(n, arcs, m);
    Arrays.fill(first, 0, n + 1, 0);
    for (int i = 0; i < m; i++) {
      first[tail[i] + 1]++;
      first[tip[i] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      first[v + 1] += first[v];
    }
    System.arraycopy(first, 0, fill, 0, n);
    long unit = costScaled ? n + 1L : 1L;
    maxCost = 0;
    System.arraycopy(supply, 0, excess, 0, n);
    for (int i = 0; i < m; i++) {
      edgeArc[i] = addArc(tail[i], tip[i], capacity[i], Math.multiplyExact(arcCost[i], unit));
      edgeCap[i] = capacity[i];
    }
    Arrays.fill(price, 0, n, 0L);
  }

  private int addArc(int v, int w, int capacity, long c) {
    int x = fill[v]++;
    int y = fill[w]++;
    head[x] = w;
    head[y] = v;
    mate[x] = y;
    mate[y] = x;
    rcap[x] = capacity;
    rcap[y] = 0;
    cost[x] = c;
    cost[y] = -c;
    maxCost = Math.max(maxCost, c);
    return x;
  }

  private void ensure(int nodes, int arcCount, int edgeCount) {
    if (first.length < nodes + 1) {
      int size = Math.max(nodes + 1, first.length * 2);
      first = new int[size];
      fill = new int[size];
      excess = new long[size];
      price = new long[size];
      cur = new int[size];
      queue = new int[size];
      queued = new boolean[size];
      dist = new int[size];
      bucketHead = new int[size + 1];
      nextInBucket = new int[size];
      prevInBucket = new int[size];
    }
    if (head.length < arcCount) {
      int size = Math.max(arcCount, head.length * 2);
      head = new int[size];
      mate = new int[size];
      rcap = new int[size];
      cost = new long[size];
    }
    if (edgeArc.length < edgeCount) {
      int size = Math.max(edgeCount, edgeArc.length * 2);
      edgeArc = new int[size];
      edgeCap = new int[size];
    }
  }

  /** The flow on component edge k after a solve. */
  int flowOfEdge(int k) {
    return edgeCap[k] - rcap[edgeArc[k]];
  }
}
