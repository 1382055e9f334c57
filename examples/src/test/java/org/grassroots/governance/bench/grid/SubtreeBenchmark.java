package org.grassroots.governance.bench.grid;

import java.util.concurrent.TimeUnit;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.NodePositions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whole-nation scans on the national tree with synthetic grids and buildings: streaming every
 * province's subtree (counting nodes per level) and rolling a measure up from the leaves. Scores
 * are whole-nation passes per second; nodes per second = score × {@link #nodes}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SubtreeBenchmark {
  @Param({"10000000"})
  public int nodes;

  @SuppressWarnings("NullAway.Init")
  private NodePositions pos;

  private int[] roots = new int[0];
  private double[] values = new double[0];

  @Setup
  public void setUp() throws Exception {
    GridHierarchy h = NationalTrees.build(nodes);
    pos = h.positions();
    if (pos.size() != nodes) {
      throw new IllegalStateException("tree has " + pos.size() + " nodes, wanted " + nodes);
    }
    roots = h.roots().stream().mapToInt(c -> pos.positionOf(c).getAsInt()).toArray();
    values = new double[pos.size()];
    for (int p = 0; p < values.length; p++) {
      values[p] = pos.levelOrdinal(p) == 6 ? 1 + (p % 7) : 0;
    }
  }

  /** Streams each province's subtree lazily and counts its nodes per level. */
  @Benchmark
  public long streamNationPerLevel() {
    long[] counts = new long[7];
    for (int r : roots) {
      pos.subtree(r).forEach(p -> counts[pos.levelOrdinal(p)]++);
    }
    return counts[0] + counts[6];
  }

  /** Rolls a per-building measure up to every node of the nation. */
  @Benchmark
  public double rollUpNation() {
    double[] totals = pos.rollUp(values);
    return totals[roots[0]];
  }
}
