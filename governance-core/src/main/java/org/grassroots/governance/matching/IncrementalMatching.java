package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.matching.Messages.f;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Incremental exact matching (增量匹配): a session that keeps the optimal allocation of a
 * problem and re-optimises it after each batch of new or withdrawn demands and resources, from
 * the previous solution rather than from scratch, with the same objective as a fresh {@link
 * ExactMatching} solve of the updated problem (the most priority-weighted quantity served, then
 * the least total cost).
 *
 * <p>How: the session keeps the optimal flow and node potentials (duals) that prove it optimal.
 * A batch changes the balance at a few nodes only; successive shortest paths over reduced costs
 * (Dijkstra, stopping as soon as the sink is reached) restore it and keep the potentials valid,
 * so only the neighbourhood of the change is explored — including displacing a lower-priority
 * demand for a new higher-priority one, or moving a chain of demands one resource over. See
 * {@code docs/matching.md} for the complexity and measured figures. Starting a session costs a
 * fresh solve plus one shortest-path pass per connected component for the potentials.
 *
 * <p>Each change is atomic: it is validated as a whole (duplicate or unknown ids throw {@link
 * org.grassroots.governance.validation.InvalidValueException} naming every offending entry)
 * before anything changes. {@link #result()} and {@link #problem()} are assembled on demand, in
 * time linear in the size of the problem, and cached until the next change; the returned values
 * are immutable. Indices never depend on hashing or threads: the same batches in the same order
 * give the same allocations whatever the thread count.
 *
 * <p>Not thread-safe: a session is mutable state; confine it to one thread or guard it with a
 * lock. (An immutable state per step would have to copy arrays of the size of the whole
 * candidate graph per batch, far more than the repair itself.)
 *
 * <pre>{@code
 * IncrementalMatching session = ExactMatching.create().session(problem);
 * session.result();                                   // the optimal allocation of problem
 * IncrementalMatching.Change c = session.addDemands(List.of(newDemand));
 * c.weightedServed(); c.touchedDemands();             // objective after the batch, who moved
 * session.withdrawResources(List.of(ResourceId.of("R7")));
 * MatchingAlgorithm.Result now = session.result();   // same objective as a fresh solve
 * }</pre>
 */
public final class IncrementalMatching {
  private static final int MIN_SIZE_BOUND = 1 << 22;

  private final int threads;
  private final MatchingProblem base;
  private final int minSizeBound;

  private Eligibility eligibility;
  private IncrementalFlow flow;
  private List<Demand> demands;
  private List<Resource> resources;
  private Map<DemandId, Integer> demandIndex;
  private Map<ResourceId, Integer> resourceIndex;
  /** The node count for which the unserved price M is known to be large enough. */
  private long sizeBound;

  private @Nullable MatchingProblem problem;
  private MatchingAlgorithm.@Nullable Result result;

  private IncrementalMatching(MatchingProblem problem, int threads, int minSizeBound) {
    this.threads = threads;
    this.base = problem;
    this.minSizeBound = minSizeBound;
    this.eligibility = new Eligibility(problem);
    this.demands = new ArrayList<>();
    this.resources = new ArrayList<>();
    this.demandIndex = new HashMap<>();
    this.resourceIndex = new HashMap<>();
    this.flow = start(problem);
  }

  static IncrementalMatching of(MatchingProblem problem, int threads) {
    return new IncrementalMatching(problem, threads, MIN_SIZE_BOUND);
  }

  /** A session whose unserved price M is sized for fewer items (tests of the restart). */
  static IncrementalMatching of(MatchingProblem problem, int threads, int minSizeBound) {
    return new IncrementalMatching(problem, threads, minSizeBound);
  }

  private IncrementalFlow start(MatchingProblem p) {
    CompiledProblem cp = p.compiled();
    eligibility = new Eligibility(p);
    demands = new ArrayList<>(p.demands());
    resources = new ArrayList<>(p.resources());
    demandIndex = new HashMap<>();
    resourceIndex = new HashMap<>();
    for (int d = 0; d < demands.size(); d++) {
      demandIndex.put(demands.get(d).id(), d);
      eligibility.addDemand(demands.get(d));
    }
    for (int r = 0; r < resources.size(); r++) {
      resourceIndex.put(resources.get(r).id(), r);
      eligibility.addResource(resources.get(r));
    }
    sizeBound = Math.max(minSizeBound, 2L * (cp.nD + cp.nR));
    int maxCost = 0;
    for (int c : p.policy().levelCosts()) {
      maxCost = Math.max(maxCost, c);
    }
    // M > maxCost · (the most demand-resource arcs on a cycle): any flow serving more
    // priority-weighted quantity is cheaper, whatever its locality cost
    long bigM = Math.addExact(Math.multiplyExact((long) maxCost, 2L * sizeBound), 1L);
    int[] f = ExactMatching.flows(cp, threads);
    problem = p;
    result = null;
    return IncrementalFlow.of(cp, f, bigM, threads);
  }

  /**
   * The current problem: the demands in arrival order (the first problem's, then those added,
   * less those withdrawn), likewise the resources, with the first problem's policy and locality.
   *
   * @return the problem, assembled on first call after a change
   */
  public MatchingProblem problem() {
    MatchingProblem p = problem;
    if (p == null) {
      List<Demand> ds = new ArrayList<>(demandIndex.size());
      for (int d = 0; d < flow.nD; d++) {
        if (!flow.dDead[d]) {
          ds.add(demands.get(d));
        }
      }
      List<Resource> rs = new ArrayList<>(resourceIndex.size());
      for (int r = 0; r < flow.nR; r++) {
        if (!flow.rDead[r]) {
          rs.add(resources.get(r));
        }
      }
      p = base.withDemands(ds).withResources(rs);
      problem = p;
    }
    return p;
  }

  /**
   * The current optimal allocation, with every unmatched demand's reason and the metrics, as
   * {@link ExactMatching#solve} would report them for {@link #problem()} (the same objective; among
   * several optimal allocations it may hold another one).
   *
   * @return the result, assembled on first call after a change (linear time)
   */
  public MatchingAlgorithm.Result result() {
    MatchingAlgorithm.Result r = result;
    if (r == null) {
      r = assemble();
      result = r;
    }
    return r;
  }

  /**
   * Adds demands (arriving in the given order, after the current ones) and re-optimises.
   *
   * @param added the new demands
   * @return what changed
   * @throws org.grassroots.governance.validation.InvalidValueException if an id is already in the
   *     session or repeated in the batch (nothing changes)
   */
  public Change addDemands(Iterable<? extends Demand> added) {
    requireNonNull(added, "added");
    List<Demand> batch = new ArrayList<>();
    Violations v = Violations.of("IncrementalMatching.addDemands");
    Set<DemandId> seen = new HashSet<>();
    int i = 0;
    for (Demand x : added) {
      requireNonNull(x, "added[" + i + "]");
      if (demandIndex.containsKey(x.id()) || !seen.add(x.id())) {
        v.check(false, "demands[" + i + "].id", x.id(), f(Messages.DUPLICATE_ID, x.id()));
      }
      batch.add(x);
      i++;
    }
    v.throwIfAny();
    if (demandIndex.size() + batch.size() + resourceIndex.size() > sizeBound / 2) {
      List<Demand> all = new ArrayList<>(problem().demands());
      all.addAll(batch);
      return restart(problem().withDemands(all));
    }
    begin();
    List<Integer> excesses = new ArrayList<>();
    for (Demand x : batch) {
      eligibility.candidatesOf(x, r -> !flow.rDead[r]);
      int d =
          flow.addDemand(
              x.quantity(),
              base.policy().weight(x),
              eligibility.count,
              eligibility.other,
              eligibility.cost,
              eligibility.level);
      eligibility.addDemand(x);
      demands.add(x);
      demandIndex.put(x.id(), d);
      excesses.add(d);
    }
    flow.routeExcesses(excesses);
    return end();
  }

  /**
   * Withdraws demands (served or not) and re-optimises: the capacity they held goes to the
   * demands that gain most from it.
   *
   * @param ids the demands to withdraw
   * @return what changed
   * @throws org.grassroots.governance.validation.InvalidValueException if an id is not in the
   *     session (nothing changes)
   */
  public Change withdrawDemands(Iterable<DemandId> ids) {
    List<Integer> batch = lookUp(ids, demandIndex, "demand", "withdrawDemands");
    begin();
    List<Integer> freed = new ArrayList<>();
    for (int d : batch) {
      demandIndex.remove(demands.get(d).id());
      flow.withdrawDemand(d, freed);
    }
    flow.saturate(freed);
    flow.routeDeficits(freed);
    return end();
  }

  /**
   * Adds resources (after the current ones) and re-optimises: demands move to them where that
   * serves more priority-weighted quantity or costs less.
   *
   * @param added the new resources
   * @return what changed
   * @throws org.grassroots.governance.validation.InvalidValueException if an id is already in the
   *     session or repeated in the batch (nothing changes)
   */
  public Change addResources(Iterable<? extends Resource> added) {
    requireNonNull(added, "added");
    List<Resource> batch = new ArrayList<>();
    Violations v = Violations.of("IncrementalMatching.addResources");
    Set<ResourceId> seen = new HashSet<>();
    int i = 0;
    for (Resource x : added) {
      requireNonNull(x, "added[" + i + "]");
      if (resourceIndex.containsKey(x.id()) || !seen.add(x.id())) {
        v.check(false, "resources[" + i + "].id", x.id(), f(Messages.DUPLICATE_ID, x.id()));
      }
      batch.add(x);
      i++;
    }
    v.throwIfAny();
    if (demandIndex.size() + batch.size() + resourceIndex.size() > sizeBound / 2) {
      List<Resource> all = new ArrayList<>(problem().resources());
      all.addAll(batch);
      return restart(problem().withResources(all));
    }
    begin();
    List<Integer> deficits = new ArrayList<>();
    for (Resource x : batch) {
      int next = flow.nR;
      eligibility.addResource(x);
      eligibility.candidatesOf(next, d -> !flow.dDead[d]);
      int r =
          flow.addResource(
              x.capacity(), eligibility.count, eligibility.other, eligibility.cost, eligibility.level);
      resources.add(x);
      resourceIndex.put(x.id(), r);
      deficits.add(r);
    }
    flow.routeDeficits(deficits);
    return end();
  }

  /**
   * Withdraws resources and re-optimises: the demands they served move to other resources where
   * they can, displacing lower-priority ones where that serves more priority-weighted quantity.
   *
   * @param ids the resources to withdraw
   * @return what changed
   * @throws org.grassroots.governance.validation.InvalidValueException if an id is not in the
   *     session (nothing changes)
   */
  public Change withdrawResources(Iterable<ResourceId> ids) {
    List<Integer> batch = lookUp(ids, resourceIndex, "resource", "withdrawResources");
    begin();
    List<Integer> excesses = new ArrayList<>();
    for (int r : batch) {
      resourceIndex.remove(resources.get(r).id());
      flow.withdrawResource(r, excesses);
    }
    flow.routeExcesses(excesses);
    return end();
  }

  private <K> List<Integer> lookUp(
      Iterable<K> ids, Map<K, Integer> index, String kind, String operation) {
    requireNonNull(ids, "ids");
    Violations v = Violations.of("IncrementalMatching." + operation);
    List<Integer> out = new ArrayList<>();
    Set<K> seen = new HashSet<>();
    int i = 0;
    for (K id : ids) {
      requireNonNull(id, "ids[" + i + "]");
      Integer x = index.get(id);
      if (x == null || !seen.add(id)) {
        v.check(false, "ids[" + i + "]", id, f(Messages.NOT_IN_SESSION, kind, id));
      }
      if (x != null) {
        out.add(x);
      }
      i++;
    }
    v.throwIfAny();
    return out;
  }

  private void begin() {
    flow.clearChanged();
    problem = null;
    result = null;
  }

  private Change end() {
    ImmutableList.Builder<DemandId> touched = ImmutableList.builder();
    List<Integer> ds = new ArrayList<>(flow.changed);
    ds.sort(null);
    for (int d : ds) {
      if (!flow.dDead[d]) {
        touched.add(demands.get(d).id());
      }
    }
    return new Change(
        touched.build(),
        flow.augmentations,
        flow.servedQuantity,
        flow.weightedServed,
        flow.totalCost);
  }

  /** Starts over from a fresh solve (when the session outgrows its unserved price M). */
  private Change restart(MatchingProblem p) {
    flow = start(p);
    ImmutableList.Builder<DemandId> all = ImmutableList.builder();
    for (Demand x : p.demands()) {
      all.add(x.id());
    }
    return new Change(
        all.build(), 0, flow.servedQuantity, flow.weightedServed, flow.totalCost);
  }

  /** The compiled candidate graph and flow of the live demands and resources, then the result. */
  private MatchingAlgorithm.Result assemble() {
    MatchingProblem p = problem();
    IncrementalFlow s = flow;
    int[] newR = new int[s.nR];
    int nR = 0;
    for (int r = 0; r < s.nR; r++) {
      newR[r] = s.rDead[r] ? -1 : nR++;
    }
    int nD = p.demands().size();
    int[] qty = new int[nD];
    int[] weight = new int[nD];
    int[] cap = new int[nR];
    int[] start = new int[nD + 1];
    boolean[] timeBlocked = new boolean[nD];
    int[] communityOf = new int[nD];
    int[] gridOf = new int[nD];
    for (int r = 0; r < s.nR; r++) {
      if (newR[r] >= 0) {
        cap[newR[r]] = s.cap[r];
      }
    }
    int m = 0;
    int k = 0;
    for (int d = 0; d < s.nD; d++) {
      if (s.dDead[d]) {
        continue;
      }
      int count = s.demandPairs(d);
      for (int i = 0; i < count; i++) {
        if (!s.rDead[s.pRes[s.scratch[i]]]) {
          m++;
        }
      }
      start[++k] = m;
    }
    int[] res = new int[m];
    int[] cost = new int[m];
    byte[] level = new byte[m];
    int[] f = new int[m];
    int[] order = new int[16];
    k = 0;
    for (int d = 0; d < s.nD; d++) {
      if (s.dDead[d]) {
        continue;
      }
      Demand x = demands.get(d);
      qty[k] = s.qty[d];
      weight[k] = s.weight[d];
      int count = s.demandPairs(d);
      if (order.length < count) {
        order = new int[Math.max(count, order.length * 2)];
      }
      int live = 0;
      for (int i = 0; i < count; i++) {
        int e = s.scratch[i];
        if (!s.rDead[s.pRes[e]]) {
          // insertion by the resource's new index (pairs are few per demand)
          int j = live++;
          while (j > 0 && newR[s.pRes[order[j - 1]]] > newR[s.pRes[e]]) {
            order[j] = order[j - 1];
            j--;
          }
          order[j] = e;
        }
      }
      int at = start[k];
      for (int i = 0; i < live; i++) {
        int e = order[i];
        res[at + i] = newR[s.pRes[e]];
        cost[at + i] = s.pCost[e];
        level[at + i] = s.pLevel[e];
        f[at + i] = s.pFlow[e];
      }
      if (live == 0) {
        eligibility.candidatesOf(x, r -> !s.rDead[r]);
        timeBlocked[k] = eligibility.timeBlocked;
      }
      int[] a = eligibility.ancestry(x.location());
      communityOf[k] = a[MeetingLevel.COMMUNITY.ordinal()];
      gridOf[k] = a[MeetingLevel.GRID.ordinal()];
      k++;
    }
    CompiledProblem cp =
        CompiledProblem.of(
            nD,
            nR,
            qty,
            weight,
            cap,
            start,
            res,
            cost,
            level,
            timeBlocked,
            communityOf,
            gridOf,
            eligibility.nodes());
    return Outcomes.assemble("exact", p, cp, f);
  }

  /** The invariant of the kept flow and potentials (for tests): empty if it holds. */
  String invariantViolation() {
    return flow.violation();
  }

  @Override
  public String toString() {
    return "IncrementalMatching{demands="
        + demandIndex.size()
        + ", resources="
        + resourceIndex.size()
        + ", served="
        + flow.servedQuantity
        + ", cost="
        + flow.totalCost
        + "}";
  }

  /**
   * What one change of an {@link IncrementalMatching} session did: the objective afterwards and
   * the demands whose allocation the repair touched. Immutable.
   *
   * <pre>{@code
   * IncrementalMatching.Change c = session.withdrawDemands(List.of(DemandId.of("D1")));
   * c.touchedDemands(); // e.g. the demand that took D1's place
   * c.totalCost();
   * }</pre>
   */
  public static final class Change {
    private final ImmutableList<DemandId> touched;
    private final int paths;
    private final long served;
    private final long weighted;
    private final long cost;

    Change(ImmutableList<DemandId> touched, int paths, long served, long weighted, long cost) {
      this.touched = touched;
      this.paths = paths;
      this.served = served;
      this.weighted = weighted;
      this.cost = cost;
    }

    /**
     * The live demands whose allocation the re-optimisation touched (added ones included), in
     * arrival order; a demand touched twice may end where it started. After a restart (see
     * {@link IncrementalMatching}), every demand.
     *
     * @return the demand ids
     */
    public List<DemandId> touchedDemands() {
      return touched;
    }

    /**
     * The number of augmenting paths the repair used (0 after a restart).
     *
     * @return the count
     */
    public int augmentingPaths() {
      return paths;
    }

    /**
     * The quantity served after the change.
     *
     * @return the quantity
     */
    public long servedQuantity() {
      return served;
    }

    /**
     * The priority-weighted quantity served after the change (Σ weight · served).
     *
     * @return the weighted quantity
     */
    public long weightedServed() {
      return weighted;
    }

    /**
     * The total cost after the change (Σ unit cost · quantity).
     *
     * @return the cost
     */
    public long totalCost() {
      return cost;
    }

    @Override
    public String toString() {
      return "Change{touched="
          + touched.size()
          + ", paths="
          + paths
          + ", served="
          + served
          + ", weighted="
          + weighted
          + ", cost="
          + cost
          + "}";
    }
  }
}
