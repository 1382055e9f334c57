package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.ResourceId;

/**
 * The independent side of the tests: eligibility and cost recomputed from the public model by
 * brute force over all pairs, an allocation checker, a blocking-pair counter, and OR-Tools'
 * MinCostFlow as the reference optimum. Shares no code with the solvers.
 */
final class Reference {
  private Reference() {}

  private static boolean loaded;

  static <K, V> V get(Map<K, V> map, K key) {
    V v = map.get(key);
    if (v == null) {
      throw new AssertionError("unknown key " + key);
    }
    return v;
  }

  static synchronized void loadOrTools() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  /** An eligible pair: unit cost and meeting level; empty if not eligible. */
  static Optional<int[]> pair(MatchingProblem p, Demand d, Resource r) {
    if (!r.categories().contains(d.category()) || !r.skills().containsAll(d.requiredSkills())) {
      return Optional.empty();
    }
    LocalityModel m = p.locality();
    Optional<NodeCode> root = r.serviceArea().rootFor(r.location(), m);
    if (root.isPresent()) {
      String rt = root.get().toString();
      String dl = d.location().toString();
      // covered: the root is the demand's node or an ancestor of it
      MeetingLevel rootLevel = m.levelOf(root.get());
      if (m.levelOf(d.location()).compareTo(rootLevel) > 0) {
        return Optional.empty();
      }
      Optional<NodeCode> up = m.ancestorAt(d.location(), rootLevel);
      if (up.isEmpty() || !up.get().toString().equals(rt)) {
        return Optional.empty();
      }
      assertTrue(dl.startsWith(rt.replaceAll("0+$", "")));
    }
    MeetingLevel level = m.meet(d.location(), r.location());
    if (level.compareTo(p.policy().maxMeetingLevel()) > 0) {
      return Optional.empty();
    }
    if (!timeOk(d, r)) {
      return Optional.empty();
    }
    boolean paired =
        r.pairedCommunity().isPresent()
            && m.ancestorAt(d.location(), MeetingLevel.COMMUNITY)
                .map(c -> c.toString().equals(r.pairedCommunity().get().toString()))
                .orElse(false);
    return Optional.of(new int[] {p.policy().unitCost(level, paired), level.ordinal()});
  }

  static boolean timeOk(Demand d, Resource r) {
    if (d.window().isEmpty() || r.availability().isEmpty()) {
      return true;
    }
    return r.availability().stream().anyMatch(w -> w.overlaps(d.window().get()));
  }

  /** The optimum (weighted served, cost, served) by OR-Tools. */
  static long[] orToolsOptimum(MatchingProblem p) {
    loadOrTools();
    List<Demand> ds = p.demands();
    List<Resource> rs = p.resources();
    int nD = ds.size();
    int nR = rs.size();
    int t = nD + nR;
    MinCostFlow f = new MinCostFlow();
    List<int[]> pairs = new ArrayList<>();
    int maxC = 0;
    for (int i = 0; i < nD; i++) {
      for (int j = 0; j < nR; j++) {
        Optional<int[]> e = pair(p, ds.get(i), rs.get(j));
        if (e.isPresent()) {
          pairs.add(new int[] {i, j, e.get()[0]});
          maxC = Math.max(maxC, e.get()[0]);
        }
      }
    }
    long bigM = (long) maxC * 2 * Math.min(nD, nR) + 1;
    List<Integer> arcs = new ArrayList<>();
    for (int[] e : pairs) {
      arcs.add(f.addArcWithCapacityAndUnitCost(e[0], nD + e[1], ds.get(e[0]).quantity(), e[2]));
    }
    long total = 0;
    for (int i = 0; i < nD; i++) {
      f.addArcWithCapacityAndUnitCost(
          i, t, ds.get(i).quantity(), bigM * p.policy().weight(ds.get(i)));
      f.setNodeSupply(i, ds.get(i).quantity());
      total += ds.get(i).quantity();
    }
    for (int j = 0; j < nR; j++) {
      f.addArcWithCapacityAndUnitCost(nD + j, t, rs.get(j).capacity(), 0);
    }
    f.setNodeSupply(t, -total);
    assertEquals(MinCostFlowBase.Status.OPTIMAL, f.solve());
    long w = 0;
    long c = 0;
    long q = 0;
    for (int k = 0; k < pairs.size(); k++) {
      long fl = f.getFlow(arcs.get(k));
      int[] e = pairs.get(k);
      w += fl * p.policy().weight(ds.get(e[0]));
      c += fl * e[2];
      q += fl;
    }
    return new long[] {w, c, q};
  }

