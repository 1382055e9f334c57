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
 * sparse bipartite networks. Heuristic: global price updates (a Dial scan from the deficits) at
 * the start of each phase and after every n/2 relabels. Deterministic: no randomness, a fixed arc order.
 */
final class CostScaling {
  private static final int ALPHA = 8;

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
   * @param ds the component's demand classes, each by a representative demand
   * @param supply each class's total quantity
   * @param rs the component's resources (global indices, ascending)
   * @param localOfResource scratch: global resource index → local index, set for {@code rs}
   */
  CostScaling(CompiledProblem cp, int[] ds, int[] supply, int[] rs, int[] localOfResource) {
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
      int q = supply[i];
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

  /** A price update after this many relabels per node (Goldberg's CS2 uses a similar rule). */
  private static final double UPDATE_EVERY = 0.5;
  private int[] dist = new int[0];
  private int[] bucketHead = new int[0];
  private int[] nextInBucket = new int[0];
  private int[] prevInBucket = new int[0];

  /**
   * Goldberg's price update: a Dial scan backwards from the deficit nodes over residual arcs of
   * length {@code floor(rc / eps) + 1}, then {@code p(v) -= d(v) · eps}. Keeps eps-optimality
   * (d(v) ≤ l(v, w) + d(w) on every residual arc) and makes shortest paths to deficits
   * admissible. Distances are capped at n, which keeps the inequality.
   */
  private void priceUpdate(long eps) {
    if (dist.length != n) {
      dist = new int[n];
      bucketHead = new int[n + 1];
      nextInBucket = new int[n];
      prevInBucket = new int[n];
    }
    int cap = n;
    java.util.Arrays.fill(dist, cap);
    java.util.Arrays.fill(bucketHead, -1);
    for (int v = 0; v < n; v++) {
      if (excess[v] < 0) {
        dist[v] = 0;
        insert(v, 0);
      }
    }
    for (int b = 0; b < cap; b++) {
      int w;
      while ((w = bucketHead[b]) >= 0) {
        remove(w, b);
        nextInBucket[w] = -2; // settled
        long pw = price[w];
        for (int x = first[w], end = first[w + 1]; x < end; x++) {
          int y = mate[x];
          if (rcap[y] > 0) {
            int v = head[x];
            if (nextInBucket[v] == -2 && dist[v] <= b) {
              continue;
            }
            long rc = cost[y] + price[v] - pw;
            long len = Math.floorDiv(rc, eps) + 1;
            long nd = b + Math.max(0, len);
            if (nd < dist[v]) {
              if (dist[v] < cap) {
                remove(v, dist[v]);
              }
              dist[v] = (int) nd;
              insert(v, (int) nd);
            }
          }
        }
      }
    }
    for (int v = 0; v < n; v++) {
      price[v] -= dist[v] * eps;
    }
  }

  private void insert(int v, int b) {
    int h = bucketHead[b];
    nextInBucket[v] = h;
    prevInBucket[v] = -1;
    if (h >= 0) {
      prevInBucket[h] = v;
    }
    bucketHead[b] = v;
  }

  private void remove(int v, int b) {
    int nx = nextInBucket[v];
    int pv = prevInBucket[v];
    if (pv >= 0) {
      nextInBucket[pv] = nx;
    } else {
      bucketHead[b] = nx;
    }
    if (nx >= 0) {
      prevInBucket[nx] = pv;
    }
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
    priceUpdate(eps);
    long relabelsSinceUpdate = 0;
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
        if (++relabelsSinceUpdate > UPDATE_EVERY * n) {
          excess[v] = ex;
          priceUpdate(eps);
          relabelsSinceUpdate = 0;
          for (int w = 0; w < n; w++) {
            cur[w] = first[w];
          }
          ex = excess[v];
        }
      }
      excess[v] = ex;
    }
  }
}
