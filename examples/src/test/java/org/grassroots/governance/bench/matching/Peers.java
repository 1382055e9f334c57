package org.grassroots.governance.bench.matching;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.grassroots.governance.matching.CandidateGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The peers, fed the same candidate graph and the same lexicographic objective: each demand d
 * supplies its quantity; arcs d→r (unit cost), d→T (unserved, cost M·weight(d)) and r→T
 * (capacity). Every method returns the optimal total locality cost (the same for all exact ones).
 */
final class Peers {
  private Peers() {}

  static long bigM(CandidateGraph g, int[] ds, int resources) {
    int maxC = 0;
    for (int d : ds) {
      for (int e = g.pairStart(d); e < g.pairEnd(d); e++) {
        maxC = Math.max(maxC, g.pairCost(e));
      }
    }
    return (long) maxC * 2L * Math.min(ds.length, resources) + 1;
  }

  /** OR-Tools MinCostFlow on the demands {@code ds} and resources {@code rs}. */
  static long orTools(CandidateGraph g, int[] ds, int[] rs) {
    Map<Integer, Integer> localR = new HashMap<>();
    int a = ds.length;
    for (int i = 0; i < rs.length; i++) {
      localR.put(rs[i], a + i);
    }
    int t = a + rs.length;
    long bigM = bigM(g, ds, rs.length);
    MinCostFlow f = new MinCostFlow();
    int firstPair = -1;
    long total = 0;
    for (int i = 0; i < a; i++) {
      int d = ds[i];
      for (int e = g.pairStart(d); e < g.pairEnd(d); e++) {
        int arc =
            f.addArcWithCapacityAndUnitCost(
                i, get(localR, g.pairResource(e)), g.quantity(d), g.pairCost(e));
        if (firstPair < 0) {
          firstPair = arc;
        }
      }
      f.addArcWithCapacityAndUnitCost(i, t, g.quantity(d), bigM * g.weight(d));
      f.setNodeSupply(i, g.quantity(d));
      total += g.quantity(d);
    }
    for (int i = 0; i < rs.length; i++) {
      f.addArcWithCapacityAndUnitCost(a + i, t, g.capacity(rs[i]), 0);
    }
    f.setNodeSupply(t, -total);
    if (f.solve() != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools did not find the optimum");
    }
    long cost = 0;
    int arc = 0;
    for (int i = 0; i < a; i++) {
      int d = ds[i];
      for (int e = g.pairStart(d); e < g.pairEnd(d); e++) {
        cost += f.getFlow(arc) * g.pairCost(e);
        arc++;
      }
      arc++;
    }
    return cost;
  }

