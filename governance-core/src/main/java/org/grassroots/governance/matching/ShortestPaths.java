package org.grassroots.governance.matching;

/**
 * Exact min-cost flow on a small component by successive shortest paths (Ford–Fulkerson with
 * Dijkstra on reduced costs, Edmonds and Karp 1972; Tomizawa 1971): the demand classes are
 * taken in order, and each class's supply is sent to the sink T along shortest residual paths
 * (through a resource with room, by displacing another class's units, or over its own
 * "unserved" arc), keeping node potentials so that every residual arc has a non-negative reduced
 * cost. Adding a node's supply and routing it along a shortest path keeps the flow optimal, so
 * the final flow is a min-cost flow of the whole network (the same objective as
 * {@link CostScaling}).
 *
 * <p>Dijkstra stops when T is settled; only the settled nodes' potentials change
 * ({@code π(v) += d(v) − d(T)}), so a search that finds a resource with room next to its demand
 * costs a handful of arc scans. O(units · m log n) in the worst case, so the caller gives it a
 * budget of arc scans and falls back to cost scaling when it runs out (on the benchmark family it
 * never does, and it is several times faster than cost scaling there: most searches end at the
 * first resource with room).
 * Deterministic: a fixed arc order, ties in the heap broken by node index (the sink first).
 */
final class ShortestPaths {
  private long[] dist = new long[0];
  private int[] pred = new int[0];
  private int[] seen = new int[0];
  private int[] done = new int[0];
  private int[] heap = new int[0];
  private int[] pos = new int[0];
  private int[] settled = new int[0];
  private int epoch;
  private int sink;

  /** Arc scans of the last {@link #solve}. */
  long scans;

