package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.matching.Messages.f;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Preference orders supplied by the people themselves (自主意愿排序) for stable matching: per
 * demand, the resources it accepts, most preferred first; per resource, the demands it accepts,
 * most preferred first.
 *
 * <p>Rules: an agent (demand or resource) <b>with</b> a list accepts exactly the partners on it,
 * in that order — a candidate it does not list is unacceptable to it (never allocated by
 * {@link DeferredAcceptance}, never part of a blocking pair), as in Roth's hospitals/residents
 * model; an empty list accepts nobody. An agent <b>without</b> a list keeps the order derived
 * from the policy over all its candidates (a demand: lower unit cost first; a resource: higher
 * priority weight, then lower unit cost). Preferences never widen eligibility: a listed partner
 * that is not a candidate under the problem (other category, out of reach, …) is skipped. A list
 * must not repeat an id (checked on construction, every violation at once); every id must belong
 * to the problem it is used with (checked by {@link #checkAgainst}, every violation at once).
 *
 * <p>Immutable, thread-safe and serialisable.
 *
 * <pre>{@code
 * PreferenceOrders orders = PreferenceOrders.builder()
 *     .putByDemand(DemandId.of("D1"), List.of(ResourceId.of("R2"), ResourceId.of("R1")))
 *     .putByResource(ResourceId.of("R2"), List.of(DemandId.of("D3"), DemandId.of("D1")))
 *     .build();
 * MatchingAlgorithm.Result r = DeferredAcceptance.demandProposing(orders).solve(problem);
 * r.metrics().blockingPairs();                // 0 under the supplied orders
 * orders.blockingPairs(problem, exactResult);   // the exact optimum's blocking pairs under them
 * }</pre>
 */
@Value.Immutable
public abstract class PreferenceOrders implements Serializable {
  private static final long serialVersionUID = 1L;

  PreferenceOrders() {}

  /** Per demand, the resources it accepts, most preferred first. */
  public abstract Map<DemandId, List<ResourceId>> byDemand();

  /** Per resource, the demands it accepts, most preferred first. */
  public abstract Map<ResourceId, List<DemandId>> byResource();

  /**
   * No supplied orders: every agent keeps the order derived from the policy.
   *
   * @return the empty orders
   */
  public static PreferenceOrders none() {
    return builder().build();
  }

  /**
   * Orders from both sides' lists.
   *
   * @param byDemand per demand, its accepted resources in order
   * @param byResource per resource, its accepted demands in order
   * @return the orders
   * @throws org.grassroots.governance.validation.InvalidValueException if a list repeats an id
   */
  public static PreferenceOrders of(
      Map<DemandId, ? extends List<ResourceId>> byDemand,
      Map<ResourceId, ? extends List<DemandId>> byResource) {
    return builder().putAllByDemand(byDemand).putAllByResource(byResource).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks that every id belongs to the problem.
   *
   * @param problem the problem
   * @throws org.grassroots.governance.validation.InvalidValueException naming every unknown id
   *     (path {@code byDemand[D7]}, {@code byDemand[D1][2]}, {@code byResource[R3][0]}, …)
   */
  public void checkAgainst(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    Set<DemandId> ds = new HashSet<>();
    for (Demand d : problem.demands()) {
      ds.add(d.id());
    }
    Set<ResourceId> rs = new HashSet<>();
    for (Resource r : problem.resources()) {
      rs.add(r.id());
    }
    Violations v = Violations.of("PreferenceOrders");
    for (Map.Entry<DemandId, List<ResourceId>> e : byDemand().entrySet()) {
      String path = "byDemand[" + e.getKey() + "]";
      v.check(ds.contains(e.getKey()), path, e.getKey(), f(Messages.UNKNOWN_DEMAND, e.getKey()));
      List<ResourceId> list = e.getValue();
      for (int i = 0; i < list.size(); i++) {
        v.check(
            rs.contains(list.get(i)),
            path + "[" + i + "]",
            list.get(i),
            f(Messages.UNKNOWN_RESOURCE, list.get(i)));
      }
    }
    for (Map.Entry<ResourceId, List<DemandId>> e : byResource().entrySet()) {
      String path = "byResource[" + e.getKey() + "]";
      v.check(rs.contains(e.getKey()), path, e.getKey(), f(Messages.UNKNOWN_RESOURCE, e.getKey()));
      List<DemandId> list = e.getValue();
      for (int i = 0; i < list.size(); i++) {
        v.check(
            ds.contains(list.get(i)),
            path + "[" + i + "]",
            list.get(i),
            f(Messages.UNKNOWN_DEMAND, list.get(i)));
      }
    }
    v.throwIfAny();
  }

  /**
   * The number of blocking pairs of any result under these orders: candidate pairs (d, r),
   * acceptable to both, where d has unserved quantity or holds units of a resource it ranks below
   * r, and r has spare capacity or holds units of a demand it ranks below d.
   *
   * @param problem the problem the result was computed for
   * @param result the result
   * @return the count
   * @throws org.grassroots.governance.validation.InvalidValueException if an id is unknown
   * @throws IllegalArgumentException if the result allocates a pair that is not a candidate
   */
  public long blockingPairs(MatchingProblem problem, MatchingAlgorithm.Result result) {
    requireNonNull(result, "result");
    checkAgainst(problem);
    CompiledProblem cp = problem.compiled();
    Map<DemandId, Integer> dIndex = new HashMap<>();
    for (int d = 0; d < cp.nD; d++) {
      dIndex.put(problem.demands().get(d).id(), d);
    }
    Map<ResourceId, Integer> rIndex = new HashMap<>();
    for (int r = 0; r < cp.nR; r++) {
      rIndex.put(problem.resources().get(r).id(), r);
    }
    int[] flow = new int[cp.res.length];
    for (Allocation a : result.allocations()) {
      Integer d = dIndex.get(a.demand());
      Integer r = rIndex.get(a.resource());
      int e = d == null || r == null ? -1 : SuppliedRanks.pairOf(cp, d, r);
      if (e < 0) {
        throw new IllegalArgumentException(Messages.UNKNOWN_RESULT + ": " + a);
      }
      flow[e] += a.quantity();
    }
    return SuppliedRanks.of(problem, this).blockingPairs(cp, flow);
  }

  /** Builds {@link PreferenceOrders}. */
  public static final class Builder extends ImmutablePreferenceOrders.Builder {
    Builder() {}
  }

  /** Validates (no repeated or missing id in a list) and freezes the lists. */
  @Value.Check
  PreferenceOrders check() {
    Violations v = Violations.of("PreferenceOrders");
    boolean frozen = true;
    for (Map.Entry<DemandId, List<ResourceId>> e : byDemand().entrySet()) {
      frozen &= e.getValue() instanceof ImmutableList;
      noRepeats(v, "byDemand[" + e.getKey() + "]", e.getValue());
    }
    for (Map.Entry<ResourceId, List<DemandId>> e : byResource().entrySet()) {
      frozen &= e.getValue() instanceof ImmutableList;
      noRepeats(v, "byResource[" + e.getKey() + "]", e.getValue());
    }
    v.throwIfAny();
    if (frozen) {
      return this;
    }
    ImmutableMap.Builder<DemandId, List<ResourceId>> bd = ImmutableMap.builder();
    byDemand().forEach((k, list) -> bd.put(k, ImmutableList.copyOf(list)));
    ImmutableMap.Builder<ResourceId, List<DemandId>> br = ImmutableMap.builder();
    byResource().forEach((k, list) -> br.put(k, ImmutableList.copyOf(list)));
    return builder().byDemand(bd.build()).byResource(br.build()).build();
  }

  private static <T> void noRepeats(Violations v, String path, List<T> list) {
    Map<T, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      T x = list.get(i);
      if (x == null) {
        v.check(false, path + "[" + i + "]", null, Messages.NOT_NULL);
        continue;
      }
      Integer first = seen.putIfAbsent(x, i);
      v.check(
          first == null,
          path + "[" + i + "]",
          x,
          f(Messages.REPEATED_IN_ORDER, x, first == null ? -1 : first));
    }
  }
}
