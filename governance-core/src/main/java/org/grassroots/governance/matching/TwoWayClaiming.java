package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.ResourceId;

/**
 * Two-way claiming (双向认领) as a process: first, inside an exclusive window, every co-building
 * partner (a resource with a paired community, 结对共建) claims demands of its paired community
 * only; then the open hall (认领大厅) allocates what is left — the demands' unserved quantities
 * and the resources' remaining capacities — among everyone. Each round is solved by a given
 * {@link MatchingAlgorithm} (exact by default); the result reports who claimed what in which
 * round, and the combined allocation with its reasons and metrics on the original problem.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TwoWayClaiming.Outcome o = TwoWayClaiming.using(ExactMatching.create()).run(problem);
 * o.exclusiveWindow(); // allocations claimed by paired partners
 * o.openHall();        // allocations made in the open hall
 * o.combined().metrics().coverage();
 * }</pre>
 */
public final class TwoWayClaiming {
  private final MatchingAlgorithm algorithm;

  private TwoWayClaiming(MatchingAlgorithm algorithm) {
    this.algorithm = algorithm;
  }

  /**
   * Claiming whose rounds are solved by {@code algorithm}.
   *
   * @param algorithm the algorithm of each round
   * @return the process
   */
  public static TwoWayClaiming using(MatchingAlgorithm algorithm) {
    return new TwoWayClaiming(requireNonNull(algorithm, "algorithm"));
  }

  /** The outcome of a claiming process: both rounds and the combination. */
  public static final class Outcome {
    private final ImmutableList<Allocation> exclusiveWindow;
    private final ImmutableList<Allocation> openHall;
    private final MatchingAlgorithm.Result combined;

    Outcome(
        ImmutableList<Allocation> exclusiveWindow,
        ImmutableList<Allocation> openHall,
        MatchingAlgorithm.Result combined) {
      this.exclusiveWindow = exclusiveWindow;
      this.openHall = openHall;
      this.combined = combined;
    }

    /**
     * What paired partners claimed in their exclusive window.
     *
     * @return the allocations of the first round
     */
    public List<Allocation> exclusiveWindow() {
      return exclusiveWindow;
    }

    /**
     * What the open hall allocated.
     *
     * @return the allocations of the second round
     */
    public List<Allocation> openHall() {
      return openHall;
    }

    /**
     * Both rounds together, with reasons and metrics on the original problem.
     *
     * @return the combined result
     */
    public MatchingAlgorithm.Result combined() {
      return combined;
    }
  }

  /**
   * Runs both rounds.
   *
   * @param problem the problem
   * @return the outcome
   */
  public Outcome run(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    LocalityModel model = problem.locality();
    // round 1: paired partners, restricted to their paired community (where their area reaches)
    List<Resource> partners = new ArrayList<>();
    for (Resource r : problem.resources()) {
      if (r.pairedCommunity().isEmpty()) {
        continue;
      }
      NodeCode community = NodeCode.of(r.pairedCommunity().get());
      Optional<NodeCode> root = r.serviceArea().rootFor(r.location(), model);
      boolean reaches =
          root.isEmpty()
              || model
                  .ancestorAt(community, model.levelOf(root.get()))
                  .map(root.get()::equals)
                  .orElse(false);
      if (reaches) {
        partners.add(
            Resource.builder().from(r).serviceArea(ServiceArea.subtree(community)).build());
      }
    }
    MatchingProblem first = problem.withResources(partners);
    MatchingAlgorithm.Result r1 = algorithm.solve(first);
    // round 2: what is left
    Map<DemandId, Integer> served = new HashMap<>();
    Map<ResourceId, Integer> used = new HashMap<>();
    for (Allocation a : r1.allocations()) {
      served.merge(a.demand(), a.quantity(), Integer::sum);
      used.merge(a.resource(), a.quantity(), Integer::sum);
    }
    List<Demand> demandsLeft = new ArrayList<>();
    for (Demand d : problem.demands()) {
      int left = d.quantity() - served.getOrDefault(d.id(), 0);
      if (left > 0) {
        demandsLeft.add(left == d.quantity() ? d : d.withQuantity(left));
      }
    }
    List<Resource> resourcesLeft = new ArrayList<>();
    for (Resource r : problem.resources()) {
      int u = used.getOrDefault(r.id(), 0);
      resourcesLeft.add(u == 0 ? r : r.withCapacity(r.capacity() - u));
    }
    MatchingAlgorithm.Result r2 =
        algorithm.solve(problem.withDemands(demandsLeft).withResources(resourcesLeft));
    // combine on the original problem's candidate pairs
    CompiledProblem cp = problem.compiled();
    Map<DemandId, Integer> demandIndex = new HashMap<>();
    for (int d = 0; d < cp.nD; d++) {
      demandIndex.put(problem.demands().get(d).id(), d);
    }
    Map<ResourceId, Integer> resourceIndex = new HashMap<>();
    for (int r = 0; r < cp.nR; r++) {
      resourceIndex.put(problem.resources().get(r).id(), r);
    }
    int[] flow = new int[cp.res.length];
    for (MatchingAlgorithm.Result part : List.of(r1, r2)) {
      for (Allocation a : part.allocations()) {
        Integer d = demandIndex.get(a.demand());
        Integer r = resourceIndex.get(a.resource());
        if (d == null || r == null) {
          throw new IllegalStateException(Messages.UNKNOWN_RESULT);
        }
        int e = java.util.Arrays.binarySearch(cp.res, cp.start[d], cp.start[d + 1], r);
        if (e < 0) {
          throw new IllegalStateException(Messages.UNKNOWN_RESULT);
        }
        flow[e] += a.quantity();
      }
    }
    MatchingAlgorithm.Result combined =
        Outcomes.assemble("two-way-claiming/" + algorithm.name(), problem, flow);
    return new Outcome(
        ImmutableList.copyOf(r1.allocations()), ImmutableList.copyOf(r2.allocations()), combined);
  }

  @Override
  public String toString() {
    return "TwoWayClaiming{" + algorithm.name() + "}";
  }
}