  static int[] all(int n) {
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  /** OR-Tools on the whole instance. */
  static long orToolsWhole(CandidateGraph g) {
    return orTools(g, all(g.demandCount()), all(g.resourceCount()));
  }

  /** OR-Tools per connected component (union-find inside the timing), on {@code threads}. */
  static long orToolsComponents(CandidateGraph g, int threads) throws Exception {
    int nD = g.demandCount();
    int n = nD + g.resourceCount();
    int[] parent = all(n);
    for (int d = 0; d < nD; d++) {
      for (int e = g.pairStart(d); e < g.pairEnd(d); e++) {
        int x = find(parent, d);
        int y = find(parent, nD + g.pairResource(e));
        if (x != y) {
          parent[Math.max(x, y)] = Math.min(x, y);
        }
      }
    }
    Map<Integer, List<Integer>> dsOf = new HashMap<>();
    Map<Integer, List<Integer>> rsOf = new HashMap<>();
    for (int d = 0; d < nD; d++) {
      if (g.pairStart(d) < g.pairEnd(d)) {
        dsOf.computeIfAbsent(find(parent, d), k -> new ArrayList<>()).add(d);
      }
    }
    for (int r = 0; r < g.resourceCount(); r++) {
      int root = find(parent, nD + r);
      if (dsOf.containsKey(root)) {
        rsOf.computeIfAbsent(root, k -> new ArrayList<>()).add(r);
      }
    }
    List<int[][]> comps = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> c : dsOf.entrySet()) {
      comps.add(
          new int[][] {
            c.getValue().stream().mapToInt(Integer::intValue).toArray(),
            get(rsOf, c.getKey()).stream().mapToInt(Integer::intValue).toArray()
          });
    }
    comps.sort((x, y) -> Integer.compare(y[0].length + y[1].length, x[0].length + x[1].length));
    AtomicInteger next = new AtomicInteger();
    AtomicLong cost = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        fs.add(
            pool.submit(
                () -> {
                  for (int c = next.getAndIncrement(); c < comps.size(); c = next.getAndIncrement()) {
                    cost.addAndGet(orTools(g, comps.get(c)[0], comps.get(c)[1]));
                  }
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return cost.get();
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** JGraphT's capacity-scaling min-cost flow on the whole instance. */
  static long jgraphtMinCostFlow(CandidateGraph g) {
    int nD = g.demandCount();
    int nR = g.resourceCount();
    int t = nD + nR;
    long bigM = bigM(g, all(nD), nR);
    Graph<Integer, DefaultWeightedEdge> graph =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v <= t; v++) {
      graph.addVertex(v);
    }
    Map<DefaultWeightedEdge, Integer> cap = new HashMap<>();
    Map<DefaultWeightedEdge, Integer> pairCost = new HashMap<>();
    long total = 0;
    for (int d = 0; d < nD; d++) {
      for (int e = g.pairStart(d); e < g.pairEnd(d); e++) {
        DefaultWeightedEdge x = graph.addEdge(d, nD + g.pairResource(e));
        graph.setEdgeWeight(x, g.pairCost(e));
        cap.put(x, g.quantity(d));
        pairCost.put(x, g.pairCost(e));
      }
      DefaultWeightedEdge u = graph.addEdge(d, t);
      graph.setEdgeWeight(u, (double) bigM * g.weight(d));
      cap.put(u, g.quantity(d));
      total += g.quantity(d);
    }
    for (int r = 0; r < nR; r++) {
      DefaultWeightedEdge x = graph.addEdge(nD + r, t);
      graph.setEdgeWeight(x, 0);
      cap.put(x, g.capacity(r));
    }
    long supplyT = total;
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
            graph,
            v -> v < nD ? g.quantity(v) : v == t ? (int) -supplyT : 0,
            e -> cap.getOrDefault(e, 0));
    Map<DefaultWeightedEdge, Double> flow =
        new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
            .getMinimumCostFlow(problem)
            .getFlowMap();
    long cost = 0;
    for (Map.Entry<DefaultWeightedEdge, Integer> e : pairCost.entrySet()) {
      cost += Math.round(flow.getOrDefault(e.getKey(), 0.0)) * e.getValue();
    }
    return cost;
  }

  /** JGraphT's maximum-weight bipartite matching (one-to-one instances), weight M·w − cost. */
  static long jgraphtMaxWeightMatching(CandidateGraph g) {
    int nD = g.demandCount();
    int nR = g.resourceCount();
    long bigM = bigM(g, all(nD), nR);
    Graph<Integer, DefaultWeightedEdge> graph =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    java.util.Set<Integer> left = new java.util.HashSet<>();
    java.util.Set<Integer> right = new java.util.HashSet<>();
    for (int d = 0; d < nD; d++) {
      graph.addVertex(d);
      left.add(d);
    }
    for (int r = 0; r < nR; r++) {
      graph.addVertex(nD + r);
      right.add(nD + r);
    }
    Map<DefaultWeightedEdge, Integer> pairCost = new HashMap<>();
    for (int d = 0; d < nD; d++) {
      for (int e = g.pairStart(d); e < g.pairEnd(d); e++) {
        if (g.capacity(g.pairResource(e)) == 0) {
          continue;
        }
        DefaultWeightedEdge x = graph.addEdge(d, nD + g.pairResource(e));
        graph.setEdgeWeight(x, (double) bigM * g.weight(d) - g.pairCost(e));
        pairCost.put(x, g.pairCost(e));
      }
    }
    long cost = 0;
    for (DefaultWeightedEdge x :
        new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching().getEdges()) {
      cost += get(pairCost, x);
    }
    return cost;
  }

  static <K, V> V get(Map<K, V> map, K key) {
    V v = map.get(key);
    if (v == null) {
      throw new IllegalStateException("missing " + key);
    }
    return v;
  }
}
