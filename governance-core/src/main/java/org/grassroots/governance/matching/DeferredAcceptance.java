package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Stable allocation by deferred acceptance (延迟接受, Gale and Shapley 1962; Roth 1984 for
 * many-to-one with capacities), with quantities: either demands propose (each offers its
 * unserved quantity to its next preferred resource; a resource keeps the best units up to its
 * capacity and rejects the rest) or resources propose (each offers its spare capacity to its
 * next preferred demand; a demand keeps the best offers up to its quantity).
 *
 * <p>Preferences come from the policy: a demand prefers lower unit cost (then the earlier
 * resource); a resource prefers higher priority weight, then lower unit cost, then the earlier
 * demand. The result has no blocking pair under these preferences
 * ({@link MatchingMetrics#blockingPairs()} is 0); the proposing side gets its best stable
 * allocation. O(pairs · log capacity). Immutable and thread-safe.
 *
 * <pre>{@code
 * DeferredAcceptance.demandProposing().solve(problem).metrics().blockingPairs(); // 0
 * }</pre>
 */
public final class DeferredAcceptance implements MatchingAlgorithm {
  private final boolean demandsPropose;

  private DeferredAcceptance(boolean demandsPropose) {
    this.demandsPropose = demandsPropose;
  }

  /**
   * Demands propose.
   *
   * @return the algorithm
   */
  public static DeferredAcceptance demandProposing() {
    return new DeferredAcceptance(true);
  }

  /**
   * Resources propose.
   *
   * @return the algorithm
   */
  public static DeferredAcceptance resourceProposing() {
    return new DeferredAcceptance(false);
  }

  @Override
  public String name() {
    return demandsPropose ? "stable-demand-proposing" : "stable-resource-proposing";
  }

  @Override
  public Result solve(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    CompiledProblem cp = problem.compiled();
    return Outcomes.assemble(
        name(), problem, demandsPropose ? demandProposing(cp) : resourceProposing(cp));
  }

  /**
   * A bounded min-heap per owner of (pair, units) entries, worst entry on top, as a growable
   * array segment per owner.
   */
  private static final class Holds {
    int[][] pair;
    int[][] units;
    final int[] size;

    Holds(int owners) {
      pair = new int[owners][];
      units = new int[owners][];
      size = new int[owners];
    }

    void push(int o, int e, int u, Worse worse) {
      if (pair[o] == null) {
        pair[o] = new int[4];
        units[o] = new int[4];
      } else if (size[o] == pair[o].length) {
        pair[o] = Arrays.copyOf(pair[o], size[o] * 2);
        units[o] = Arrays.copyOf(units[o], size[o] * 2);
      }
      int[] p = pair[o];
      int[] q = units[o];
      int i = size[o]++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!worse.worse(e, p[parent])) {
          break;
        }
        p[i] = p[parent];
        q[i] = q[parent];
        i = parent;
      }
      p[i] = e;
      q[i] = u;
    }

    void popTop(int o, Worse worse) {
      int[] p = pair[o];
      int[] q = units[o];
      int n = --size[o];
      int e = p[n];
      int u = q[n];
      int i = 0;
      while (true) {
        int l = 2 * i + 1;
        if (l >= n) {
          break;
        }
        int c = l + 1 < n && worse.worse(p[l + 1], p[l]) ? l + 1 : l;
        if (!worse.worse(p[c], e)) {
          break;
        }
        p[i] = p[c];
        q[i] = q[c];
        i = c;
      }
      if (n > 0) {
        p[i] = e;
        q[i] = u;
      }
    }
  }

  @FunctionalInterface
  private interface Worse {
    boolean worse(int e1, int e2);
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
    // worse at a resource: lower weight, then higher cost, then later demand
    Worse worse =
        (e1, e2) ->
            Stability.resourcePrefers(
                cp.weight[demandOf[e2]], cp.cost[e2], demandOf[e2],
                cp.weight[demandOf[e1]], cp.cost[e1], demandOf[e1]);
    return defer(cp.nD, cp.nR, cp.start, order, demandOf, cp.res, cp.qty, cp.cap, worse, m);
  }

  static int[] resourceProposing(CompiledProblem cp) {
    Preferences.ByResource br = Preferences.resourceOrder(cp);
    // worse at a demand: higher cost, then later resource
    Worse worse =
        (e1, e2) ->
            Stability.demandKey(cp.cost[e1], cp.res[e1])
                > Stability.demandKey(cp.cost[e2], cp.res[e2]);
    return defer(
        cp.nR, cp.nD, br.start, br.pairs, cp.res, br.demandOf, cp.cap, cp.qty, worse,
        cp.res.length);
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
      Worse worse,
      int m) {
    int[] posOf = new int[m];
    for (int k = 0; k < m; k++) {
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
      holds.push(a, e, u, worse);
      held[a] += u;
      while (held[a] > capacity[a]) {
        int we = holds.pair[a][0];
        int wu = holds.units[a][0];
        int back = (int) Math.min(wu, held[a] - capacity[a]);
        held[a] -= back;
        if (back == wu) {
          holds.popTop(a, worse);
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
    return "DeferredAcceptance{" + name() + "}";
  }
}
