package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Stable allocation by deferred acceptance (延迟接受, Gale and Shapley 1962; Roth 1984 for
 * many-to-one with capacities), with quantities: either demands propose (each offers its
 * unserved quantity to its next preferred resource; a resource keeps the best units up to its
 * capacity and rejects the rest) or resources propose (each offers its spare capacity to its
 * next preferred demand; a demand keeps the best offers up to its quantity).
 *
 * <p>Preferences come from the policy: a demand prefers lower unit cost (then the earlier
 * resource); a resource prefers higher priority weight, then lower unit cost, then the earlier
 * demand. Or they are supplied ({@link PreferenceOrders}: per demand and per resource an ordered
 * list of acceptable partners; a listed agent finds unlisted candidates unacceptable, an
 * unlisted agent keeps the policy's order); then {@link MatchingMetrics#blockingPairs()} of the
 * result counts blocking pairs under the supplied orders. The result has no blocking pair under
 * the preferences in use ({@link MatchingMetrics#blockingPairs()} is 0); the proposing side gets
 * its best stable allocation. O(pairs · log capacity), plus a sort of the pairs for supplied
 * orders. Immutable and thread-safe.
 *
 * <pre>{@code
 * DeferredAcceptance.demandProposing().solve(problem).metrics().blockingPairs(); // 0
 * DeferredAcceptance.resourceProposing(orders).solve(problem);               // supplied orders
 * }</pre>
 */
public final class DeferredAcceptance implements MatchingAlgorithm {
  private final boolean demandsPropose;
  private final PreferenceOrders orders;

  private DeferredAcceptance(boolean demandsPropose, PreferenceOrders orders) {
    this.demandsPropose = demandsPropose;
    this.orders = orders;
  }

  /**
   * Demands propose, with preferences derived from the policy.
   *
   * @return the algorithm
   */
  public static DeferredAcceptance demandProposing() {
    return new DeferredAcceptance(true, PreferenceOrders.none());
  }

  /**
   * Resources propose, with preferences derived from the policy.
   *
   * @return the algorithm
   */
  public static DeferredAcceptance resourceProposing() {
    return new DeferredAcceptance(false, PreferenceOrders.none());
  }

  /**
   * Demands propose, with supplied preference orders (agents without a list keep the policy's).
   *
   * @param orders the orders; their ids are checked against each problem solved
   * @return the algorithm
   */
  public static DeferredAcceptance demandProposing(PreferenceOrders orders) {
    return new DeferredAcceptance(true, requireNonNull(orders, "orders"));
  }

  /**
   * Resources propose, with supplied preference orders (agents without a list keep the
   * policy's).
   *
   * @param orders the orders; their ids are checked against each problem solved
   * @return the algorithm
   */
  public static DeferredAcceptance resourceProposing(PreferenceOrders orders) {
    return new DeferredAcceptance(false, requireNonNull(orders, "orders"));
  }

  /**
   * The preference orders in use ({@link PreferenceOrders#none()} for the policy's).
   *
   * @return the orders
   */
  public PreferenceOrders orders() {
    return orders;
  }

  @Override
  public String name() {
    return demandsPropose ? "stable-demand-proposing" : "stable-resource-proposing";
  }

  @Override
  public Result solve(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    CompiledProblem cp = problem.compiled();
    if (orders.byDemand().isEmpty() && orders.byResource().isEmpty()) {
      int[] flow = demandsPropose ? demandProposing(cp) : resourceProposing(cp);
      // a large result counts its blocking pairs on a second thread (the same result)
      return ExactMatching.withPool(
          Math.min(2, Runtime.getRuntime().availableProcessors()),
          cp.res.length,
          pool -> Outcomes.assemble(name(), problem, cp, flow, pool));
    }
    SuppliedRanks ranks = SuppliedRanks.of(problem, orders);
    int m = cp.res.length;
    int[] flow;
    if (demandsPropose) {
      int[][] lists = ranks.lists(cp.nD, ranks.demandOf, ranks.dKey);
      flow =
          defer(cp.nD, cp.nR, lists[0], lists[1], ranks.demandOf, cp.res, cp.qty, cp.cap, ranks.rKey, m);
    } else {
      int[][] lists = ranks.lists(cp.nR, cp.res, ranks.rKey);
      flow =
          defer(cp.nR, cp.nD, lists[0], lists[1], cp.res, ranks.demandOf, cp.cap, cp.qty, ranks.dKey, m);
    }
    Result base = Outcomes.assemble(name(), problem, flow);
    MatchingMetrics metrics =
        MatchingMetrics.builder()
            .from(base.metrics())
            .blockingPairs(ranks.blockingPairs(cp, flow))
            .build();
    return new Result(
        base.algorithm(),
        ImmutableList.copyOf(base.allocations()),
        ImmutableList.copyOf(base.unmatched()),
        metrics);
  }

  /**
   * A heap per acceptor of (pair, units) entries keyed by the acceptor's rank of the pair
   * (smaller is better), the worst entry on top, as growable arrays per acceptor.
   */
  private static final class Holds {
    final int[][] pair;
    final int[][] units;
    final long[][] keys;
    final int[] size;

    Holds(int owners) {
      pair = new int[owners][];
      units = new int[owners][];
      keys = new long[owners][];
      size = new int[owners];
    }

    void push(int o, int e, int u, long key) {
      if (pair[o] == null) {
        pair[o] = new int[4];
        units[o] = new int[4];
        keys[o] = new long[4];
      } else if (size[o] == pair[o].length) {
        pair[o] = Arrays.copyOf(pair[o], size[o] * 2);
        units[o] = Arrays.copyOf(units[o], size[o] * 2);
        keys[o] = Arrays.copyOf(keys[o], size[o] * 2);
      }
      int[] p = pair[o];
      int[] q = units[o];
      long[] k = keys[o];
      int i = size[o]++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (key <= k[parent]) {
          break;
        }
        p[i] = p[parent];
        q[i] = q[parent];
        k[i] = k[parent];
        i = parent;
      }
      p[i] = e;
      q[i] = u;
      k[i] = key;
    }

    void popTop(int o) {
      int[] p = pair[o];
      int[] q = units[o];
      long[] k = keys[o];
      int n = --size[o];
      int e = p[n];
      int u = q[n];
      long key = k[n];
      int i = 0;
      while (true) {
        int l = 2 * i + 1;
        if (l >= n) {
          break;
        }
        int c = l + 1 < n && k[l + 1] > k[l] ? l + 1 : l;
        if (k[c] <= key) {
          break;
        }
        p[i] = p[c];
        q[i] = q[c];
        k[i] = k[c];
        i = c;
      }
      if (n > 0) {
        p[i] = e;
        q[i] = u;
        k[i] = key;
      }
    }
  }

  static int[] demandProposing(CompiledProblem cp) {
    int m = cp.res.length;
    int[] order = Preferences.demandOrder(cp);
    int[] demandOf = new int[m];
    for (int d = 0; d < cp.nD; d++) {
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        demandOf[e] = d;
      }
    }
    return defer(
        cp.nD, cp.nR, cp.start, order, demandOf, cp.res, cp.qty, cp.cap,
        resourceKeys(cp, demandOf), m);
  }

  static int[] resourceProposing(CompiledProblem cp) {
    Preferences.ByResource br = Preferences.resourceOrder(cp);
    int m = cp.res.length;
    long[] keys = new long[m];
    for (int e = 0; e < m; e++) {
      keys[e] = Stability.demandKey(cp.cost[e], cp.res[e]);
    }
    return defer(
        cp.nR, cp.nD, br.start, br.pairs, cp.res, br.demandOf, cp.cap, cp.qty, keys, m);
  }

  /**
   * Each pair's rank at its resource as a long, smaller is better: weight descending, cost
   * ascending, demand ascending, packed as dense ranks of weight and cost above the demand
   * index; where they do not fit in 63 bits, a global sort gives the ranks.
   */
  static long[] resourceKeys(CompiledProblem cp, int[] demandOf) {
    int m = cp.res.length;
    DenseRanks weights = DenseRanks.of(cp.weight, cp.nD);
    DenseRanks costs = DenseRanks.of(cp.cost, m);
    int wBits = 64 - Long.numberOfLeadingZeros(Math.max(1, weights.count));
    int cBits = 64 - Long.numberOfLeadingZeros(Math.max(1, costs.count));
    long[] keys = new long[m];
    if (wBits + cBits + 31 <= 63) {
      for (int e = 0; e < m; e++) {
        int d = demandOf[e];
        long w = weights.count - 1 - weights.rank(cp.weight[d]);
        long c = costs.rank(cp.cost[e]);
        keys[e] = (w << (cBits + 31)) | (c << 31) | d;
      }
      return keys;
    }
    Integer[] all = new Integer[m];
    for (int e = 0; e < m; e++) {
      all[e] = e;
    }
    Arrays.sort(
        all,
        (x, y) -> {
          int dx = demandOf[x];
          int dy = demandOf[y];
          if (Stability.resourcePrefers(cp.weight[dx], cp.cost[x], dx, cp.weight[dy], cp.cost[y], dy)) {
            return -1;
          }
          return Stability.resourcePrefers(cp.weight[dy], cp.cost[y], dy, cp.weight[dx], cp.cost[x], dx)
              ? 1
              : 0;
        });
    for (int i = 0; i < m; i++) {
      keys[all[i]] = i;
    }
    return keys;
  }

  /**
   * The rank of each value among the distinct values of an array (0 for the smallest): a lookup
   * table over the value range when it is small (weights and unit costs are small integers),
   * else binary search in the sorted distinct values.
   */
  static final class DenseRanks {
    private static final int TABLE_RANGE = 1 << 20;
    final int count;
    private final int min;
    private final int @Nullable [] table;
    private final int[] sorted;

    private DenseRanks(int count, int min, int @Nullable [] table, int[] sorted) {
      this.count = count;
      this.min = min;
      this.table = table;
      this.sorted = sorted;
    }

    static DenseRanks of(int[] values, int n) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        lo = Math.min(lo, values[i]);
        hi = Math.max(hi, values[i]);
      }
      if (n == 0) {
        return new DenseRanks(0, 0, new int[0], new int[0]);
      }
      long range = (long) hi - lo + 1;
      if (range <= TABLE_RANGE) {
        int[] table = new int[(int) range];
        for (int i = 0; i < n; i++) {
          table[values[i] - lo] = 1;
        }
        int count = 0;
        for (int v = 0; v < table.length; v++) {
          table[v] = table[v] == 0 ? -1 : count++;
        }
        return new DenseRanks(count, lo, table, new int[0]);
      }
      int[] sorted = Arrays.stream(values, 0, n).distinct().sorted().toArray();
      return new DenseRanks(sorted.length, lo, null, sorted);
    }

    int rank(int value) {
      int[] t = table;
      return t != null ? t[value - min] : Arrays.binarySearch(sorted, value);
    }
  }

  /**
   * Deferred acceptance with quantities. Every unit proposes on its own, down its owner's list:
   * an event (proposer, units, position) offers the units to the acceptor at that position; the
   * acceptor keeps its best units up to capacity; units it lets go resume right after it in
   * their proposer's list. O(events · log holds).
   */
  private static int[] defer(
      int proposers,
      int acceptors,
      int[] pStart,
      int[] pOrder,
      int[] proposerOf,
      int[] acceptorOf,
      int[] supply,
      int[] capacity,
      long[] key,
      int m) {
    int[] posOf = new int[m];
    for (int k = 0; k < pStart[proposers]; k++) {
      posOf[pOrder[k]] = k;
    }
    Holds holds = new Holds(acceptors);
    long[] held = new long[acceptors];
    int cap = Math.max(16, proposers);
    int[] evP = new int[cap];
    int[] evU = new int[cap];
    int[] evK = new int[cap];
    int top = 0;
    for (int p = proposers - 1; p >= 0; p--) {
      if (supply[p] > 0) {
        evP[top] = p;
        evU[top] = supply[p];
        evK[top] = pStart[p];
        top++;
      }
    }
    while (top > 0) {
      top--;
      int p = evP[top];
      int u = evU[top];
      int k = evK[top];
      int end = pStart[p + 1];
      while (k < end && capacity[acceptorOf[pOrder[k]]] == 0) {
        k++;
      }
      if (k == end) {
        continue;
      }
      int e = pOrder[k];
      int a = acceptorOf[e];
      if (held[a] >= capacity[a] && key[e] > holds.keys[a][0]) {
        // full of units it prefers: refused outright (what a push and a pop of the same entry
        // would do), the units go on down their proposer's list
        evP[top] = p;
        evU[top] = u;
        evK[top] = k + 1;
        top++;
        continue;
      }
      holds.push(a, e, u, key[e]);
      held[a] += u;
      while (held[a] > capacity[a]) {
        int we = holds.pair[a][0];
        int wu = holds.units[a][0];
        int back = (int) Math.min(wu, held[a] - capacity[a]);
        held[a] -= back;
        if (back == wu) {
          holds.popTop(a);
        } else {
          holds.units[a][0] = wu - back;
        }
        if (top == evP.length) {
          evP = Arrays.copyOf(evP, top * 2);
          evU = Arrays.copyOf(evU, top * 2);
          evK = Arrays.copyOf(evK, top * 2);
        }
        evP[top] = proposerOf[we];
        evU[top] = back;
        evK[top] = posOf[we] + 1;
        top++;
      }
    }
    int[] flow = new int[m];
    for (int a = 0; a < acceptors; a++) {
      for (int i = 0; i < holds.size[a]; i++) {
        flow[holds.pair[a][i]] += holds.units[a][i];
      }
    }
    return flow;
  }

  @Override
  public String toString() {
    return "DeferredAcceptance{"
        + name()
        + (orders.byDemand().isEmpty() && orders.byResource().isEmpty() ? "" : ", supplied orders")
        + "}";
  }
}