  /** Checks every rule of an allocation against the public model; returns served per demand. */
  static Map<DemandId, Integer> check(MatchingProblem p, MatchingAlgorithm.Result result) {
    Map<DemandId, Demand> demands = new HashMap<>();
    p.demands().forEach(d -> demands.put(d.id(), d));
    Map<ResourceId, Resource> resources = new HashMap<>();
    p.resources().forEach(r -> resources.put(r.id(), r));
    Map<DemandId, Integer> served = new HashMap<>();
    Map<ResourceId, Integer> used = new HashMap<>();
    Map<DemandId, Integer> pieces = new HashMap<>();
    long cost = 0;
    long weighted = 0;
    Set<String> seen = new HashSet<>();
    for (Allocation a : result.allocations()) {
      Demand d = get(demands, a.demand());
      Resource r = get(resources, a.resource());
      assertTrue(seen.add(a.demand() + "|" + a.resource()), "one allocation per pair: " + a);
      assertTrue(a.quantity() > 0, "positive quantity: " + a);
      Optional<int[]> e = pair(p, d, r);
      assertTrue(e.isPresent(), "eligible: " + a);
      assertEquals(e.get()[0], a.unitCost(), "unit cost of " + a);
      assertEquals(e.get()[1], a.level().ordinal(), "level of " + a);
      served.merge(a.demand(), a.quantity(), Integer::sum);
      used.merge(a.resource(), a.quantity(), Integer::sum);
      pieces.merge(a.demand(), 1, Integer::sum);
      cost += a.cost();
      weighted += (long) p.policy().weight(d) * a.quantity();
    }
    for (Map.Entry<DemandId, Integer> s : served.entrySet()) {
      Demand d = get(demands, s.getKey());
      assertTrue(s.getValue() <= d.quantity(), "demand quantity respected: " + d.id());
      if (!d.unit().divisible()) {
        assertEquals(1, pieces.get(d.id()), "indivisible demand served by one provider");
      }
    }
    for (Map.Entry<ResourceId, Integer> u : used.entrySet()) {
      assertTrue(u.getValue() <= get(resources, u.getKey()).capacity(), "capacity: " + u.getKey());
    }
    // unmatched: exactly the demands not served in full, with consistent reasons
    Map<DemandId, Unmatched> un = new HashMap<>();
    for (Unmatched u : result.unmatched()) {
      assertTrue(un.put(u.demand(), u) == null, "one entry per unmatched demand");
    }
    for (Demand d : p.demands()) {
      int s = served.getOrDefault(d.id(), 0);
      Unmatched u = un.get(d.id());
      if (s == d.quantity()) {
        assertTrue(u == null, "fully served is not unmatched: " + d.id());
        continue;
      }
      assertTrue(u != null, "unserved demand has an entry: " + d.id());
      assertEquals(d.quantity() - s, u.quantity());
      List<ResourceId> eligible = new ArrayList<>();
      boolean timeOnly = false;
      for (Resource r : p.resources()) {
        if (pair(p, d, r).isPresent()) {
          eligible.add(r.id());
        } else {
          Demand open = Demand.builder().from(d).window(Optional.empty()).build();
          timeOnly |= pair(p, open, r).isPresent();
        }
      }
      switch (u.reason()) {
        case NO_ELIGIBLE_RESOURCE_IN_REACH:
          assertTrue(eligible.isEmpty() && !timeOnly, "no eligible resource: " + u);
          break;
        case OUTSIDE_TIME_WINDOW:
          assertTrue(eligible.isEmpty() && timeOnly, "time window: " + u);
          break;
        case CAPACITY_EXHAUSTED:
        case OUTRANKED_BY_HIGHER_PRIORITY:
          assertTrue(!eligible.isEmpty(), "has eligible: " + u);
          for (ResourceId r : eligible) {
            assertEquals(
                get(resources, r).capacity(), (int) used.getOrDefault(r, 0), "eligible full: " + r);
          }
          assertEquals(Set.copyOf(eligible), Set.copyOf(u.filledResources()));
          break;
        case NOT_CHOSEN:
          assertTrue(
              eligible.stream().anyMatch(r -> used.getOrDefault(r, 0) < get(resources, r).capacity()),
              "some eligible resource has room: " + u);
          break;
      }
    }
    MatchingMetrics m = result.metrics();
    assertEquals(cost, m.totalCost());
    assertEquals(weighted, m.weightedServed());
    assertEquals(served.values().stream().mapToLong(Integer::longValue).sum(), m.servedQuantity());
    assertEquals(blockingPairs(p, result), m.blockingPairs(), "blocking pairs");
    return served;
  }

  /** Blocking pairs by brute force, preferences from the policy (see {@link Stability}). */
  static long blockingPairs(MatchingProblem p, MatchingAlgorithm.Result result) {
    List<Demand> ds = p.demands();
    List<Resource> rs = p.resources();
    Map<DemandId, Integer> di = new HashMap<>();
    Map<ResourceId, Integer> ri = new HashMap<>();
    for (int i = 0; i < ds.size(); i++) {
      di.put(ds.get(i).id(), i);
    }
    for (int j = 0; j < rs.size(); j++) {
      ri.put(rs.get(j).id(), j);
    }
    int[][] x = new int[ds.size()][rs.size()];
    for (Allocation a : result.allocations()) {
      x[get(di, a.demand())][get(ri, a.resource())] = a.quantity();
    }
    long count = 0;
    for (int i = 0; i < ds.size(); i++) {
      for (int j = 0; j < rs.size(); j++) {
        Optional<int[]> e = pair(p, ds.get(i), rs.get(j));
        if (e.isEmpty()) {
          continue;
        }
        int c = e.get()[0];
        int served = 0;
        boolean worseHeld = false;
        for (int k = 0; k < rs.size(); k++) {
          served += x[i][k];
          if (x[i][k] > 0) {
            int ck = pair(p, ds.get(i), rs.get(k)).orElseThrow()[0];
            worseHeld |= ck > c || (ck == c && k > j);
          }
        }
        boolean dWants = served < ds.get(i).quantity() || worseHeld;
        int used = 0;
        boolean rWants = false;
        int w = p.policy().weight(ds.get(i));
        for (int k = 0; k < ds.size(); k++) {
          used += x[k][j];
          if (x[k][j] > 0) {
            int wk = p.policy().weight(ds.get(k));
            int ck = pair(p, ds.get(k), rs.get(j)).orElseThrow()[0];
            rWants |= wk < w || (wk == w && (ck > c || (ck == c && k > i)));
          }
        }
        rWants |= used < rs.get(j).capacity();
        if (dWants && rWants) {
          count++;
        }
      }
    }
    return count;
  }
}
