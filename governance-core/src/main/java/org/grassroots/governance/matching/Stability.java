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
    int[] served = new int[cp.nD];
    long[] used = new long[cp.nR];
    for (int d = 0; d < cp.nD; d++) {
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        int f = flow[e];
        if (f > 0) {
          served[d] += f;
          used[cp.res[e]] += f;
        }
      }
    }
    return blockingPairs(cp, flow, served, used);
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
    long count = 0;
    for (int d = 0; d < cp.nD; d++) {
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        int r = cp.res[e];
        if (demandKey(cp.cost[e], r) >= worstD[d]) {
          continue;
        }
        boolean rWants =
            used[r] < cp.cap[r]
                || (rd[r] >= 0 && resourcePrefers(cp.weight[d], cp.cost[e], d, rw[r], rc[r], rd[r]));
        if (rWants) {
          count++;
        }
      }
    }
    return count;
  }
}
