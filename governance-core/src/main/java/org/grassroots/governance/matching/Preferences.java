package org.grassroots.governance.matching;

/**
 * Preference orders derived from the policy, as permutations of candidate pairs: per demand by
 * (unit cost, resource index); per resource by (weight descending, unit cost, demand index).
 * See {@link Stability}.
 */
final class Preferences {
  private Preferences() {}

  /** For each demand's slice {@code [start[d], start[d+1])}, the pair indices in preference order. */
  static int[] demandOrder(CompiledProblem cp) {
    int[] order = new int[cp.res.length];
    for (int d = 0; d < cp.nD; d++) {
      int s = cp.start[d];
      int t = cp.start[d + 1];
      for (int e = s; e < t; e++) {
        order[e] = e;
      }
      // insertion sort: degrees are small; resources ascend already, so ties keep index order
      for (int i = s + 1; i < t; i++) {
        int e = order[i];
        int c = cp.cost[e];
        int j = i - 1;
        while (j >= s && cp.cost[order[j]] > c) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = e;
      }
    }
    return order;
  }

  /** The candidate pairs grouped by resource (CSR: {@code rStart}, pair indices). */
  static final class ByResource {
    final int[] start;
    final int[] pairs;
    final int[] demandOf;

    ByResource(int[] start, int[] pairs, int[] demandOf) {
      this.start = start;
      this.pairs = pairs;
      this.demandOf = demandOf;
    }
  }

  /** Pairs grouped by resource, each group in the resource's preference order. */
  static ByResource resourceOrder(CompiledProblem cp) {
    int m = cp.res.length;
    int[] demandOf = new int[m];
    int[] start = new int[cp.nR + 1];
    for (int d = 0; d < cp.nD; d++) {
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        demandOf[e] = d;
        start[cp.res[e] + 1]++;
      }
    }
    for (int r = 0; r < cp.nR; r++) {
      start[r + 1] += start[r];
    }
    int[] fill = java.util.Arrays.copyOf(start, cp.nR);
    int[] pairs = new int[m];
    for (int e = 0; e < m; e++) {
      pairs[fill[cp.res[e]]++] = e;
    }
    long[] keys = new long[0];
    for (int r = 0; r < cp.nR; r++) {
      int s = start[r];
      int len = start[r + 1] - s;
      if (len < 2) {
        continue;
      }
      if (keys.length < len) {
        keys = new long[Math.max(len, keys.length * 2)];
      }
      // key: weight descending, cost ascending, demand ascending (pairs hold demand order)
      for (int i = 0; i < len; i++) {
        int e = pairs[s + i];
        long w = Math.min(cp.weight[demandOf[e]], (1 << 20) - 1);
        long c = Math.min(cp.cost[e], (1 << 20) - 1);
        keys[i] = (((1L << 20) - 1 - w) << 43) | (c << 23) | i;
      }
      java.util.Arrays.sort(keys, 0, len);
      int[] tmp = new int[len];
      for (int i = 0; i < len; i++) {
        tmp[i] = pairs[s + (int) (keys[i] & ((1 << 23) - 1))];
      }
      System.arraycopy(tmp, 0, pairs, s, len);
    }
    return new ByResource(start, pairs, demandOf);
  }
}
