package org.grassroots.governance.bench.grid;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.NodePositions;
import org.jgrapht.Graph;
import org.jgrapht.alg.lca.BinaryLiftingLCAFinder;
import org.jgrapht.alg.lca.EulerTourRMQLCAFinder;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lowest-common-ancestor queries per second on one tree (the national divisions plus synthetic
 * grids and buildings): ours against JGraphT's {@link EulerTourRMQLCAFinder} and
 * {@link BinaryLiftingLCAFinder}, built on the same tree (vertices are our positions, a virtual
 * nation vertex roots the provinces). The same random pairs for all three, blackholed the same way
 * (the sum of the answers is returned). Uniform pairs mostly meet at the nation or a province, so a
 * second set of pairs ({@code *Near}) draws the second node from the first one's county (县级)
 * subtree, where the answer is a county or deeper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LcaBenchmark {
  static final int BATCH = 4096;
  static final int NATION = -1;

  @Param({"1000000"})
  public int nodes;

  @SuppressWarnings("NullAway.Init")
  private NodePositions ours;

  @SuppressWarnings("NullAway.Init")
  private EulerTourRMQLCAFinder<Integer, DefaultEdge> eulerTour;

  @SuppressWarnings("NullAway.Init")
  private BinaryLiftingLCAFinder<Integer, DefaultEdge> binaryLifting;

  private final int[] a = new int[BATCH];
  private final int[] b = new int[BATCH];
  private final Integer[] boxedA = new Integer[BATCH];
  private final Integer[] boxedB = new Integer[BATCH];
  private final int[] nearA = new int[BATCH];
  private final int[] nearB = new int[BATCH];
  private final Integer[] boxedNearA = new Integer[BATCH];
  private final Integer[] boxedNearB = new Integer[BATCH];

  @Setup
  public void setUp() throws Exception {
    GridHierarchy h = NationalTrees.build(nodes);
    ours = h.positions();
    Graph<Integer, DefaultEdge> g = jgraphtTree(ours);
    eulerTour = new EulerTourRMQLCAFinder<>(g, NATION);
    binaryLifting = new BinaryLiftingLCAFinder<>(g, NATION);
    SplittableRandom r = new SplittableRandom(20261123L);
    for (int i = 0; i < BATCH; i++) {
      a[i] = r.nextInt(ours.size());
      b[i] = r.nextInt(ours.size());
      boxedA[i] = a[i];
      boxedB[i] = b[i];
      nearA[i] = r.nextInt(ours.size());
      int county = nearA[i];
      while (ours.depth(county) > 2) {
        county = ours.parent(county);
      }
      nearB[i] = county + r.nextInt(ours.subtreeEnd(county) - county);
      boxedNearA[i] = nearA[i];
      boxedNearB[i] = nearB[i];
    }
    check(a, b, boxedA, boxedB);
    check(nearA, nearB, boxedNearA, boxedNearB);
  }

  private void check(int[] x, int[] y, Integer[] boxedX, Integer[] boxedY) {
    for (int i = 0; i < BATCH; i++) {
      int mine = ours.lowestCommonAncestor(x[i], y[i]);
      Integer theirs = eulerTour.getLCA(boxedX[i], boxedY[i]);
      int expected = theirs == null || theirs == NATION ? -1 : theirs;
      if (mine != expected || !java.util.Objects.equals(theirs, binaryLifting.getLCA(boxedX[i], boxedY[i]))) {
        throw new IllegalStateException("LCA disagrees at pair " + i + ": " + mine + " vs " + theirs);
      }
    }
  }

  /** The same tree as a JGraphT graph: vertex = position, nation = -1. */
  static Graph<Integer, DefaultEdge> jgraphtTree(NodePositions pos) {
    Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    g.addVertex(NATION);
    for (int p = 0; p < pos.size(); p++) {
      g.addVertex(p);
      int parent = pos.parent(p);
      g.addEdge(parent < 0 ? NATION : parent, p);
    }
    return g;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long ours() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += ours.lowestCommonAncestor(a[i], b[i]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long jgraphtEulerTour() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += eulerTour.getLCA(boxedA[i], boxedB[i]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long jgraphtBinaryLifting() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += binaryLifting.getLCA(boxedA[i], boxedB[i]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long oursNear() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += ours.lowestCommonAncestor(nearA[i], nearB[i]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long jgraphtEulerTourNear() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += eulerTour.getLCA(boxedNearA[i], boxedNearB[i]);
    }
    return sum;
  }
}
