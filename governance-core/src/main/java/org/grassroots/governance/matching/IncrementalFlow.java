package org.grassroots.governance.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The optimal flow of an {@link IncrementalMatching} session together with node potentials
 * (duals) that prove it optimal, kept across batches and repaired locally after each one.
 *
 * <p>The network is that of {@link CostScaling}: each demand d supplies its quantity; arcs d→r
 * (capacity the quantity, cost the unit cost), r→T (capacity the resource's capacity, cost 0)
 * and an "unserved" arc d→T of cost {@code M · weight(d)}, with one session-wide {@code M} large
 * enough that minimum cost means the lexicographic optimum (most priority-weighted quantity, then
 * least cost). Invariant between batches: every demand's supply is routed, and every residual arc
 * has a non-negative reduced cost {@code c(u,v) + π(u) − π(v)}, so the flow is optimal.
 *
 * <p>A batch breaks the balance in a few places and the invariant nowhere else: a new demand
 * brings an excess (its potential is set so that its arcs have non-negative reduced cost); a
 * withdrawn resource hands the flow it carried back to its demands as excess; a withdrawn demand
 * frees capacity, and a resource whose freed arc to T would have a negative reduced cost gets it
 * saturated, i.e. a deficit; a new resource likewise. Successive shortest paths repair it: a
 * Dijkstra search over reduced costs from one excess node forwards to T (or from one deficit node
 * backwards to T), an augmentation along the path, and the potential update {@code π(v) ∓ (D −
 * δ(v))} on the nodes settled closer than T (D) — which keeps every reduced cost non-negative
 * (Ahuja, Magnanti and Orlin 1993, ch. 9.7). Displacing a lower-priority demand is such a path
 * (new demand → resource → reverse arc to the displaced demand → its unserved arc to T). The
 * search stops when T is settled, so it never leaves the component of the change (the only node
 * components share is T). O(k · (m' + n' log n')) for k augmentations over the m' arcs and n'
 * nodes explored, typically a neighbourhood of the change.
 *
 * <p>The initial potentials come from the optimal flow of {@link ExactMatching} by a
 * label-correcting shortest-path search from T in each component's residual network (exact
 * integer duals; cost scaling itself ends with ε-optimal prices on scaled costs only).
 *
 * <p>Indices are the session's: demands and resources are numbered in order of arrival and never
 * reused; withdrawn ones stay as inert entries. Not thread-safe.
 */
final class IncrementalFlow {
  private static final long INF = Long.MAX_VALUE / 4;


  final long bigM;

  // demands
  int nD;
  int[] qty;
  int[] weight;
  long[] big;
  int[] unserved;
  int[] excess;
  int[] pStart;
  int[] pEnd;
  int[] dExtra;
  boolean[] dDead;
  long[] piD;

  // resources
  int nR;
  final int nR0;
  int[] cap;
  int[] used;
  int[] deficit;
  final int[] rStart;
  final int[] rPairs;
  int[] rExtra;
  boolean[] rDead;
  long[] piR;

  long piT;

  // pairs
  int m;
  final int m0;
  int[] pRes;
  int[] pDem;
  int[] pCost;
  byte[] pLevel;
  int[] pFlow;
  /** Links of the pairs added after the start (index e − m0): next in demand / resource lists. */
  int[] nextD;
  int[] nextR;

  // running objective
  long servedQuantity;
  long weightedServed;
  long totalCost;

  /** Demands whose allocation changed since the last {@link #clearChanged()}. */
  private int[] changedStamp = new int[0];
  private int changedEpoch = 1;
  final List<Integer> changed = new ArrayList<>();
  int augmentations;

  private IncrementalFlow(CompiledProblem cp, int[] flow, long bigM) {
    this.bigM = bigM;
    nD = cp.nD;
    nR = cp.nR;
    nR0 = nR;
    m = cp.res.length;
    m0 = m;
    int dCap = nD + Math.max(1024, nD / 16);
    int rCap = nR + Math.max(256, nR / 16);
    int pCap = (int) Math.min(CompiledProblem.MAX_EDGES, m + Math.max(16_384L, m / 16));
    qty = Arrays.copyOf(cp.qty, dCap);
    weight = Arrays.copyOf(cp.weight, dCap);
    big = new long[dCap];
    unserved = new int[dCap];
    excess = new int[dCap];
    pStart = Arrays.copyOf(cp.start, dCap);
    pEnd = new int[dCap];
    dExtra = new int[dCap];
    Arrays.fill(dExtra, -1);
    dDead = new boolean[dCap];
    piD = new long[dCap];
    cap = Arrays.copyOf(cp.cap, rCap);
    used = new int[rCap];
    deficit = new int[rCap];
    rExtra = new int[rCap];
    Arrays.fill(rExtra, -1);
    rDead = new boolean[rCap];
    piR = new long[rCap];
    pRes = Arrays.copyOf(cp.res, pCap);
    pCost = Arrays.copyOf(cp.cost, pCap);
    pLevel = Arrays.copyOf(cp.level, pCap);
    pFlow = Arrays.copyOf(flow, pCap);
    pDem = new int[pCap];
    nextD = new int[pCap - m0];
    nextR = new int[pCap - m0];
    rStart = new int[nR + 1];
    rPairs = new int[m];
    for (int d = 0; d < nD; d++) {
      pEnd[d] = cp.start[d + 1];
      big[d] = Math.multiplyExact(bigM, (long) weight[d]);
      int s = 0;
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        pDem[e] = d;
        int f = flow[e];
        s += f;
        used[cp.res[e]] += f;
        rStart[cp.res[e] + 1]++;
        totalCost += (long) f * cp.cost[e];
      }
      unserved[d] = qty[d] - s;
      servedQuantity += s;
      weightedServed += (long) s * weight[d];
    }
    for (int r = 0; r < nR; r++) {
      rStart[r + 1] += rStart[r];
    }
    int[] fill = Arrays.copyOf(rStart, nR);
    for (int e = 0; e < m; e++) {
      rPairs[fill[pRes[e]]++] = e;
    }
  }

  /**
   * The state after a solve: the optimal flow and exact potentials for it.
   *
   * @param cp the compiled problem
   * @param flow an optimal flow per pair (lexicographic objective)
   * @param bigM the price per unit of weight of leaving demand unserved
   * @param threads workers for the per-component potential search
   */
  static IncrementalFlow of(CompiledProblem cp, int[] flow, long bigM, int threads) {
    IncrementalFlow s = new IncrementalFlow(cp, flow, bigM);
    s.initialPotentials(Components.of(cp), threads);
    return s;
  }

  // ---------------------------------------------------------------- initial potentials

  private void initialPotentials(Components comps, int threads) {
    piT = 0;
    for (int d = 0; d < nD; d++) {
      // demands without pairs: all unserved, only T→d is residual
      piD[d] = -big[d];
    }
    if (comps.count == 0) {
      return;
    }
    int workers = Math.min(threads, comps.count);
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          for (int c = next.getAndIncrement(); c < comps.count; c = next.getAndIncrement()) {
            componentPotentials(comps.demandsOf(c), comps.resourcesOf(c));
          }
        };
    if (workers == 1) {
      work.run();
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "incremental-matching");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        futures.add(pool.submit(work));
      }
      for (Future<?> fu : futures) {
        fu.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pricing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Shortest distances from T in one component's residual network (FIFO label correcting;
   * every node of a component is reachable from T, and there is no negative cycle because the
   * flow is optimal). π = distance satisfies π(v) ≤ π(u) + c(u, v) on every residual arc.
   */
  private void componentPotentials(int[] ds, int[] rs) {
    int n = ds.length + rs.length;
    for (int d : ds) {
      piD[d] = INF;
    }
    for (int r : rs) {
      piR[r] = INF;
    }
    // queue of encoded nodes: demand d as d, resource r as ~r; T is the source (distance 0)
    int[] queue = new int[n + 1];
    boolean[] inQueue = new boolean[n];
    int head = 0;
    int tail = 0;
    int size = 0;
    // positions by binary search over the sorted component lists (ds, rs ascending)
    for (int i = 0; i < ds.length; i++) {
      int d = ds[i];
      if (unserved[d] > 0) {
        piD[d] = -big[d];
        queue[tail++] = d;
        inQueue[i] = true;
        size++;
      }
    }
    for (int i = 0; i < rs.length; i++) {
      int r = rs[i];
      if (used[r] > 0) {
        piR[r] = 0;
        queue[tail++] = ~r;
        inQueue[ds.length + i] = true;
        size++;
      }
    }
    if (tail == queue.length) {
      tail = 0;
    }
    long pops = 0;
    long limit = (long) n * (n + 1) + 16;
    while (size > 0) {
      int v = queue[head++];
      if (head == queue.length) {
        head = 0;
      }
      size--;
      if (++pops > limit) {
        throw new IllegalStateException("negative cycle: the initial flow is not optimal");
      }
      if (v >= 0) {
        int d = v;
        inQueue[Arrays.binarySearch(ds, d)] = false;
        long pd = piD[d];
        for (int e = pStart[d]; e < pEnd[d]; e++) {
          if (pFlow[e] < qty[d]) {
            int r = pRes[e];
            long nd = pd + pCost[e];
            if (nd < piR[r]) {
              piR[r] = nd;
              int i = ds.length + Arrays.binarySearch(rs, r);
              if (!inQueue[i]) {
                inQueue[i] = true;
                queue[tail++] = ~r;
                if (tail == queue.length) {
                  tail = 0;
                }
                size++;
              }
            }
          }
        }
        if (unserved[d] < qty[d] && pd + big[d] < 0) {
          throw new IllegalStateException("negative cycle through T: the initial flow is not optimal");
        }
      } else {
        int r = ~v;
        inQueue[ds.length + Arrays.binarySearch(rs, r)] = false;
        long pr = piR[r];
        if (used[r] < cap[r] && pr < 0) {
          throw new IllegalStateException("negative cycle through T: the initial flow is not optimal");
        }
        for (int k = rStart[r]; k < rStart[r + 1]; k++) {
          int e = rPairs[k];
          if (pFlow[e] > 0) {
            int d = pDem[e];
            long nd = pr - pCost[e];
            if (nd < piD[d]) {
              piD[d] = nd;
              int i = Arrays.binarySearch(ds, d);
              if (!inQueue[i]) {
                inQueue[i] = true;
                queue[tail++] = d;
                if (tail == queue.length) {
                  tail = 0;
                }
                size++;
              }
            }
          }
        }
      }
    }
    for (int d : ds) {
      if (piD[d] >= INF) {
        throw new IllegalStateException("demand unreachable from T: " + d);
      }
    }
    for (int r : rs) {
      if (piR[r] >= INF) {
        // no flow and no pair with room into it: any price with r→T non-negative will do
        piR[r] = 0;
      }
    }
  }

  // ---------------------------------------------------------------- growth

  private void ensureDemands(int extra) {
    if (nD + extra > qty.length) {
      int n = Math.max(nD + extra, qty.length + qty.length / 2);
      qty = Arrays.copyOf(qty, n);
      weight = Arrays.copyOf(weight, n);
      big = Arrays.copyOf(big, n);
      unserved = Arrays.copyOf(unserved, n);
      excess = Arrays.copyOf(excess, n);
      pStart = Arrays.copyOf(pStart, n);
      pEnd = Arrays.copyOf(pEnd, n);
      int old = dExtra.length;
      dExtra = Arrays.copyOf(dExtra, n);
      Arrays.fill(dExtra, old, n, -1);
      dDead = Arrays.copyOf(dDead, n);
      piD = Arrays.copyOf(piD, n);
    }
  }

  private void ensureResources(int extra) {
    if (nR + extra > cap.length) {
      int n = Math.max(nR + extra, cap.length + cap.length / 2);
      cap = Arrays.copyOf(cap, n);
      used = Arrays.copyOf(used, n);
      deficit = Arrays.copyOf(deficit, n);
      int old = rExtra.length;
      rExtra = Arrays.copyOf(rExtra, n);
      Arrays.fill(rExtra, old, n, -1);
      rDead = Arrays.copyOf(rDead, n);
      piR = Arrays.copyOf(piR, n);
    }
  }

  private void ensurePairs(int extra) {
    if ((long) m + extra > CompiledProblem.MAX_EDGES) {
      throw new IllegalArgumentException(
          Messages.f(Messages.PROBLEM_TOO_LARGE, (long) m + extra, CompiledProblem.MAX_EDGES));
    }
    if (m + extra > pRes.length) {
      int n = (int) Math.min(CompiledProblem.MAX_EDGES, Math.max((long) m + extra, pRes.length * 3L / 2));
      pRes = Arrays.copyOf(pRes, n);
      pDem = Arrays.copyOf(pDem, n);
      pCost = Arrays.copyOf(pCost, n);
      pLevel = Arrays.copyOf(pLevel, n);
      pFlow = Arrays.copyOf(pFlow, n);
      nextD = Arrays.copyOf(nextD, n - m0);
      nextR = Arrays.copyOf(nextR, n - m0);
    }
  }

  // ---------------------------------------------------------------- adjacency

  /** Output of {@link #demandPairs} and {@link #resourcePairs}; read it before the next call. */
  int[] scratch = new int[64];

  /** The pairs of demand d into {@link #scratch}; returns their count. */
  int demandPairs(int d) {
    int k = 0;
    int a = pStart[d];
    int b = pEnd[d];
    if (scratch.length < b - a) {
      scratch = new int[Math.max(b - a, scratch.length * 2)];
    }
    for (int e = a; e < b; e++) {
      scratch[k++] = e;
    }
    for (int e = dExtra[d]; e >= 0; e = nextD[e - m0]) {
      if (k == scratch.length) {
        scratch = Arrays.copyOf(scratch, k * 2);
      }
      scratch[k++] = e;
    }
    return k;
  }

  /** The pairs of resource r into {@link #scratch}; returns their count. */
  private int resourcePairs(int r) {
    int k = 0;
    if (r < nR0) {
      int a = rStart[r];
      int b = rStart[r + 1];
      if (scratch.length < b - a) {
        scratch = new int[Math.max(b - a, scratch.length * 2)];
      }
      for (int i = a; i < b; i++) {
        scratch[k++] = rPairs[i];
      }
    }
    for (int e = rExtra[r]; e >= 0; e = nextR[e - m0]) {
      if (k == scratch.length) {
        scratch = Arrays.copyOf(scratch, k * 2);
      }
      scratch[k++] = e;
    }
    return k;
  }

  // ---------------------------------------------------------------- batch operations

  /**
   * Adds a demand with its eligible pairs (resources, unit costs, levels); its supply becomes an
   * excess, routed by {@link #routeExcesses}.
   */
  int addDemand(int quantity, int w, int count, int[] res, int[] cost, byte[] level) {
    ensureDemands(1);
    ensurePairs(count);
    int d = nD++;
    qty[d] = quantity;
    weight[d] = w;
    big[d] = Math.multiplyExact(bigM, (long) w);
    unserved[d] = 0;
    excess[d] = quantity;
    dDead[d] = false;
    dExtra[d] = -1;
    pStart[d] = m;
    long pi = piT - big[d];
    for (int i = 0; i < count; i++) {
      int e = m++;
      int r = res[i];
      pRes[e] = r;
      pDem[e] = d;
      pCost[e] = cost[i];
      pLevel[e] = level[i];
      pFlow[e] = 0;
      nextD[e - m0] = -1;
      nextR[e - m0] = rExtra[r];
      rExtra[r] = e;
      pi = Math.max(pi, piR[r] - cost[i]);
    }
    pEnd[d] = m;
    piD[d] = pi;
    return d;
  }

  /**
   * Adds a resource with its eligible pairs (demands, unit costs, levels); if some eligible
   * demand would gain by it (its price is below T's), its arc to T is saturated: a deficit,
   * routed by {@link #routeDeficits}.
   */
  int addResource(int capacity, int count, int[] dem, int[] cost, byte[] level) {
    ensureResources(1);
    ensurePairs(count);
    int r = nR++;
    cap[r] = capacity;
    used[r] = 0;
    deficit[r] = 0;
    rDead[r] = false;
    rExtra[r] = -1;
    long pi = piT;
    for (int i = 0; i < count; i++) {
      int e = m++;
      int d = dem[i];
      pRes[e] = r;
      pDem[e] = d;
      pCost[e] = cost[i];
      pLevel[e] = level[i];
      pFlow[e] = 0;
      nextD[e - m0] = dExtra[d];
      dExtra[d] = e;
      nextR[e - m0] = rExtra[r];
      rExtra[r] = e;
      pi = Math.min(pi, piD[d] + cost[i]);
    }
    piR[r] = pi;
    if (pi < piT && capacity > 0) {
      used[r] = capacity;
      deficit[r] = capacity;
    }
    return r;
  }

  /** Withdraws a demand: cancels its flow; a resource left with room may get a deficit. */
  void withdrawDemand(int d, List<Integer> deficits) {
    int k = demandPairs(d);
    for (int i = 0; i < k; i++) {
      int e = scratch[i];
      int f = pFlow[e];
      if (f > 0) {
        int r = pRes[e];
        changeFlow(e, -f);
        used[r] -= f;
        if (used[r] < cap[r] && piR[r] < piT && deficit[r] == 0) {
          deficits.add(r);
        }
      }
    }
    unserved[d] = 0;
    excess[d] = 0;
    qty[d] = 0;
    dDead[d] = true;
    mark(d);
  }

  /** Saturates the arcs to T of resources whose price fell below T's after withdrawals. */
  void saturate(List<Integer> resources) {
    for (int r : resources) {
      if (!rDead[r] && used[r] < cap[r] && piR[r] < piT) {
        deficit[r] += cap[r] - used[r];
        used[r] = cap[r];
      }
    }
  }

  /** Withdraws a resource: the flow it carried becomes excess of its demands. */
  void withdrawResource(int r, List<Integer> excesses) {
    int k = resourcePairs(r);
    for (int i = 0; i < k; i++) {
      int e = scratch[i];
      int f = pFlow[e];
      if (f > 0) {
        int d = pDem[e];
        changeFlow(e, -f);
        if (excess[d] == 0) {
          excesses.add(d);
        }
        excess[d] += f;
      }
    }
    used[r] = 0;
    cap[r] = 0;
    deficit[r] = 0;
    rDead[r] = true;
  }

  /** Routes the excess of each listed demand to T along shortest paths. */
  void routeExcesses(List<Integer> demands) {
    for (int d : demands) {
      while (excess[d] > 0) {
        augmentForward(d);
      }
    }
  }

  /** Fills the deficit of each listed resource from T along shortest paths. */
  void routeDeficits(List<Integer> resources) {
    for (int r : resources) {
      while (deficit[r] > 0) {
        augmentBackward(r);
      }
    }
  }

  private void changeFlow(int e, int delta) {
    int d = pDem[e];
    pFlow[e] += delta;
    servedQuantity += delta;
    totalCost += (long) delta * pCost[e];
    weightedServed += (long) delta * weight[d];
    mark(d);
  }

  private void mark(int d) {
    if (changedStamp.length <= d) {
      changedStamp = Arrays.copyOf(changedStamp, Math.max(d + 1, changedStamp.length * 2));
    }
    if (changedStamp[d] != changedEpoch) {
      changedStamp[d] = changedEpoch;
      changed.add(d);
    }
  }

  void clearChanged() {
    changed.clear();
    changedEpoch++;
    augmentations = 0;
  }

  // ---------------------------------------------------------------- Dijkstra

  private int epoch;
  private int[] seenD = new int[0];
  private int[] seenR = new int[0];
  private long[] distD = new long[0];
  private long[] distR = new long[0];
  private int[] parD = new int[0];
  private int[] parR = new int[0];
  private int[] posD = new int[0];
  private int[] posR = new int[0];
  private int[] heapNode = new int[64];
  private long[] heapKey = new long[64];
  private int heapSize;
  private int[] settled = new int[64];
  private int settledCount;
  private long distT;
  private int parT;

  private void begin() {
    if (seenD.length < nD) {
      int n = Math.max(nD, qty.length);
      seenD = Arrays.copyOf(seenD, n);
      distD = new long[n];
      parD = new int[n];
      posD = new int[n];
    }
    if (seenR.length < nR) {
      int n = Math.max(nR, cap.length);
      seenR = Arrays.copyOf(seenR, n);
      distR = new long[n];
      parR = new int[n];
      posR = new int[n];
    }
    epoch++;
    heapSize = 0;
    settledCount = 0;
    distT = INF;
    parT = 0;
  }

  private void relaxD(int d, long nd, int via) {
    if (nd >= distT) {
      return; // never settled before T
    }
    if (seenD[d] != epoch) {
      seenD[d] = epoch;
      distD[d] = nd;
      parD[d] = via;
      push(d, nd);
    } else if (posD[d] >= 0 && nd < distD[d]) {
      distD[d] = nd;
      parD[d] = via;
      siftUp(posD[d], d, nd);
    }
  }

  private void relaxR(int r, long nd, int via) {
    if (nd >= distT) {
      return;
    }
    if (seenR[r] != epoch) {
      seenR[r] = epoch;
      distR[r] = nd;
      parR[r] = via;
      push(~r, nd);
    } else if (posR[r] >= 0 && nd < distR[r]) {
      distR[r] = nd;
      parR[r] = via;
      siftUp(posR[r], ~r, nd);
    }
  }

  private void setPos(int v, int i) {
    if (v >= 0) {
      posD[v] = i;
    } else {
      posR[~v] = i;
    }
  }

  private void push(int v, long key) {
    if (heapSize == heapNode.length) {
      heapNode = Arrays.copyOf(heapNode, heapSize * 2);
      heapKey = Arrays.copyOf(heapKey, heapSize * 2);
    }
    siftUp(heapSize++, v, key);
  }

  private void siftUp(int i, int v, long key) {
    while (i > 0) {
      int p = (i - 1) >>> 1;
      long pk = heapKey[p];
      if (pk < key || (pk == key && heapNode[p] <= v)) {
        break;
      }
      heapNode[i] = heapNode[p];
      heapKey[i] = pk;
      setPos(heapNode[i], i);
      i = p;
    }
    heapNode[i] = v;
    heapKey[i] = key;
    setPos(v, i);
  }

  private int pop() {
    int top = heapNode[0];
    setPos(top, -1);
    int n = --heapSize;
    if (n > 0) {
      int v = heapNode[n];
      long key = heapKey[n];
      int i = 0;
      while (true) {
        int c = 2 * i + 1;
        if (c >= n) {
          break;
        }
        if (c + 1 < n
            && (heapKey[c + 1] < heapKey[c]
                || (heapKey[c + 1] == heapKey[c] && heapNode[c + 1] < heapNode[c]))) {
          c++;
        }
        if (heapKey[c] > key || (heapKey[c] == key && heapNode[c] >= v)) {
          break;
        }
        heapNode[i] = heapNode[c];
        heapKey[i] = heapKey[c];
        setPos(heapNode[i], i);
        i = c;
      }
      heapNode[i] = v;
      heapKey[i] = key;
      setPos(v, i);
    }
    if (settledCount == settled.length) {
      settled = Arrays.copyOf(settled, settledCount * 2);
    }
    settled[settledCount++] = top;
    return top;
  }

  /** Moves potentials of the nodes settled closer than T: forward −(D − δ), backward +(D − δ). */
  private void updatePotentials(boolean forward) {
    long dT = distT;
    for (int i = 0; i < settledCount; i++) {
      int v = settled[i];
      if (v >= 0) {
        long delta = dT - distD[v];
        if (delta > 0) {
          piD[v] += forward ? -delta : delta;
        }
      } else {
        long delta = dT - distR[~v];
        if (delta > 0) {
          piR[~v] += forward ? -delta : delta;
        }
      }
    }
  }

  /** One shortest path from demand s (with excess) to T, then an augmentation along it. */
  private void augmentForward(int s) {
    begin();
    relaxD(s, 0, -1);
    while (heapSize > 0 && heapKey[0] < distT) {
      int v = pop();
      if (v >= 0) {
        int d = v;
        long dv = distD[d];
        long pd = piD[d];
        int q = qty[d];
        if (unserved[d] < q) {
          long nd = dv + big[d] + pd - piT;
          if (nd < distT) {
            distT = nd;
            parT = d;
          }
        }
        int k = demandPairs(d);
        for (int i = 0; i < k; i++) {
          int e = scratch[i];
          int r = pRes[e];
          if (pFlow[e] < q && !rDead[r]) {
            relaxR(r, dv + pCost[e] + pd - piR[r], e);
          }
        }
      } else {
        int r = ~v;
        long dv = distR[r];
        long pr = piR[r];
        if (used[r] < cap[r]) {
          long nd = dv + pr - piT;
          if (nd < distT) {
            distT = nd;
            parT = v;
          }
        }
        int k = resourcePairs(r);
        for (int i = 0; i < k; i++) {
          int e = scratch[i];
          if (pFlow[e] > 0) {
            int d = pDem[e];
            relaxD(d, dv - pCost[e] + pr - piD[d], e);
          }
        }
      }
    }
    if (distT >= INF) {
      throw new IllegalStateException("no path to T from demand " + s);
    }
    updatePotentials(true);
    // bottleneck, walking back from T
    int b = excess[s];
    int v = parT;
    b = Math.min(b, v >= 0 ? qty[v] - unserved[v] : cap[~v] - used[~v]);
    while (v != s) {
      if (v >= 0) {
        int e = parD[v];
        b = Math.min(b, pFlow[e]);
        v = ~pRes[e];
      } else {
        int e = parR[~v];
        int d = pDem[e];
        b = Math.min(b, qty[d] - pFlow[e]);
        v = d;
      }
    }
    v = parT;
    if (v >= 0) {
      unserved[v] += b;
    } else {
      used[~v] += b;
    }
    while (v != s) {
      if (v >= 0) {
        int e = parD[v];
        changeFlow(e, -b);
        v = ~pRes[e];
      } else {
        int e = parR[~v];
        changeFlow(e, b);
        v = pDem[e];
      }
    }
    excess[s] -= b;
    augmentations++;
  }

  /** One shortest path from T to resource s (with deficit), then an augmentation along it. */
  private void augmentBackward(int s) {
    begin();
    relaxR(s, 0, -1);
    while (heapSize > 0 && heapKey[0] < distT) {
      int v = pop();
      if (v >= 0) {
        int d = v;
        long dv = distD[d];
        long pd = piD[d];
        if (unserved[d] > 0) {
          long nd = dv - big[d] + piT - pd;
          if (nd < distT) {
            distT = nd;
            parT = d;
          }
        }
        int k = demandPairs(d);
        for (int i = 0; i < k; i++) {
          int e = scratch[i];
          if (pFlow[e] > 0) {
            int r = pRes[e];
            relaxR(r, dv - pCost[e] + piR[r] - pd, e);
          }
        }
      } else {
        int r = ~v;
        long dv = distR[r];
        long pr = piR[r];
        if (used[r] > 0) {
          long nd = dv + piT - pr;
          if (nd < distT) {
            distT = nd;
            parT = v;
          }
        }
        int k = resourcePairs(r);
        for (int i = 0; i < k; i++) {
          int e = scratch[i];
          int d = pDem[e];
          if (pFlow[e] < qty[d]) {
            relaxD(d, dv + pCost[e] + piD[d] - pr, e);
          }
        }
      }
    }
    if (distT >= INF) {
      throw new IllegalStateException("no path from T to resource " + s);
    }
    updatePotentials(false);
    int b = deficit[s];
    int v = parT;
    b = Math.min(b, v >= 0 ? unserved[v] : used[~v]);
    while (v != ~s) {
      if (v >= 0) {
        int e = parD[v];
        b = Math.min(b, qty[v] - pFlow[e]);
        v = ~pRes[e];
      } else {
        int e = parR[~v];
        b = Math.min(b, pFlow[e]);
        v = pDem[e];
      }
    }
    v = parT;
    if (v >= 0) {
      unserved[v] -= b;
    } else {
      used[~v] -= b;
    }
    while (v != ~s) {
      if (v >= 0) {
        int e = parD[v];
        changeFlow(e, b);
        v = ~pRes[e];
      } else {
        int e = parR[~v];
        changeFlow(e, -b);
        v = pDem[e];
      }
    }
    deficit[s] -= b;
    augmentations++;
  }

  // ---------------------------------------------------------------- checks (for tests)

  /**
   * Checks the invariant: balance everywhere, flows within capacities, and a non-negative
   * reduced cost on every residual arc.
   *
   * @return the first violation found, or empty
   */
  String violation() {
    long[] in = new long[nR];
    for (int d = 0; d < nD; d++) {
      if (excess[d] != 0) {
        return "excess at demand " + d;
      }
      int k = demandPairs(d);
      long s = unserved[d];
      if (unserved[d] < 0 || unserved[d] > qty[d]) {
        return "unserved out of range at " + d;
      }
      if (unserved[d] > 0 && -big[d] + piT - piD[d] < 0) {
        return "reduced cost T→d " + d;
      }
      if (unserved[d] < qty[d] && big[d] + piD[d] - piT < 0) {
        return "reduced cost d→T " + d;
      }
      for (int i = 0; i < k; i++) {
        int e = scratch[i];
        int r = pRes[e];
        int f = pFlow[e];
        if (f < 0 || f > qty[d] || (rDead[r] && f > 0)) {
          return "flow out of range on pair " + e;
        }
        s += f;
        in[r] += f;
        long rc = pCost[e] + piD[d] - piR[r];
        if (f < qty[d] && !rDead[r] && rc < 0) {
          return "reduced cost d→r on pair " + e + ": " + rc;
        }
        if (f > 0 && rc > 0) {
          return "reduced cost r→d on pair " + e + ": " + -rc;
        }
      }
      if (s != qty[d]) {
        return "demand " + d + " not balanced";
      }
    }
    for (int r = 0; r < nR; r++) {
      if (deficit[r] != 0 || in[r] != used[r] || used[r] > cap[r]) {
        return "resource " + r + " not balanced";
      }
      if (used[r] < cap[r] && piR[r] - piT < 0) {
        return "reduced cost r→T " + r;
      }
      if (used[r] > 0 && piT - piR[r] < 0) {
        return "reduced cost T→r " + r;
      }
    }
    return "";
  }
}
