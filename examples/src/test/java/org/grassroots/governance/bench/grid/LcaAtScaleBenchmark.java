package org.grassroots.governance.bench.grid;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.grassroots.governance.grid.NodePositions;
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
 * Our LCA queries per second on the full 10-million-node tree, where JGraphT's finders do not fit
 * a benchmark heap (their comparison runs on a smaller tree in {@link LcaBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LcaAtScaleBenchmark {
  @Param({"10000000"})
  public int nodes;

  @SuppressWarnings("NullAway.Init")
  private NodePositions ours;

  private final int[] a = new int[LcaBenchmark.BATCH];
  private final int[] b = new int[LcaBenchmark.BATCH];

  @Setup
  public void setUp() throws Exception {
    ours = NationalTrees.build(nodes).positions();
    SplittableRandom r = new SplittableRandom(20261123L);
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextInt(ours.size());
      b[i] = r.nextInt(ours.size());
    }
  }

  @Benchmark
  @OperationsPerInvocation(LcaBenchmark.BATCH)
  public long ours() {
    long sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += ours.lowestCommonAncestor(a[i], b[i]);
    }
    return sum;
  }
}
