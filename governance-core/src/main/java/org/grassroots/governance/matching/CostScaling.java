package org.grassroots.governance.matching;

/**
 * Exact min-cost flow on one connected component of the candidate graph, by cost-scaling
 * push-relabel (Goldberg 1997, "An efficient implementation of a scaling minimum-cost flow
 * algorithm", J. Algorithms 22; Goldberg and Tarjan 1990), with FIFO discharge.
 *
 * <p>The network: each demand d supplies its quantity; arcs d→r (capacity quantity, cost the
 * unit cost), r→T (capacity the resource's capacity, cost 0) and an "unserved" arc d→T whose
 * cost {@code M · weight(d)} with {@code M = maxCost · 2 · min(|D|, |R|) + 1} makes the single
 * objective lexicographic: any flow serving more priority-weighted quantity is cheaper, whatever
 * its locality cost (a cycle of the difference of two flows has at most 2·min(|D|, |R|)
 * demand-resource arcs). Costs are multiplied by n + 1 so that 1-optimality is optimality.
 *
 * <p>O(n² m log(nC)) in the worst case; in practice near-linear per scaling phase on these
 * sparse bipartite networks. Deterministic: no randomness, a fixed arc order.
 */
final class CostScaling {
  private static final int ALPHA = 12;

  private final int n;
  private final int[] first;
  private final int[] head;
  private final int[] mate;
  private final int[] rcap;
  private final long[] cost;
  private final long[] price;
  private final long[] excess;
  private final int[] cur;
  private final int[] queue;
  private final boolean[] queued;
  private long maxCost;

  /** Arc position of each component edge's d→r arc, in the order edges were given. */
  final int[] edgeArc;

  private final int[] edgeCap;

  /**
   * Builds the network of one component.
   *
   * @param cp the compiled problem
   * @param ds the component's demands (global indices, ascending)
   * @param rs the component's resources (global indices, ascending)
   * @param localOfResource scratch: global resource index → local index, set for {@code rs}
   */
  CostScaling(CompiledProblem cp, int[] ds, int[] rs, int[] localOfResource) {
    int a = ds.length;
    int b = rs.length;
    n = a + b + 1;
    int t = a + b;
    for (int i = 0; i < b; i++) {
      localOfResource[rs[i]] = a + i;
    }
    int edges = 0;
    for (int d : ds) {
      edges += cp.start[d + 1] - cp.start[d];
    }
    int arcs = 2 * (edges + a + b);
    first = new int[n + 1];
    head = new int[arcs];
    mate = new int[arcs];
    rcap = new int[arcs];
    cost = new long[arcs];
    edgeArc = new int[edges];
    edgeCap = new int[edges];
    int[] deg = new int[n];
    for (int i = 0; i < a; i++) {
      int d = ds[i];
      deg[i] += cp.start[d + 1] - cp.start[d] + 1;
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        deg[localOfResource[cp.res[e]]]++;
      }
    }
    for (int i = 0; i < b; i++) {
      deg[a + i]++;
    }
    deg[t] = a + b;
    for (int v = 0; v < n; v++) {
      first[v + 1] = first[v] + deg[v];
    }
    int[] fill = new int[n];
    System.arraycopy(first, 0, fill, 0, n);
    long unit = n + 1L;
    int maxC = 0;
    for (int d : ds) {
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        maxC = Math.max(maxC, cp.cost[e]);
      }
    }
    long bigM = (long) maxC * 2L * Math.min(a, b) + 1;
    excess = new long[n];
    int k = 0;
    for (int i = 0; i < a; i++) {
      int d = ds[i];
      int q = cp.qty[d];
      excess[i] = q;
      excess[t] -= q;
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        int w = localOfResource[cp.res[e]];
        int arc = addArc(fill, i, w, q, cp.cost[e] * unit);
        edgeArc[k] = arc;
        edgeCap[k] = q;
        k++;
      }
      addArc(fill, i, t, q, Math.multiplyExact(Math.multiplyExact(bigM, cp.weight[d]), unit));
    }
    for (int i = 0; i < b; i++) {
      addArc(fill, a + i, t, cp.cap[rs[i]], 0);
    }
    price = new long[n];
    cur = new int[n];
    queue = new int[n];
    queued = new boolean[n];
  }

  private int addArc(int[] fill, int v, int w, int capacity, long c) {
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

  /** Solves; afterwards {@link #flowOfEdge} gives the flow on each d→r arc. */
  void solve() {
    long eps = Math.max(1, maxCost);
    // guard the price range: prices fall by at most about 3·n·eps per phase
    if (Math.multiplyHigh(eps, 8L * n) != 0) {
      throw new ArithmeticException("cost range too large for exact matching");
    }
    do {
      eps = Math.max(1, eps / ALPHA);
      refine(eps);
    } while (eps > 1);
  }

  int flowOfEdge(int k) {
    return edgeCap[k] - rcap[edgeArc[k]];
  }

  private void refine(long eps) {
    // saturate every admissible arc: the pseudo-flow becomes 0-optimal
    for (int v = 0; v < n; v++) {
      long pv = price[v];
      for (int x = first[v], end = first[v + 1]; x < end; x++) {
        int c = rcap[x];
        if (c > 0 && cost[x] + pv - price[head[x]] < 0) {
          rcap[x] = 0;
          rcap[mate[x]] += c;
          excess[v] -= c;
          excess[head[x]] += c;
        }
      }
    }
    int qh = 0;
    int qt = 0;
    int size = 0;
    for (int v = 0; v < n; v++) {
      cur[v] = first[v];
      if (excess[v] > 0) {
        queue[qt++] = v;
        if (qt == n) {
          qt = 0;
        }
        size++;
        queued[v] = true;
      }
    }
    while (size > 0) {
      int v = queue[qh++];
      if (qh == n) {
        qh = 0;
      }
      size--;
      queued[v] = false;
      // discharge v
      long ex = excess[v];
      int end = first[v + 1];
      while (ex > 0) {
        long pv = price[v];
        int x = cur[v];
        for (; x < end; x++) {
          int c = rcap[x];
          if (c > 0) {
            int w = head[x];
            if (cost[x] + pv - price[w] < 0) {
              int delta = (int) Math.min(ex, c);
              rcap[x] = c - delta;
              rcap[mate[x]] += delta;
              ex -= delta;
              long before = excess[w];
              excess[w] = before + delta;
              if (before <= 0 && before + delta > 0 && !queued[w]) {
                queue[qt++] = w;
                if (qt == n) {
                  qt = 0;
                }
                size++;
                queued[w] = true;
              }
              if (ex == 0) {
                break;
              }
            }
          }
        }
        if (ex == 0) {
          cur[v] = x;
          break;
        }
        // relabel: the largest price that makes some residual arc admissible, minus eps
        long best = Long.MIN_VALUE;
        for (int y = first[v]; y < end; y++) {
          if (rcap[y] > 0) {
            long cand = price[head[y]] - cost[y];
            if (cand > best) {
              best = cand;
            }
          }
        }
        price[v] = best - eps;
        cur[v] = first[v];
      }
      excess[v] = ex;
    }
  }
}
