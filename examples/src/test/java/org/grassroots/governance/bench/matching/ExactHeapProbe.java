package org.grassroots.governance.bench.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;

/**
 * Run in a forked JVM by {@link MatchingBenchSuite} (with {@code -Xmx2g}): generates the 1M x
 * 100k instance, builds its candidate graph, then solves it exactly and prints the peak heap in
 * use during the solve (the sum of the heap pools' peaks, an upper bound) as
 * {@code heap_mib <n>}, and the solve's wall time as {@code seconds <s>}.
 */
public final class ExactHeapProbe {
  private ExactHeapProbe() {}

  public static void main(String[] args) {
    int nd = Integer.parseInt(args[0]);
    int nr = Integer.parseInt(args[1]);
    MatchingProblem p = MatchingInstances.generate(nd, nr, 20261123L);
    p.candidatePairs();
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    MatchingAlgorithm.Result r = ExactMatching.withThreads(2).solve(p);
    long t1 = System.nanoTime();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(String.format(Locale.ROOT, "served %d", r.metrics().servedQuantity()));
    System.out.println(String.format(Locale.ROOT, "heap_mib %.1f", peak / 1048576.0));
    System.out.println(String.format(Locale.ROOT, "seconds %.3f", (t1 - t0) / 1e9));
  }
}
