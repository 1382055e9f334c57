package org.grassroots.governance.bench.matching;

import com.google.ortools.Loader;
import java.util.concurrent.TimeUnit;
import org.grassroots.governance.matching.CandidateGraph;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exact, greedy and stable matching against OR-Tools {@code MinCostFlow} (whole instance and per
 * connected component on 2 threads) and JGraphT, on the same generated instances
 * ({@link MatchingInstances}). Single-shot seconds per solve; the problem's candidate graph is
 * built in the setup (it is shared by every algorithm and by the peers' input).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MatchingBenchmark {

  /** The instance size: demands x resources. */
  @Param({"10k", "100k", "1m"})
  public String size = "10k";

  /** Whether every quantity and capacity is 1 (for JGraphT's matching). */
  @Param({"false"})
  public boolean unit;

  MatchingProblem problem = MatchingInstances.generate(1, 1, 1);
  CandidateGraph graph = problem.candidates();

  @Setup(Level.Trial)
  public void setUp() {
    Loader.loadNativeLibraries();
    int[] dims = dims(size);
    problem = MatchingInstances.generate(dims[0], dims[1], 20261123L, unit);
    graph = problem.candidates();
  }

  static int[] dims(String size) {
    switch (size) {
      case "10k":
        return new int[] {10_000, 10_000};
      case "100k":
        return new int[] {100_000, 10_000};
      case "1m":
        return new int[] {1_000_000, 100_000};
      default:
        throw new IllegalArgumentException("size " + size);
    }
  }

  @Benchmark
  public MatchingAlgorithm.Result exact() {
    return ExactMatching.withThreads(2).solve(problem);
  }

  @Benchmark
  public MatchingAlgorithm.Result exactTree() {
    return ExactMatching.withThreads(2).withTreeFastPath(true).solve(problem);
  }

  @Benchmark
  public MatchingAlgorithm.Result greedy() {
    return GreedyMatching.cheapestFirst().solve(problem);
  }

  @Benchmark
  public MatchingAlgorithm.Result stable() {
    return DeferredAcceptance.demandProposing().solve(problem);
  }

  @Benchmark
  public long ortoolsComponents() throws Exception {
    return Peers.orToolsComponents(graph, 2);
  }

  @Benchmark
  public long ortoolsWhole() {
    return Peers.orToolsWhole(graph);
  }

  @Benchmark
  public long jgraphtMinCostFlow() {
    return Peers.jgraphtMinCostFlow(graph);
  }

  @Benchmark
  public long jgraphtMaxWeightMatching() {
    return Peers.jgraphtMaxWeightMatching(graph);
  }
}
