package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;

/**
 * The greedy baselines done by hand today (先到先得 / 就近优先): first come first served takes
 * demands in arrival order and gives each its cheapest resources with room left; cheapest first
 * takes candidate pairs by unit cost (then higher priority weight, then demand and resource
 * order) and fills each as far as both sides allow.
 *
 * <p>First come first served is O(pairs · log degree); cheapest first is O(pairs + C) with two
 * stable counting sorts (C the largest unit cost). Never better than {@link ExactMatching}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * GreedyMatching.firstComeFirstServed().solve(problem);
 * GreedyMatching.cheapestFirst().solve(problem);
 * }</pre>
 */
public final class GreedyMatching implements MatchingAlgorithm {
  private final boolean cheapestFirst;

  private GreedyMatching(boolean cheapestFirst) {
    this.cheapestFirst = cheapestFirst;
  }

  /**
   * Demands in arrival order, each to its cheapest resources with room.
   *
   * @return the algorithm
   */
  public static GreedyMatching firstComeFirstServed() {
    return new GreedyMatching(false);
  }

  /**
   * Candidate pairs cheapest first.
   *
   * @return the algorithm
   */
  public static GreedyMatching cheapestFirst() {
    return new GreedyMatching(true);
  }

  @Override
  public String name() {
    return cheapestFirst ? "greedy-cheapest-first" : "greedy-first-come";
  }

  @Override
  public Result solve(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    CompiledProblem cp = problem.compiled();
    return Outcomes.assemble(name(), problem, cheapestFirst ? cheapest(cp) : firstCome(cp));
  }

  static int[] firstCome(CompiledProblem cp) {
    int[] flow = new int[cp.res.length];
    int[] left = cp.cap.clone();
    int[] order = Preferences.demandOrder(cp);
    for (int d = 0; d < cp.nD; d++) {
      int need = cp.qty[d];
      for (int k = cp.start[d]; k < cp.start[d + 1] && need > 0; k++) {
        int e = order[k];
        int r = cp.res[e];
        int take = Math.min(need, left[r]);
        if (take > 0) {
          flow[e] = take;
          left[r] -= take;
          need -= take;
        }
      }
    }
    return flow;
  }

  static int[] cheapest(CompiledProblem cp) {
    int m = cp.res.length;
    int[] flow = new int[m];
    int[] demandOf = new int[m];
    for (int d = 0; d < cp.nD; d++) {
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        demandOf[e] = d;
      }
    }
    // stable counting sort by weight descending, then by cost ascending
    int maxW = 0;
    for (int w : cp.weight) {
      maxW = Math.max(maxW, w);
    }
    int[] byWeight = new int[m];
    int[] count = new int[maxW + 2];
    for (int e = 0; e < m; e++) {
      count[maxW - cp.weight[demandOf[e]] + 1]++;
    }
    for (int i = 0; i <= maxW; i++) {
      count[i + 1] += count[i];
    }
    for (int e = 0; e < m; e++) {
      byWeight[count[maxW - cp.weight[demandOf[e]]]++] = e;
    }
    int[] order = new int[m];
    int[] count2 = new int[cp.maxCost + 2];
    for (int e = 0; e < m; e++) {
      count2[cp.cost[e] + 1]++;
    }
    for (int i = 0; i <= cp.maxCost; i++) {
      count2[i + 1] += count2[i];
    }
    for (int i = 0; i < m; i++) {
      int e = byWeight[i];
      order[count2[cp.cost[e]]++] = e;
    }
    int[] left = cp.cap.clone();
    int[] need = cp.qty.clone();
    for (int e : order) {
      int d = demandOf[e];
      int r = cp.res[e];
      int take = Math.min(need[d], left[r]);
      if (take > 0) {
        flow[e] = take;
        need[d] -= take;
        left[r] -= take;
      }
    }
    return flow;
  }

  @Override
  public String toString() {
    return "GreedyMatching{" + name() + "}";
  }
}
