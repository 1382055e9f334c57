package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.matching.Messages.f;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/** Turns a flow per candidate pair into a {@link MatchingAlgorithm.Result} with reasons and metrics. */
final class Outcomes {
  private Outcomes() {}

  /** The result of allocations made elsewhere, each checked against the problem. */
  static MatchingAlgorithm.Result fromAllocations(
      String name, MatchingProblem p, List<Allocation> allocations) {
    requireNonNull(p, "problem");
    requireNonNull(allocations, "allocations");
    Violations v = Violations.of("MatchingAlgorithm.Result")
        .require("algorithm", name)
        .check(name == null || !name.isBlank(), "algorithm", name, Messages.NOT_BLANK);
    CompiledProblem cp = p.compiled();
    Map<DemandId, Integer> demandIndex = new HashMap<>();
    for (int d = 0; d < cp.nD; d++) {
      demandIndex.put(p.demands().get(d).id(), d);
    }
    Map<ResourceId, Integer> resourceIndex = new HashMap<>();
    for (int r = 0; r < cp.nR; r++) {
      resourceIndex.put(p.resources().get(r).id(), r);
    }
    MeetingLevel[] levels = MeetingLevel.values();
    int[] flow = new int[cp.res.length];
    long[] served = new long[cp.nD];
    long[] used = new long[cp.nR];
    for (int i = 0; i < allocations.size(); i++) {
      Allocation a = allocations.get(i);
      String at = "allocations[" + i + "]";
      if (a == null) {
        v.require(at, null);
        continue;
      }
      Integer d = demandIndex.get(a.demand());
      Integer r = resourceIndex.get(a.resource());
      v.check(d != null, at + ".demand", a.demand(), f(Messages.NOT_IN_PROBLEM, "demand"));
      v.check(r != null, at + ".resource", a.resource(), f(Messages.NOT_IN_PROBLEM, "resource"));
      if (d == null || r == null) {
        continue;
      }
      int edge = -1;
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        if (cp.res[e] == r) {
          edge = e;
          break;
        }
      }
      if (edge < 0) {
        v.check(false, at + ".resource", a.resource(),
            f(Messages.NOT_ELIGIBLE, a.resource(), a.demand()));
        continue;
      }
      v.check(flow[edge] == 0, at, a.demand() + "/" + a.resource(),
          f(Messages.REPEATED_PAIR, a.demand(), a.resource()));
      v.check(a.unitCost() == cp.cost[edge], at + ".unitCost", a.unitCost(),
          f(Messages.NOT_POLICY, cp.cost[edge]));
      v.check(a.level() == levels[cp.level[edge]], at + ".level", a.level(),
          f(Messages.NOT_POLICY, levels[cp.level[edge]]));
      if (flow[edge] == 0) {
        flow[edge] = a.quantity();
        served[d] += a.quantity();
        used[r] += a.quantity();
        v.check(served[d] <= cp.qty[d], at + ".quantity", a.quantity(),
            f(Messages.OVER_DEMAND, a.demand(), served[d], cp.qty[d]));
        v.check(used[r] <= cp.cap[r], at + ".quantity", a.quantity(),
            f(Messages.OVER_CAPACITY, a.resource(), used[r], cp.cap[r]));
      }
    }
    v.throwIfAny();
    return assemble(name, p, flow);
  }

  static MatchingAlgorithm.Result assemble(String name, MatchingProblem p, int[] flow) {
    return assemble(name, p, p.compiled(), flow);
  }

  /** The same, with the problem's candidate graph given (built elsewhere, e.g. incrementally). */
  static MatchingAlgorithm.Result assemble(
      String name, MatchingProblem p, CompiledProblem cp, int[] flow) {
    return assemble(name, p, cp, flow, null);
  }

  /**
   * The same, the metrics (with the blocking pairs) computed on the pool, if any, while the
   * allocations and unmatched demands are built: the result is the same either way.
   */
  static MatchingAlgorithm.Result assemble(
      String name,
      MatchingProblem p,
      CompiledProblem cp,
      int[] flow,
      @Nullable ExecutorService pool) {
    Future<MatchingMetrics> pooled =
        pool == null
            ? null
            : pool.submit(
                () -> {
                  Stability.Totals t = Stability.Totals.of(cp, flow);
                  return metrics(
                      p, cp, t.served, t.used, t.totalCost, t.levelSum, t.blockingPairs);
                });
    List<Demand> demands = p.demands();
    List<Resource> resources = p.resources();
    int[] served = new int[cp.nD];
    long[] used = new long[cp.nR];
    // one pass over the pairs: allocations, totals, and the best-priority demand each resource
    // holds (for "outranked")
    ImmutableList.Builder<Allocation> allocs = ImmutableList.builderWithExpectedSize(cp.nD);
    MeetingLevel[] levels = MeetingLevel.values();
    int[] maxWeightHeld = new int[cp.nR];
    long totalCost = 0;
    long levelSum = 0;
    for (int d = 0; d < cp.nD; d++) {
      DemandId demandId = null;
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        int f = flow[e];
        if (f > 0) {
          int r = cp.res[e];
          served[d] += f;
          used[r] += f;
          totalCost += (long) f * cp.cost[e];
          levelSum += (long) f * cp.level[e];
          maxWeightHeld[r] = Math.max(maxWeightHeld[r], cp.weight[d]);
          if (demandId == null) {
            demandId = demands.get(d).id();
          }
          allocs.add(
              Allocation.of(demandId, resources.get(r).id(), f, cp.cost[e], levels[cp.level[e]]));
        }
      }
    }
    ImmutableList.Builder<Unmatched> unmatched = ImmutableList.builder();
    for (int d = 0; d < cp.nD; d++) {
      int left = cp.qty[d] - served[d];
      if (left <= 0) {
        continue;
      }
      UnmatchedReason reason;
      List<ResourceId> filled = new ArrayList<>();
      if (cp.start[d] == cp.start[d + 1]) {
        reason =
            cp.timeBlocked[d]
                ? UnmatchedReason.OUTSIDE_TIME_WINDOW
                : UnmatchedReason.NO_ELIGIBLE_RESOURCE_IN_REACH;
      } else {
        boolean room = false;
        boolean outranked = false;
        for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
          int r = cp.res[e];
          if (used[r] < cp.cap[r]) {
            room = true;
          } else {
            filled.add(resources.get(r).id());
            if (maxWeightHeld[r] > cp.weight[d]) {
              outranked = true;
            }
          }
        }
        if (room) {
          reason = UnmatchedReason.NOT_CHOSEN;
        } else if (outranked) {
          reason = UnmatchedReason.OUTRANKED_BY_HIGHER_PRIORITY;
        } else {
          reason = UnmatchedReason.CAPACITY_EXHAUSTED;
        }
      }
      unmatched.add(Unmatched.of(demands.get(d).id(), left, reason, filled));
    }
    MatchingMetrics metrics =
        pooled == null
            ? metrics(p, cp, served, used, totalCost, levelSum,
                Stability.blockingPairs(cp, flow, served, used))
            : ExactMatching.await(pooled);
    return new MatchingAlgorithm.Result(name, allocs.build(), unmatched.build(), metrics);
  }

  private static MatchingMetrics metrics(
      MatchingProblem p,
      CompiledProblem cp,
      int[] served,
      long[] used,
      long totalCost,
      long levelSum,
      long blockingPairs) {
    List<Demand> demands = p.demands();
    long demanded = 0;
    long servedQ = 0;
    long wServed = 0;
    long wDemanded = 0;
    int full = 0;
    int part = 0;
    long[][] cat = new long[ServiceCategory.values().length][4];
    long[][] urg = new long[Urgency.values().length][4];
    int nodes = cp.nodes.length;
    long[][] comm = new long[4][];
    long[][] grid = new long[4][];
    for (int i = 0; i < 4; i++) {
      comm[i] = new long[nodes];
      grid[i] = new long[nodes];
    }
    for (int d = 0; d < cp.nD; d++) {
      Demand x = demands.get(d);
      int q = cp.qty[d];
      int s = served[d];
      demanded += q;
      servedQ += s;
      wServed += (long) cp.weight[d] * s;
      wDemanded += (long) cp.weight[d] * q;
      int isFull = s >= q ? 1 : 0;
      full += isFull;
      if (s > 0 && s < q) {
        part++;
      }
      add(cat[x.category().ordinal()], isFull, q, s);
      add(urg[x.urgency().ordinal()], isFull, q, s);
      if (cp.communityOf[d] >= 0) {
        addAt(comm, cp.communityOf[d], isFull, q, s);
      }
      if (cp.gridOf[d] >= 0) {
        addAt(grid, cp.gridOf[d], isFull, q, s);
      }
    }
    Map<ServiceCategory, Coverage> byCat = new EnumMap<>(ServiceCategory.class);
    for (ServiceCategory c : ServiceCategory.values()) {
      long[] a = cat[c.ordinal()];
      if (a[0] > 0) {
        byCat.put(c, Coverage.of((int) a[0], (int) a[1], a[2], a[3]));
      }
    }
    Map<Urgency, Coverage> byUrg = new EnumMap<>(Urgency.class);
    for (Urgency u : Urgency.values()) {
      long[] a = urg[u.ordinal()];
      if (a[0] > 0) {
        byUrg.put(u, Coverage.of((int) a[0], (int) a[1], a[2], a[3]));
      }
    }
    Map<NodeCode, Coverage> byComm = new TreeMap<>();
    double[] commRates = rates(comm, nodes);
    double[] gridRates = rates(grid, nodes);
    for (int i = 0; i < nodes; i++) {
      if (comm[0][i] > 0) {
        byComm.put(
            cp.nodes[i], Coverage.of((int) comm[0][i], (int) comm[1][i], comm[2][i], comm[3][i]));
      }
    }
    long totalCap = 0;
    long totalUsed = 0;
    int withCap = 0;
    for (int r = 0; r < cp.nR; r++) {
      totalCap += cp.cap[r];
      totalUsed += used[r];
      if (cp.cap[r] > 0) {
        withCap++;
      }
    }
    double[] util = new double[withCap];
    for (int r = 0, k = 0; r < cp.nR; r++) {
      if (cp.cap[r] > 0) {
        util[k++] = (double) used[r] / cp.cap[r];
      }
    }
    return MatchingMetrics.builder()
        .demands(cp.nD)
        .demandsFullyServed(full)
        .demandsPartlyServed(part)
        .demandedQuantity(demanded)
        .servedQuantity(servedQ)
        .weightedServed(wServed)
        .weightedDemanded(wDemanded)
        .totalCost(totalCost)
        .byCategory(byCat)
        .byUrgency(byUrg)
        .byCommunity(byComm)
        .communityCoverageMin(min(commRates))
        .communityCoverageGini(gini(commRates))
        .grids(gridRates.length)
        .gridCoverageMin(min(gridRates))
        .gridCoverageGini(gini(gridRates))
        .resourceUtilisation(totalCap == 0 ? 0.0 : (double) totalUsed / totalCap)
        .resourceUtilisationGini(gini(util))
        .blockingPairs(blockingPairs)
        .meanMeetingLevel(servedQ == 0 ? 0.0 : (double) levelSum / servedQ)
        .build();
  }

  private static void add(long[] a, int full, int q, int s) {
    a[0]++;
    a[1] += full;
    a[2] += q;
    a[3] += s;
  }

  private static void addAt(long[][] a, int i, int full, int q, int s) {
    a[0][i]++;
    a[1][i] += full;
    a[2][i] += q;
    a[3][i] += s;
  }

  private static double[] rates(long[][] a, int n) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (a[0][i] > 0) {
        k++;
      }
    }
    double[] out = new double[k];
    k = 0;
    for (int i = 0; i < n; i++) {
      if (a[0][i] > 0) {
        out[k++] = a[2][i] == 0 ? 1.0 : (double) a[3][i] / a[2][i];
      }
    }
    return out;
  }

  private static double min(double[] x) {
    double m = 1.0;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  /**
   * Gini coefficient, {@code Σ (2i − n − 1) x_i / (n Σ x)} over sorted values; 0 if all zero.
   * Rates and utilisations lie in [0, 1] and are mostly exactly 0 or 1, so only the values
   * strictly between are ordered (the same order as sorting them all); those are usually few
   * distinct fractions (a utilisation is used / capacity), so they are counted per value and only
   * the distinct values sorted. The sums run over the values in sorted order either way, so the
   * result is the same to the last bit.
   */
  static double gini(double[] values) {
    int n = values.length;
    if (n == 0) {
      return 0.0;
    }
    double[] between = new double[n];
    int zeros = 0;
    int mid = 0;
    boolean unit = true;
    for (double v : values) {
      if (v == 0.0) {
        zeros++;
      } else if (v > 0.0 && v < 1.0) {
        between[mid++] = v;
      } else if (v != 1.0) {
        unit = false;
        break;
      }
    }
    double[] x;
    if (unit) {
      // zeros first, the values in between in order, ones last
      x = new double[n];
      if (!orderByDistinct(between, mid, x, zeros)) {
        Arrays.sort(between, 0, mid);
        System.arraycopy(between, 0, x, zeros, mid);
      }
      Arrays.fill(x, zeros + mid, n, 1.0);
    } else {
      x = values.clone();
      Arrays.sort(x);
    }
    double sum = 0;
    double acc = 0;
    for (int i = 0; i < n; i++) {
      sum += x[i];
      acc += (2.0 * (i + 1) - n - 1) * x[i];
    }
    return sum == 0 ? 0.0 : acc / (n * sum);
  }

  /**
   * Writes {@code values[0, count)} in ascending order into {@code out} from {@code at} by
   * counting each distinct value (positive, finite) and sorting only those; gives up (returns
   * false, {@code out} untouched) when more than a quarter of the values are distinct, where
   * sorting them all is as quick.
   */
  private static boolean orderByDistinct(double[] values, int count, double[] out, int at) {
    if (count < 64) {
      return false;
    }
    int limit = count / 4;
    int size = Integer.highestOneBit(limit * 2 - 1) << 1;
    long[] keys = new long[size];
    int[] counts = new int[size];
    int mask = size - 1;
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      long bits = Double.doubleToRawLongBits(values[i]); // positive: never 0
      int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 41)) * 0x9E3779B9 >>> 1 & mask;
      while (keys[slot] != 0 && keys[slot] != bits) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == 0) {
        if (++distinct > limit) {
          return false;
        }
        keys[slot] = bits;
      }
      counts[slot]++;
    }
    long[] sorted = new long[distinct];
    for (int s = 0, k = 0; s < size; s++) {
      if (keys[s] != 0) {
        sorted[k++] = keys[s];
      }
    }
    // positive doubles order as their bit patterns
    Arrays.sort(sorted);
    int pos = at;
    for (long bits : sorted) {
      int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 41)) * 0x9E3779B9 >>> 1 & mask;
      while (keys[slot] != bits) {
        slot = (slot + 1) & mask;
      }
      Arrays.fill(out, pos, pos + counts[slot], Double.longBitsToDouble(bits));
      pos += counts[slot];
    }
    return true;
  }
}
