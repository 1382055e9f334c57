package org.grassroots.governance.bench.matching;

import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;

/** A quick timing probe outside JMH (development aid): {@code MatchingProbe demands resources}. */
public final class MatchingProbe {
  private MatchingProbe() {}

  public static void main(String[] args) {
    int nd = Integer.parseInt(args[0]);
    int nr = Integer.parseInt(args[1]);
    long t0 = System.nanoTime();
    MatchingProblem p = MatchingInstances.generate(nd, nr, 1);
    long t1 = System.nanoTime();
    long pairs = p.candidatePairs();
    long t2 = System.nanoTime();
    System.out.printf("generate %.2fs compile %.2fs pairs %d%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, pairs);
    MatchingAlgorithm[] algs = {
      GreedyMatching.cheapestFirst(), GreedyMatching.firstComeFirstServed(),
      DeferredAcceptance.demandProposing(), ExactMatching.withThreads(2)
    };
    for (int rep = 0; rep < 2; rep++) {
      for (MatchingAlgorithm a : algs) {
        long s = System.nanoTime();
        MatchingAlgorithm.Result r = a.solve(p);
        System.out.printf("%s %.3fs %s%n", a.name(), (System.nanoTime() - s) / 1e9, r);
      }
    }
  }
}
