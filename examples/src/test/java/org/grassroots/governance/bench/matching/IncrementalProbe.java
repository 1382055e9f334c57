package org.grassroots.governance.bench.matching;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.IncrementalMatching;
import org.grassroots.governance.matching.MatchingProblem;

/**
 * A quick timing probe of incremental batches outside JMH (development aid):
 * {@code IncrementalProbe demands resources batch rounds}.
 */
public final class IncrementalProbe {
  private IncrementalProbe() {}

  public static void main(String[] args) {
    int nd = Integer.parseInt(args[0]);
    int nr = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    MatchingProblem p = MatchingInstances.generate(nd, nr, 20261123L);
    long t0 = System.nanoTime();
    p.candidatePairs();
    long t1 = System.nanoTime();
    IncrementalMatching s = ExactMatching.withThreads(2).session(p);
    long t2 = System.nanoTime();
    System.out.printf("compile %.2fs session %.2fs %s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, s);
    for (int round = 1; round <= rounds; round++) {
      MatchingProblem src = MatchingInstances.generate(batch, nr, 7_000L + round);
      List<Demand> fresh = new ArrayList<>();
      List<DemandId> ids = new ArrayList<>();
      for (Demand d : src.demands()) {
        Demand x = Demand.builder().from(d).id(DemandId.of("N" + round + "-" + d.id().value())).build();
        fresh.add(x);
        ids.add(x.id());
      }
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long ca = mx.getCurrentThreadCpuTime();
      long a = System.nanoTime();
      IncrementalMatching.Change c = s.addDemands(fresh);
      long b = System.nanoTime();
      long cb = mx.getCurrentThreadCpuTime();
      IncrementalMatching.Change w = s.withdrawDemands(ids);
      long e = System.nanoTime();
      long ce = mx.getCurrentThreadCpuTime();
      System.out.printf("cpu add %.1f ms withdraw %.1f ms%n", (cb - ca) / 1e6, (ce - cb) / 1e6);
      System.out.printf(
          "add %.1f ms %s | withdraw %.1f ms %s%n", (b - a) / 1e6, c, (e - b) / 1e6, w);
    }
    long r0 = System.nanoTime();
    s.result();
    System.out.printf("result %.2fs%n", (System.nanoTime() - r0) / 1e9);
  }
}
