package org.grassroots.governance.examples.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.LocalityModel;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Resource;

/**
 * The partitioning rule (分区规则), on the code-prefix hierarchy:
 *
 * <ul>
 *   <li>a demand belongs to the unit (street or district) its location lies in, or, if it is
 *       located above that level, to its own node;
 *   <li>a resource whose service-area root lies at or below the partition level belongs to the
 *       unit containing that root (it can only serve demands there);
 *   <li>any other resource (a district department when partitioning by street; a whole-country
 *       area) <em>crosses</em> units: it visits every unit its area contains, and the
 *       components it joins are solved in the coupling pass.
 * </ul>
 *
 * <p>Stateless; every method depends only on its arguments.
 */
final class Partitioning {
  private static final LocalityModel LOCALITY = LocalityModel.byCodePrefix();

  private Partitioning() {}

  /**
   * Splits one run's problem (demands and resources in their single-machine order) into unit
   * pieces plus one crossing piece carrying the run's census.
   */
  static List<Piece> split(RunKey run, MatchingProblem problem, PartitionLevel level) {
    requireNonNull(problem, "problem");
    MeetingLevel at = level.meetingLevel();
    Map<String, UnitBuilder> units = new TreeMap<>();
    List<Demand> demands = problem.demands();
    for (int i = 0; i < demands.size(); i++) {
      Demand d = demands.get(i);
      NodeCode node = LOCALITY.ancestorAt(d.location(), at).orElse(d.location());
      units.computeIfAbsent(node.toString(), k -> new UnitBuilder(node)).addDemand(d, i);
    }
    List<Resource> resources = problem.resources();
    List<Resource> crossing = new ArrayList<>();
    List<Long> crossingOrder = new ArrayList<>();
    List<Optional<NodeCode>> crossingRoot = new ArrayList<>();
    for (int j = 0; j < resources.size(); j++) {
      Resource r = resources.get(j);
      Optional<NodeCode> root = r.serviceArea().rootFor(r.location(), LOCALITY);
      if (root.isPresent() && LOCALITY.levelOf(root.get()).compareTo(at) <= 0) {
        NodeCode node = LOCALITY.ancestorAt(root.get(), at).orElse(root.get());
        units.computeIfAbsent(node.toString(), k -> new UnitBuilder(node)).addResource(r, j);
      } else {
        crossing.add(r);
        crossingOrder.add((long) j);
        crossingRoot.add(root);
      }
    }
    List<Piece> out = new ArrayList<>();
    for (Map.Entry<String, UnitBuilder> e : units.entrySet()) {
      UnitBuilder u = e.getValue();
      List<Resource> visitors = new ArrayList<>();
      List<Long> visitorOrder = new ArrayList<>();
      for (int k = 0; k < crossing.size(); k++) {
        if (reaches(crossingRoot.get(k), u.node)) {
          visitors.add(crossing.get(k));
          visitorOrder.add(crossingOrder.get(k));
        }
      }
      out.add(Piece.unit(run, problem.policy(), e.getKey(), u.demands, longs(u.demandOrder), u.resources,
          longs(u.resourceOrder), visitors, longs(visitorOrder)));
    }
    out.add(Piece.crossing(run, problem.policy(), crossing, longs(crossingOrder), demands.size(), resources.size()));
    return out;
  }

  /** Whether a service area rooted at {@code root} (empty: the whole country) contains a unit. */
  static boolean reaches(Optional<NodeCode> root, NodeCode unit) {
    if (root.isEmpty()) {
      return true;
    }
    MeetingLevel rootLevel = LOCALITY.levelOf(root.get());
    if (rootLevel.compareTo(LOCALITY.levelOf(unit)) < 0) {
      return false;
    }
    return LOCALITY.ancestorAt(unit, rootLevel).map(root.get()::equals).orElse(false);
  }

  static long[] longs(List<Long> values) {
    long[] out = new long[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  private static final class UnitBuilder {
    final NodeCode node;
    final List<Demand> demands = new ArrayList<>();
    final List<Long> demandOrder = new ArrayList<>();
    final List<Resource> resources = new ArrayList<>();
    final List<Long> resourceOrder = new ArrayList<>();

    UnitBuilder(NodeCode node) {
      this.node = node;
    }

    void addDemand(Demand d, long order) {
      demands.add(d);
      demandOrder.add(order);
    }

    void addResource(Resource r, long order) {
      resources.add(r);
      resourceOrder.add(order);
    }
  }
}
