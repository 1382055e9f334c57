package org.grassroots.governance.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link PreferenceOrders} compiled onto a problem's candidate pairs: per pair, the demand's rank
 * of the resource and the resource's rank of the demand (smaller is better,
 * {@link #UNACCEPTABLE} for a partner left off a supplied list); agents without a list keep the
 * policy-derived keys of {@link Stability}. Also the proposers' lists for deferred acceptance
 * and the blocking-pair count under these ranks. O(pairs log pairs).
 */
final class SuppliedRanks {
  static final long UNACCEPTABLE = Long.MAX_VALUE;

  /** Per pair: the demand's key of the resource. */
  final long[] dKey;
  /** Per pair: the resource's key of the demand. */
  final long[] rKey;

  final int[] demandOf;

  private SuppliedRanks(long[] dKey, long[] rKey, int[] demandOf) {
    this.dKey = dKey;
    this.rKey = rKey;
    this.demandOf = demandOf;
  }

  static SuppliedRanks of(MatchingProblem p, PreferenceOrders orders) {
    orders.checkAgainst(p);
    CompiledProblem cp = p.compiled();
    int m = cp.res.length;
    int[] demandOf = new int[m];
    for (int d = 0; d < cp.nD; d++) {
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        demandOf[e] = d;
      }
    }
    long[] dKey = new long[m];
    for (int e = 0; e < m; e++) {
      dKey[e] = Stability.demandKey(cp.cost[e], cp.res[e]);
    }
    long[] rKey = DeferredAcceptance.resourceKeys(cp, demandOf);
    Map<Object, Integer> dIndex = new HashMap<>();
    for (int d = 0; d < cp.nD; d++) {
      dIndex.put(p.demands().get(d).id(), d);
    }
    Map<Object, Integer> rIndex = new HashMap<>();
    for (int r = 0; r < cp.nR; r++) {
      rIndex.put(p.resources().get(r).id(), r);
    }
    orders
        .byDemand()
        .forEach(
            (id, list) -> {
              int d = index(dIndex, id);
              Arrays.fill(dKey, cp.start[d], cp.start[d + 1], UNACCEPTABLE);
              for (int i = 0; i < list.size(); i++) {
                int e = pairOf(cp, d, index(rIndex, list.get(i)));
                if (e >= 0) {
                  dKey[e] = i;
                }
              }
            });
    boolean[] listed = new boolean[cp.nR];
    Map<Integer, List<?>> lists = new HashMap<>();
    orders
        .byResource()
        .forEach(
            (id, list) -> {
              int r = index(rIndex, id);
              listed[r] = true;
              lists.put(r, list);
            });
    if (!lists.isEmpty()) {
      for (int e = 0; e < m; e++) {
        if (listed[cp.res[e]]) {
          rKey[e] = UNACCEPTABLE;
        }
      }
      lists.forEach(
          (r, list) -> {
            for (int i = 0; i < list.size(); i++) {
              int e = pairOf(cp, index(dIndex, list.get(i)), r);
              if (e >= 0) {
                rKey[e] = i;
              }
            }
          });
    }
    return new SuppliedRanks(dKey, rKey, demandOf);
  }

  private static int index(Map<Object, Integer> ids, Object id) {
    Integer i = ids.get(id);
    if (i == null) {
      // checkAgainst has run: cannot happen
      throw new IllegalStateException("unknown id " + id);
    }
    return i;
  }

  /** The pair index of (d, r), or -1 if r is not a candidate of d. */
  static int pairOf(CompiledProblem cp, int d, int r) {
    int e = Arrays.binarySearch(cp.res, cp.start[d], cp.start[d + 1], r);
    return e >= 0 ? e : -1;
  }

  boolean acceptable(int e) {
    return dKey[e] != UNACCEPTABLE && rKey[e] != UNACCEPTABLE;
  }

  /**
   * The mutually acceptable pairs grouped by owner (CSR), each group sorted by the owner's keys.
   *
   * @param owners the number of owners
   * @param ownerOf each pair's owner
   * @param key the owner's key of each pair
   * @return {@code {start, pairs}}
   */
  int[][] lists(int owners, int[] ownerOf, long[] key) {
    int m = ownerOf.length;
    int[] start = new int[owners + 1];
    for (int e = 0; e < m; e++) {
      if (acceptable(e)) {
        start[ownerOf[e] + 1]++;
      }
    }
    for (int o = 0; o < owners; o++) {
      start[o + 1] += start[o];
    }
    Integer[] pairs = new Integer[start[owners]];
    int[] fill = Arrays.copyOf(start, owners);
    for (int e = 0; e < m; e++) {
      if (acceptable(e)) {
        pairs[fill[ownerOf[e]]++] = e;
      }
    }
    for (int o = 0; o < owners; o++) {
      // keys are unique within an owner (positions in a list, or policy keys ending in an index)
      Arrays.sort(pairs, start[o], start[o + 1], (x, y) -> Long.compare(key[x], key[y]));
    }
    int[] out = new int[pairs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = pairs[i];
    }
    return new int[][] {start, out};
  }

  /** Blocking pairs of a flow under these keys (see {@link PreferenceOrders#blockingPairs}). */
  long blockingPairs(CompiledProblem cp, int[] flow) {
    int m = cp.res.length;
    int[] served = new int[cp.nD];
    long[] used = new long[cp.nR];
    for (int e = 0; e < m; e++) {
      served[demandOf[e]] += flow[e];
      used[cp.res[e]] += flow[e];
    }
    // the worst key each side holds; MAX_VALUE where it has room (it wants any acceptable partner)
    long[] worstD = new long[cp.nD];
    for (int d = 0; d < cp.nD; d++) {
      worstD[d] = served[d] < cp.qty[d] ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    long[] worstR = new long[cp.nR];
    for (int r = 0; r < cp.nR; r++) {
      worstR[r] = used[r] < cp.cap[r] ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    for (int e = 0; e < m; e++) {
      if (flow[e] > 0) {
        int d = demandOf[e];
        int r = cp.res[e];
        worstD[d] = Math.max(worstD[d], dKey[e]);
        worstR[r] = Math.max(worstR[r], rKey[e]);
      }
    }
    long count = 0;
    for (int e = 0; e < m; e++) {
      if (acceptable(e) && dKey[e] < worstD[demandOf[e]] && rKey[e] < worstR[cp.res[e]]) {
        count++;
      }
    }
    return count;
  }
}
