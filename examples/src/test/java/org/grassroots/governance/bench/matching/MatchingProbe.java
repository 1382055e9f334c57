package org.grassroots.governance.bench.matching;

import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;

/** A quick timing probe outside JMH (development aid): {@code MatchingProbe demands resources}. */
public final class MatchingProbe {
  private MatchingProbe() {}

  public static void main(String[] args) throws Exception {
    int nd = Integer.parseInt(args[0]);
    int nr = Integer.parseInt(args[1]);
    long t0 = System.nanoTime();
    MatchingProblem p = MatchingInstances.generate(nd, nr, 1);
    long t1 = System.nanoTime();
    long pairs = p.candidatePairs();
    long t2 = System.nanoTime();
    System.out.printf("generate %.2fs compile %.2fs pairs %d%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, pairs);
    if (args.length > 2) {
      com.google.ortools.Loader.loadNativeLibraries();
      boolean unit = args[2].equals("unit");
      MatchingProblem q = MatchingInstances.generate(nd, nr, 20261123L, unit);
      long ours = ExactMatching.withThreads(2).solve(q).metrics().totalCost();
      System.out.println("exact cost " + ours);
      long s = System.nanoTime();
      System.out.println("ortools components " + Peers.orToolsComponents(q.candidates(), 2) + " " + (System.nanoTime() - s) / 1e9);
      s = System.nanoTime();
      System.out.println("ortools whole " + Peers.orToolsWhole(q.candidates()) + " " + (System.nanoTime() - s) / 1e9);
      if (unit) {
        s = System.nanoTime();
        System.out.println("jgrapht mwbm " + Peers.jgraphtMaxWeightMatching(q.candidates()) + " " + (System.nanoTime() - s) / 1e9);
      } else {
        s = System.nanoTime();
        System.out.println("jgrapht mcf " + Peers.jgraphtMinCostFlow(q.candidates()) + " " + (System.nanoTime() - s) / 1e9);
      }
      return;
    }
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
