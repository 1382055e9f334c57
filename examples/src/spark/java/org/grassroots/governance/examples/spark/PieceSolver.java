package org.grassroots.governance.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.grassroots.governance.matching.CandidateGraph;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.Resource;
import org.jspecify.annotations.Nullable;

/**
 * The two matching passes of a {@link SparkResearchJob}.
 *
 * <p>Pass 1, per unit: the unit's demands, its local resources and the crossing resources that
 * reach it form a problem; its candidate graph is split into connected components (union-find,
 * near-linear in the pairs). Components without a crossing resource are complete components of
 * the whole run's graph (a local resource only serves demands of its unit, a unit's demand only
 * sees its unit's resources and crossing ones), so they are solved exactly here. Components that
 * reach a crossing resource are handed, whole, to pass 2.
 *
 * <p>Pass 2, per coupling group (crossing resources joined through shared components, with every
 * component that reaches them): one exact solve. Exact matching solves each component
 * independently, so the union of both passes is the single-machine optimum; demands and
 * resources are put back in their single-machine order before each solve, so even ties break
 * the same way.
 */
final class PieceSolver {
  private static final MatchingAlgorithm EXACT = ExactMatching.withThreads(1);

  private PieceSolver() {}

  /**
   * Pass 1's outcome: the metrics of what was solved, and what goes on to pass 2 — a unit's
   * coupled piece, or the run's crossing piece (whose metrics are the run's census).
   */
  static final class UnitOutcome implements Serializable {
    private static final long serialVersionUID = 1L;
    final RunKey run;
    final PartialMetrics solved;
    final @Nullable Piece piece;

    UnitOutcome(RunKey run, PartialMetrics solved, @Nullable Piece piece) {
      this.run = run;
      this.solved = solved;
      this.piece = piece;
    }
  }

  /** Makes a run's problem, splits it into units and solves each unit's own components. */
  static List<UnitOutcome> solveUnits(RunSource source, PartitionLevel level) {
    RunKey run = source.run;
    List<UnitOutcome> out = new ArrayList<>();
    for (Piece p : Partitioning.split(run, source.problem(), level)) {
      if (p.kind == Piece.Kind.UNIT) {
        out.add(solveUnit(p));
      } else {
        out.add(new UnitOutcome(run, PartialMetrics.counters(
            PartialMetrics.CENSUS_DEMANDS, p.censusDemands,
            PartialMetrics.CENSUS_RESOURCES, p.censusResources), p));
      }
    }
    return out;
  }

