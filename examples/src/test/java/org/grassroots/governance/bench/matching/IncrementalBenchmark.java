package org.grassroots.governance.bench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.IncrementalMatching;
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
 * Incremental re-optimisation ({@link IncrementalMatching}) on the instances of {@link
 * MatchingInstances}: after the initial exact solve (in the trial setup), one batch of new
 * demands of the same family, or one batch of withdrawn demands, re-optimised; single-shot
 * milliseconds per batch. Each iteration's setup (not measured) first undoes the previous batch
 * (withdraws the added demands, or adds the withdrawn ones back), so every batch meets an optimal
 * state of the full instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncrementalBenchmark {

  /** The instance size: demands x resources. */
  @Param({"1m"})
  public String size = "1m";

  /** Demands per batch. */
  @Param({"1000"})
  public int batch = 1000;

  IncrementalMatching session = ExactMatching.withThreads(2).session(MatchingInstances.generate(1, 1, 1));
  List<Demand> original = List.of();
  boolean withdrew;
  List<Demand> pending = List.of();
  List<DemandId> withdrawn = List.of();
  List<Demand> withdrawnDemands = List.of();
  List<DemandId> added = List.of();
  List<Demand> pool = List.of();
  int round;
  SplittableRandom rnd = new SplittableRandom(1);

  @Setup(Level.Trial)
  public void setUp() {
    int[] dims = MatchingBenchmark.dims(size);
    MatchingProblem problem = MatchingInstances.generate(dims[0], dims[1], 20261123L);
    problem.candidatePairs();
    session = ExactMatching.withThreads(2).session(problem);
    original = problem.demands();
    // new demands of the same family (same hierarchy: same resource count), sliced per batch
    pool = MatchingInstances.generate(batch * 50, dims[1], 7_000L).demands();
    rnd = new SplittableRandom(20261124L);
  }

  /** Undoes the previous batch, then prepares the next one (not measured). */
  @Setup(Level.Iteration)
  public void nextBatch() {
    if (!added.isEmpty()) {
      session.withdrawDemands(added);
      added = List.of();
    }
    if (withdrew) {
      session.addDemands(withdrawnDemands);
      withdrew = false;
    }
    round++;
    int from = (round * batch) % (pool.size() - batch + 1);
    List<Demand> fresh = new ArrayList<>(batch);
    for (Demand d : pool.subList(from, from + batch)) {
      fresh.add(Demand.builder().from(d).id(DemandId.of("N" + round + "-" + d.id().value())).build());
    }
    pending = fresh;
    // a sample of the original demands to withdraw
    List<DemandId> out = new ArrayList<>(batch);
    List<Demand> objects = new ArrayList<>(batch);
    java.util.Set<DemandId> chosen = new java.util.HashSet<>();
    while (out.size() < batch) {
      Demand d = original.get(rnd.nextInt(original.size()));
      if (chosen.add(d.id())) {
        out.add(d.id());
        objects.add(d);
      }
    }
    withdrawn = out;
    withdrawnDemands = objects;
  }

  @Benchmark
  public IncrementalMatching.Change addBatch() {
    IncrementalMatching.Change c = session.addDemands(pending);
    List<DemandId> ids = new ArrayList<>(pending.size());
    for (Demand d : pending) {
      ids.add(d.id());
    }
    added = ids;
    return c;
  }

  @Benchmark
  public IncrementalMatching.Change withdrawBatch() {
    IncrementalMatching.Change c = session.withdrawDemands(withdrawn);
    withdrew = true;
    return c;
  }

  /** The result of the current state assembled after a batch (linear in the problem). */
  @Benchmark
  public MatchingAlgorithm.Result resultAfterBatch() {
    session.addDemands(pending);
    List<DemandId> ids = new ArrayList<>(pending.size());
    for (Demand d : pending) {
      ids.add(d.id());
    }
    added = ids;
    return session.result();
  }
}
