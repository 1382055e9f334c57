package org.grassroots.governance.matching;

import java.util.Arrays;

/**
 * Preferences derived from the policy and the blocking-pair count. A demand ranks resources by
 * unit cost, then index; a resource ranks demands by priority weight (higher first), then unit
 * cost, then index. A pair (d, r) blocks if d has unserved quantity or holds units from a
 * resource it ranks below r, and r has spare capacity or holds units of a demand it ranks below
 * d. O(pairs).
 */
final class Stability {
  private Stability() {}

  /** Demand-side key: smaller is preferred. */
  static long demandKey(int cost, int r) {
    return ((long) cost << 32) | r;
  }

  /** Whether resource-side (w1, c1, d1) is strictly preferred to (w2, c2, d2). */
  static boolean resourcePrefers(int w1, int c1, int d1, int w2, int c2, int d2) {
    if (w1 != w2) {
      return w1 > w2;
    }
    if (c1 != c2) {
      return c1 < c2;
    }
    return d1 < d2;
  }

  /** The blocking pairs of a flow per candidate pair (its served and used quantities derived). */
  static long blockingPairs(CompiledProblem cp, int[] flow) {
    return Totals.of(cp, flow).blockingPairs;
  }

  /**
   * What the metrics need from a flow, in two passes over the pairs: the served and used
   * quantities, the cost and level sums, and the blocking pairs (the first pass also finds each
   * demand's least preferred held resource and each resource's least preferred held demand).
   */
  static final class Totals {
    final int[] served;
    final long[] used;
    long totalCost;
    long levelSum;
    long blockingPairs;

    private Totals(int nD, int nR) {
      served = new int[nD];
      used = new long[nR];
    }

    static Totals of(CompiledProblem cp, int[] flow) {
      Totals t = new Totals(cp.nD, cp.nR);
      int[] served = t.served;
      long[] used = t.used;
      long[] worstD = new long[cp.nD];
      int[] rw = new int[cp.nR];
      int[] rc = new int[cp.nR];
      int[] rd = new int[cp.nR];
      Arrays.fill(rd, -1);
      long totalCost = 0;
      long levelSum = 0;
      for (int d = 0; d < cp.nD; d++) {
        long worst = Long.MIN_VALUE;
        long best = Long.MAX_VALUE;
        int s = 0;
        int w = cp.weight[d];
        for (int e = cp.start[d], end = cp.start[d + 1]; e < end; e++) {
          int f = flow[e];
          best = Math.min(best, demandKey(cp.cost[e], cp.res[e]));
          if (f > 0) {
            int r = cp.res[e];
            int c = cp.cost[e];
            s += f;
            used[r] += f;
            totalCost += (long) f * c;
            levelSum += (long) f * cp.level[e];
            worst = Math.max(worst, demandKey(c, r));
            if (rd[r] < 0 || resourcePrefers(rw[r], rc[r], rd[r], w, c, d)) {
              rw[r] = w;
              rc[r] = c;
              rd[r] = d;
            }
          }
        }
        served[d] = s;
        // a fully served demand that holds only its first choice prefers no other pair: skipped
        worstD[d] = s < cp.qty[d] ? Long.MAX_VALUE : worst == best ? Long.MIN_VALUE : worst;
      }
      t.totalCost = totalCost;
      t.levelSum = levelSum;
      t.blockingPairs = count(cp, worstD, used, rw, rc, rd);
      return t;
    }
  }

  static long blockingPairs(CompiledProblem cp, int[] flow, int[] served, long[] used) {
    long[] worstD = new long[cp.nD];
    int[] rw = new int[cp.nR];
    int[] rc = new int[cp.nR];
    int[] rd = new int[cp.nR];
    Arrays.fill(rd, -1);
    for (int d = 0; d < cp.nD; d++) {
      long worst = served[d] < cp.qty[d] ? Long.MAX_VALUE : Long.MIN_VALUE;
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        if (flow[e] > 0) {
          int r = cp.res[e];
          worst = Math.max(worst, demandKey(cp.cost[e], r));
          if (rd[r] < 0 || resourcePrefers(rw[r], rc[r], rd[r], cp.weight[d], cp.cost[e], d)) {
            rw[r] = cp.weight[d];
            rc[r] = cp.cost[e];
            rd[r] = d;
          }
        }
      }
      worstD[d] = worst;
    }
    return count(cp, worstD, used, rw, rc, rd);
  }

  /**
   * The pairs (d, r) that d prefers to its least preferred held resource (any, if d is not fully
   * served) and that r wants: it has room, or prefers d to its least preferred held demand.
   */
  private static long count(
      CompiledProblem cp, long[] worstD, long[] used, int[] rw, int[] rc, int[] rd) {
    long count = 0;
    for (int d = 0; d < cp.nD; d++) {
      long worst = worstD[d];
      if (worst == Long.MIN_VALUE) {
        continue; // no pair is preferred to what it holds
      }
      int w = cp.weight[d];
      for (int e = cp.start[d], end = cp.start[d + 1]; e < end; e++) {
        int r = cp.res[e];
        int c = cp.cost[e];
        if (demandKey(c, r) >= worst) {
          continue;
        }
        if (used[r] < cp.cap[r] || (rd[r] >= 0 && resourcePrefers(w, c, d, rw[r], rc[r], rd[r]))) {
          count++;
        }
      }
    }
    return count;
  }
}
