package org.grassroots.governance.examples.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.Resource;

/**
 * What moves between the stages of a {@link SparkResearchJob}: the demands and resources of one
 * unit of one run, each with its position in the run's generated lists (its order), so any
 * stage can put them back in the single-machine order.
 *
 * <ul>
 *   <li>{@link Kind#UNIT}: a unit's demands, its local resources and the crossing resources that
 *       reach it ({@code visitors});
 *   <li>{@link Kind#COUPLED}: the part of a unit whose components reach a crossing resource
 *       ({@code touched} lists those resources' orders), for the coupling pass;
 *   <li>{@link Kind#CROSSING}: crossing resources of a run, with the run's census (how many
 *       demands and resources were generated, so the job can prove nothing was dropped).
 * </ul>
 */
final class Piece implements Serializable {
  private static final long serialVersionUID = 1L;

  enum Kind {
    UNIT,
    COUPLED,
    CROSSING
  }

  final Kind kind;
  final RunKey run;
  /** The policy the run is solved under (the same in every piece of a run). */
  final MatchingPolicy policy;
  final String unit;
  final ArrayList<Demand> demands;
  final long[] demandOrder;
  final ArrayList<Resource> resources;
  final long[] resourceOrder;
  final ArrayList<Resource> visitors;
  final long[] visitorOrder;
  final long[] touched;
  final long censusDemands;
  final long censusResources;

  @SuppressWarnings("TooManyParameters") // a plain record of the stage's data
  Piece(Kind kind, RunKey run, MatchingPolicy policy, String unit, List<Demand> demands, long[] demandOrder,
      List<Resource> resources, long[] resourceOrder, List<Resource> visitors,
      long[] visitorOrder, long[] touched, long censusDemands, long censusResources) {
    this.kind = requireNonNull(kind, "kind");
    this.run = requireNonNull(run, "run");
    this.policy = requireNonNull(policy, "policy");
    this.unit = requireNonNull(unit, "unit");
    this.demands = new ArrayList<>(demands);
    this.demandOrder = demandOrder;
    this.resources = new ArrayList<>(resources);
    this.resourceOrder = resourceOrder;
    this.visitors = new ArrayList<>(visitors);
    this.visitorOrder = visitorOrder;
    this.touched = touched;
    this.censusDemands = censusDemands;
    this.censusResources = censusResources;
    check(demands.size() == demandOrder.length, "demandOrder");
    check(resources.size() == resourceOrder.length, "resourceOrder");
    check(visitors.size() == visitorOrder.length, "visitorOrder");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException(what + " must have one order per element");
    }
  }

  static Piece unit(RunKey run, MatchingPolicy policy, String unit, List<Demand> demands, long[] demandOrder,
      List<Resource> resources, long[] resourceOrder, List<Resource> visitors,
      long[] visitorOrder) {
    return new Piece(Kind.UNIT, run, policy, unit, demands, demandOrder, resources, resourceOrder,
        visitors, visitorOrder, new long[0], 0, 0);
  }

  static Piece coupled(RunKey run, MatchingPolicy policy, String unit, List<Demand> demands, long[] demandOrder,
      List<Resource> resources, long[] resourceOrder, long[] touched) {
    return new Piece(Kind.COUPLED, run, policy, unit, demands, demandOrder, resources, resourceOrder,
        List.of(), new long[0], touched, 0, 0);
  }

  static Piece crossing(RunKey run, MatchingPolicy policy, List<Resource> resources, long[] resourceOrder,
      long censusDemands, long censusResources) {
    return new Piece(Kind.CROSSING, run, policy, "", List.of(), new long[0], resources, resourceOrder,
        List.of(), new long[0], new long[0], censusDemands, censusResources);
  }

  @Override
  public String toString() {
    return kind + " " + run + " " + unit + ": " + demands.size() + " demands, "
        + resources.size() + " resources, " + visitors.size() + " visitors, "
        + touched.length + " touched";
  }
}
