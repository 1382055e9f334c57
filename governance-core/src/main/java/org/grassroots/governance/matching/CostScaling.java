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
  private static final int ALPHA = 16;

  private final ResidualNetwork g;
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
  private final long maxCost;

  /**
   * A solver on a built network (costs multiplied by n + 1), whose arrays it works in.
   *
   * @param g the network
   */
  CostScaling(ResidualNetwork g) {
    this.g = g;
    n = g.n;
    first = g.first;
    head = g.head;
    mate = g.mate;
    rcap = g.rcap;
    cost = g.cost;
    price = g.price;
    excess = g.excess;
    cur = g.cur;
    queue = g.queue;
    queued = g.queued;
    maxCost = g.maxCost;
    java.util.Arrays.fill(queued, 0, n, false);
  }

  /** Solves; afterwards {@link ResidualNetwork#flowOfEdge} gives the flow on each d→r arc. */
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

  /** A price update after this many relabels per node (Goldberg's CS2 uses a similar rule). */
  private static final double UPDATE_EVERY = 0.5;

  /**
   * Goldberg's price update: a Dial scan backwards from the deficit nodes over residual arcs of
   * length {@code floor(rc / eps) + 1}, then {@code p(v) -= d(v) · eps}. Keeps eps-optimality
   * (d(v) ≤ l(v, w) + d(w) on every residual arc) and makes shortest paths to deficits
   * admissible. Distances are capped at n, which keeps the inequality.
   */
  private void priceUpdate(long eps) {
    int[] dist = g.dist;
    int[] bucketHead = g.bucketHead;
    int[] nextInBucket = g.nextInBucket;
    int cap = n;
    java.util.Arrays.fill(dist, 0, n, cap);
    java.util.Arrays.fill(bucketHead, 0, n + 1, -1);
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
    int[] bucketHead = g.bucketHead;
    int[] nextInBucket = g.nextInBucket;
    int[] prevInBucket = g.prevInBucket;
    int h = bucketHead[b];
    nextInBucket[v] = h;
    prevInBucket[v] = -1;
    if (h >= 0) {
      prevInBucket[h] = v;
    }
    bucketHead[b] = v;
  }

  private void remove(int v, int b) {
    int[] bucketHead = g.bucketHead;
    int[] nextInBucket = g.nextInBucket;
    int[] prevInBucket = g.prevInBucket;
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