  /**
   * Solves the network (built with unscaled costs) in place, unless that takes more than
   * {@code budget} arc scans (the network is then left half-solved: rebuild it).
   *
   * @param g the network; its {@code price} array holds the potentials (0 at the start)
   * @param sources the number of demand classes (nodes {@code 0..sources-1})
   * @param budget the most arc scans to spend
   * @return whether it solved within the budget
   */
  boolean solve(ResidualNetwork g, int sources, long budget) {
    scans = 0;
    int n = g.n;
    if (dist.length < n) {
      int size = Math.max(n, dist.length * 2);
      dist = new long[size];
      pred = new int[size];
      seen = new int[size];
      done = new int[size];
      heap = new int[size];
      pos = new int[size];
      settled = new int[size];
      epoch = 0;
    }
    int t = n - 1;
    sink = t;
    long[] excess = g.excess;
    initialPotentials(g, sources);
    for (int s = 0; s < sources; s++) {
      directPaths(g, s, t);
      if (scans > budget) {
        return false;
      }
      while (excess[s] > 0) {
        augment(g, s, t);
        if (scans > budget) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Potentials from which the first search of every source is free: {@code π(s) = −(its cheapest
   * arc)}, 0 elsewhere. Valid (every residual arc keeps a non-negative reduced cost) because costs
   * are non-negative and, before any flow, only the sources' arcs leave them; the cheapest arc of
   * each source then has reduced cost 0, and so does a resource's arc to the sink.
   */
  private static void initialPotentials(ResidualNetwork g, int sources) {
    int[] first = g.first;
    int[] rcap = g.rcap;
    long[] cost = g.cost;
    long[] pi = g.price;
    for (int s = 0; s < sources; s++) {
      long min = Long.MAX_VALUE;
      for (int x = first[s], end = first[s + 1]; x < end; x++) {
        if (rcap[x] > 0 && cost[x] < min) {
          min = cost[x];
        }
      }
      pi[s] = min == Long.MAX_VALUE ? 0 : -min;
    }
  }

  /**
   * Sends s's excess along paths of reduced length 0 — s→T, or s→r→T through r's last arc (where
   * the network puts a resource's arc to the sink) — before any search: a path of length 0 is a
   * shortest path, and pushing along it leaves every reduced cost (and so the potentials) valid.
   * Most demands of a city-scale problem are served this way by a resource with room.
   */
  private void directPaths(ResidualNetwork g, int s, int t) {
    int[] first = g.first;
    int[] head = g.head;
    int[] rcap = g.rcap;
    int[] mate = g.mate;
    long[] cost = g.cost;
    long[] pi = g.price;
    long[] excess = g.excess;
    long ps = pi[s];
    scans += first[s + 1] - first[s];
    for (int x = first[s], end = first[s + 1]; x < end && excess[s] > 0; x++) {
      if (rcap[x] <= 0) {
        continue;
      }
      int w = head[x];
      if (cost[x] + ps - pi[w] != 0) {
        continue;
      }
      long delta = Math.min(excess[s], rcap[x]);
      int y = -1;
      if (w != t) {
        y = first[w + 1] - 1;
        if (y < first[w] || head[y] != t || rcap[y] <= 0 || cost[y] + pi[w] - pi[t] != 0) {
          continue;
        }
        delta = Math.min(delta, rcap[y]);
      }
      int d = (int) delta;
      rcap[x] -= d;
      rcap[mate[x]] += d;
      if (y >= 0) {
        rcap[y] -= d;
        rcap[mate[y]] += d;
      }
      excess[s] -= d;
      excess[t] += d;
    }
  }

  /** One Dijkstra from s to t, a potential update and one augmentation along the path found. */
  private void augment(ResidualNetwork g, int s, int t) {
    int[] first = g.first;
    int[] head = g.head;
    int[] rcap = g.rcap;
    long[] cost = g.cost;
    long[] pi = g.price;
    if (++epoch == Integer.MAX_VALUE) {
      java.util.Arrays.fill(seen, 0);
      java.util.Arrays.fill(done, 0);
      epoch = 1;
    }
    int e = epoch;
    int size = 0;
    int nSettled = 0;
    dist[s] = 0;
    seen[s] = e;
    pred[s] = -1;
    heap[0] = s;
    pos[s] = 0;
    size = 1;
    while (size > 0) {
      int v = heap[0];
      size--;
      if (size > 0) {
        siftDown(heap[size], 0, size);
      }
      done[v] = e;
      if (v == t) {
        break;
      }
      settled[nSettled++] = v;
      long dv = dist[v] + pi[v];
      scans += first[v + 1] - first[v];
      for (int x = first[v], end = first[v + 1]; x < end; x++) {
        if (rcap[x] > 0) {
          int w = head[x];
          if (done[w] == e) {
            continue;
          }
          long nd = dv + cost[x] - pi[w];
          if (seen[w] != e) {
            seen[w] = e;
            dist[w] = nd;
            pred[w] = x;
            siftUp(w, size++);
          } else if (nd < dist[w]) {
            dist[w] = nd;
            pred[w] = x;
            siftUp(w, pos[w]);
          }
        }
      }
    }
    long dt = dist[t];
    for (int i = 0; i < nSettled; i++) {
      int v = settled[i];
      pi[v] += dist[v] - dt;
    }
    // bottleneck and push
    long delta = g.excess[s];
    int[] mate = g.mate;
    for (int v = t; v != s; ) {
      int x = pred[v];
      delta = Math.min(delta, rcap[x]);
      v = head[mate[x]];
    }
    int d = (int) delta;
    for (int v = t; v != s; ) {
      int x = pred[v];
      rcap[x] -= d;
      rcap[mate[x]] += d;
      v = head[mate[x]];
    }
    g.excess[s] -= d;
    g.excess[t] += d;
  }

  /** Heap order: distance, then the sink first (a search ends as soon as it ties), then index. */
  private boolean less(int v, int w) {
    if (dist[v] != dist[w]) {
      return dist[v] < dist[w];
    }
    return v == sink || (w != sink && v < w);
  }

  private void siftUp(int v, int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int p = heap[parent];
      if (!less(v, p)) {
        break;
      }
      heap[i] = p;
      pos[p] = i;
      i = parent;
    }
    heap[i] = v;
    pos[v] = i;
  }

  private void siftDown(int v, int i, int size) {
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        break;
      }
      int c = l + 1 < size && less(heap[l + 1], heap[l]) ? l + 1 : l;
      if (!less(heap[c], v)) {
        break;
      }
      heap[i] = heap[c];
      pos[heap[i]] = i;
      i = c;
    }
    heap[i] = v;
    pos[v] = i;
  }
}