  static UnitOutcome solveUnit(Piece unit) {
    MatchingPolicy policy = unit.policy;
    int nD = unit.demands.size();
    int nLocal = unit.resources.size();
    // local resources and visitors together, in single-machine order
    Integer[] idx = new Integer[nLocal + unit.visitors.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.comparingLong(i -> i < nLocal ? unit.resourceOrder[i]
        : unit.visitorOrder[i - nLocal]));
    List<Resource> all = new ArrayList<>(idx.length);
    for (Integer i : idx) {
      all.add(i < nLocal ? unit.resources.get(i) : unit.visitors.get(i - nLocal));
    }
    MatchingProblem p = MatchingProblem.of(unit.demands, all, policy);
    CandidateGraph g = p.candidates();
    int[] parent = new int[nD + all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int d = 0; d < nD; d++) {
      for (int e = g.pairStart(d); e < g.pairEnd(d); e++) {
        union(parent, d, nD + g.pairResource(e));
      }
    }
    boolean[] coupledRoot = new boolean[parent.length];
    for (int r = 0; r < all.size(); r++) {
      if (idx[r] >= nLocal) {
        coupledRoot[find(parent, nD + r)] = true;
      }
    }
    List<Demand> keepD = new ArrayList<>();
    List<Long> keepDOrder = new ArrayList<>();
    List<Demand> deferD = new ArrayList<>();
    List<Long> deferDOrder = new ArrayList<>();
    boolean[] rootHasDemand = new boolean[parent.length];
    for (int d = 0; d < nD; d++) {
      int root = find(parent, d);
      rootHasDemand[root] = true;
      if (coupledRoot[root]) {
        deferD.add(unit.demands.get(d));
        deferDOrder.add(unit.demandOrder[d]);
      } else {
        keepD.add(unit.demands.get(d));
        keepDOrder.add(unit.demandOrder[d]);
      }
    }
    List<Resource> keepR = new ArrayList<>();
    List<Resource> deferR = new ArrayList<>();
    List<Long> deferROrder = new ArrayList<>();
    List<Long> touched = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      int i = idx[r];
      int root = find(parent, nD + r);
      if (i >= nLocal) {
        if (rootHasDemand[root]) {
          touched.add(unit.visitorOrder[i - nLocal]);
        }
      } else if (coupledRoot[root]) {
        deferR.add(all.get(r));
        deferROrder.add(unit.resourceOrder[i]);
      } else {
        keepR.add(all.get(r));
      }
    }
    MatchingProblem local = MatchingProblem.of(keepD, keepR, policy);
    long start = System.nanoTime();
    MatchingAlgorithm.Result result = EXACT.solve(local);
    long nanos = System.nanoTime() - start;
    PartialMetrics solved = PartialMetrics.of(local, result, nanos)
        .merge(PartialMetrics.counters(PartialMetrics.UNITS, 1));
    Piece coupled = deferD.isEmpty() ? null
        : Piece.coupled(unit.run, policy, unit.unit, deferD, Partitioning.longs(deferDOrder), deferR,
            Partitioning.longs(deferROrder), Partitioning.longs(touched));
    if (coupled == null && !deferR.isEmpty()) {
      throw new IllegalStateException("unit " + unit.unit + " of " + unit.run
          + " deferred resources without demands");
    }
    return new UnitOutcome(unit.run, solved, coupled);
  }

  /**
   * Pass 2: one coupling group, from the coupled parts of units and single crossing resources
   * (crossing pieces of one resource each).
   */
  static PartialMetrics solveGroup(Iterable<Piece> pieces) {
    MatchingPolicy policy = pieces.iterator().next().policy;
    List<Demand> demands = new ArrayList<>();
    List<Long> demandOrder = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    List<Long> resourceOrder = new ArrayList<>();
    long localResources = 0;
    long crossing = 0;
    for (Piece p : pieces) {
      for (int i = 0; i < p.demands.size(); i++) {
        demands.add(p.demands.get(i));
        demandOrder.add(p.demandOrder[i]);
      }
      for (int i = 0; i < p.resources.size(); i++) {
        resources.add(p.resources.get(i));
        resourceOrder.add(p.resourceOrder[i]);
      }
      if (p.kind == Piece.Kind.CROSSING) {
        crossing += p.resources.size();
      } else {
        localResources += p.resources.size();
      }
    }
    MatchingProblem problem = MatchingProblem.of(inOrder(demands, demandOrder),
        inOrder(resources, resourceOrder), policy);
    long start = System.nanoTime();
    MatchingAlgorithm.Result result = EXACT.solve(problem);
    long nanos = System.nanoTime() - start;
    return PartialMetrics.of(problem, result, nanos).merge(PartialMetrics.counters(
        PartialMetrics.COUPLING_GROUPS, demands.isEmpty() ? 0 : 1,
        PartialMetrics.COUPLED_DEMANDS, demands.size(),
        PartialMetrics.COUPLED_RESOURCES, localResources,
        PartialMetrics.CROSSING_RESOURCES, crossing));
  }

  private static <T> List<T> inOrder(List<T> items, List<Long> order) {
    Integer[] idx = new Integer[items.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.comparingLong(order::get));
    List<T> out = new ArrayList<>(idx.length);
    for (Integer i : idx) {
      out.add(items.get(i));
    }
    return out;
  }

  static int find(int[] parent, int x) {
    int r = x;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[x] != r) {
      int next = parent[x];
      parent[x] = r;
      x = next;
    }
    return r;
  }

  static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
