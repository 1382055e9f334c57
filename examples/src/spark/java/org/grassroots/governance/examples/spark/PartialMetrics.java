package org.grassroots.governance.examples.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Allocation;
import org.grassroots.governance.matching.Coverage;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.LocalityModel;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.Urgency;

/**
 * The metrics of some solved pieces of one run, in a form that adds up exactly: counts and sums
 * as longs, coverage per category, urgency, community and grid as (demands, fully served,
 * demanded, served) sums, and one utilisation value per resource. Ratios, minima and Gini
 * coefficients are computed only once everything is merged ({@link RunMetrics}), so the result
 * does not depend on how the run was cut into pieces or in which order the pieces merge.
 *
 * <p>Immutable: {@link #merge} returns a new value (Spark may hand the same cached value to
 * several reductions).
 */
final class PartialMetrics implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int CATEGORIES = ServiceCategory.values().length;
  static final int URGENCIES = Urgency.values().length;
  private static final LocalityModel LOCALITY = LocalityModel.byCodePrefix();

  // indices into counts
  static final int DEMANDS = 0;
  static final int FULLY_SERVED = 1;
  static final int PARTLY_SERVED = 2;
  static final int DEMANDED = 3;
  static final int SERVED = 4;
  static final int WEIGHTED_SERVED = 5;
  static final int WEIGHTED_DEMANDED = 6;
  static final int TOTAL_COST = 7;
  static final int BLOCKING_PAIRS = 8;
  static final int LEVEL_SUM = 9;
  static final int RESOURCES = 10;
  static final int CAPACITY = 11;
  static final int USED = 12;
  static final int UNITS = 13;
  static final int CROSSING_RESOURCES = 14;
  static final int COUPLING_GROUPS = 15;
  static final int COUPLED_DEMANDS = 16;
  static final int COUPLED_RESOURCES = 17;
  static final int CENSUS_DEMANDS = 18;
  static final int CENSUS_RESOURCES = 19;
  static final int SOLVE_NANOS = 20;
  static final int COUNTS = 21;

  final long[] counts;
  /** (demands, fully served, demanded, served) per category ordinal, flattened. */
  final long[] byCategory;
  /** The same per urgency ordinal. */
  final long[] byUrgency;
  final TreeMap<String, long[]> byCommunity;
  final TreeMap<String, long[]> byGrid;
  /** used / capacity of every resource with capacity, in no particular order. */
  final double[] utilisation;

  private PartialMetrics(long[] counts, long[] byCategory, long[] byUrgency,
      TreeMap<String, long[]> byCommunity, TreeMap<String, long[]> byGrid, double[] utilisation) {
    this.counts = counts;
    this.byCategory = byCategory;
    this.byUrgency = byUrgency;
    this.byCommunity = byCommunity;
    this.byGrid = byGrid;
    this.utilisation = utilisation;
  }

  static PartialMetrics empty() {
    return new PartialMetrics(new long[COUNTS], new long[CATEGORIES * 4], new long[URGENCIES * 4],
        new TreeMap<>(), new TreeMap<>(), new double[0]);
  }

  /** Only counters (units, census, …): {@code index, value} pairs. */
  static PartialMetrics counters(long... indexValue) {
    PartialMetrics m = empty();
    for (int i = 0; i < indexValue.length; i += 2) {
      m.counts[(int) indexValue[i]] += indexValue[i + 1];
    }
    return m;
  }

  /** The metrics of one solved sub-problem. */
  static PartialMetrics of(MatchingProblem problem, MatchingAlgorithm.Result result, long nanos) {
    PartialMetrics out = empty();
    MatchingMetrics m = result.metrics();
    long[] c = out.counts;
    c[DEMANDS] = m.demands();
    c[FULLY_SERVED] = m.demandsFullyServed();
    c[PARTLY_SERVED] = m.demandsPartlyServed();
    c[DEMANDED] = m.demandedQuantity();
    c[SERVED] = m.servedQuantity();
    c[WEIGHTED_SERVED] = m.weightedServed();
    c[WEIGHTED_DEMANDED] = m.weightedDemanded();
    c[TOTAL_COST] = m.totalCost();
    c[BLOCKING_PAIRS] = m.blockingPairs();
    c[SOLVE_NANOS] = nanos;
    for (Map.Entry<ServiceCategory, Coverage> e : m.byCategory().entrySet()) {
      put(out.byCategory, e.getKey().ordinal(), e.getValue());
    }
    for (Map.Entry<Urgency, Coverage> e : m.byUrgency().entrySet()) {
      put(out.byUrgency, e.getKey().ordinal(), e.getValue());
    }
    for (Map.Entry<NodeCode, Coverage> e : m.byCommunity().entrySet()) {
      Coverage v = e.getValue();
      out.byCommunity.put(e.getKey().toString(),
          new long[] {v.demands(), v.fullyServed(), v.demanded(), v.served()});
    }
    Map<DemandId, Long> servedBy = new HashMap<>();
    Map<ResourceId, Long> usedBy = new HashMap<>();
    for (Allocation a : result.allocations()) {
      servedBy.merge(a.demand(), (long) a.quantity(), Long::sum);
      usedBy.merge(a.resource(), (long) a.quantity(), Long::sum);
      c[LEVEL_SUM] += (long) a.quantity() * a.level().ordinal();
    }
    for (Demand d : problem.demands()) {
      Optional<NodeCode> grid = LOCALITY.ancestorAt(d.location(), MeetingLevel.GRID);
      if (grid.isPresent()) {
        long served = servedBy.getOrDefault(d.id(), 0L);
        long[] g = out.byGrid.computeIfAbsent(grid.get().toString(), k -> new long[4]);
        g[0]++;
        g[1] += served >= d.quantity() ? 1 : 0;
        g[2] += d.quantity();
        g[3] += served;
      }
    }
    List<Resource> resources = problem.resources();
    int withCapacity = 0;
    for (Resource r : resources) {
      if (r.capacity() > 0) {
        withCapacity++;
      }
    }
    double[] util = new double[withCapacity];
    int k = 0;
    for (Resource r : resources) {
      long used = usedBy.getOrDefault(r.id(), 0L);
      c[RESOURCES]++;
      c[CAPACITY] += r.capacity();
      c[USED] += used;
      if (r.capacity() > 0) {
        util[k++] = (double) used / r.capacity();
      }
    }
    return new PartialMetrics(c, out.byCategory, out.byUrgency, out.byCommunity, out.byGrid, util);
  }

  private static void put(long[] flat, int ordinal, Coverage v) {
    flat[4 * ordinal] += v.demands();
    flat[4 * ordinal + 1] += v.fullyServed();
    flat[4 * ordinal + 2] += v.demanded();
    flat[4 * ordinal + 3] += v.served();
  }

  /** This plus {@code o}, as a new value; associative and commutative. */
  PartialMetrics merge(PartialMetrics o) {
    long[] c = counts.clone();
    for (int i = 0; i < COUNTS; i++) {
      c[i] += o.counts[i];
    }
    long[] cat = byCategory.clone();
    for (int i = 0; i < cat.length; i++) {
      cat[i] += o.byCategory[i];
    }
    long[] urg = byUrgency.clone();
    for (int i = 0; i < urg.length; i++) {
      urg[i] += o.byUrgency[i];
    }
    double[] util = new double[utilisation.length + o.utilisation.length];
    System.arraycopy(utilisation, 0, util, 0, utilisation.length);
    System.arraycopy(o.utilisation, 0, util, utilisation.length, o.utilisation.length);
    return new PartialMetrics(c, cat, urg, mergeMaps(byCommunity, o.byCommunity),
        mergeMaps(byGrid, o.byGrid), util);
  }

  private static TreeMap<String, long[]> mergeMaps(TreeMap<String, long[]> a, TreeMap<String, long[]> b) {
    TreeMap<String, long[]> out = new TreeMap<>();
    for (Map.Entry<String, long[]> e : a.entrySet()) {
      out.put(e.getKey(), e.getValue().clone());
    }
    for (Map.Entry<String, long[]> e : b.entrySet()) {
      long[] into = out.computeIfAbsent(e.getKey(), k -> new long[4]);
      for (int i = 0; i < 4; i++) {
        into[i] += e.getValue()[i];
      }
    }
    return out;
  }
}
