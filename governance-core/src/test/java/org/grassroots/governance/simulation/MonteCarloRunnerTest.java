package org.grassroots.governance.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class MonteCarloRunnerTest {
  private static final Scenario SCENARIO = Scenario.of("small", SimulationFixtures.small(), 2024);

  private static MonteCarloRunner runner(int threads, int runs) {
    return MonteCarloRunner.builder(SCENARIO)
        .runs(runs)
        .threads(threads)
        .algorithm("greedy", GreedyMatching.firstComeFirstServed())
        .algorithm("optimal", ExactMatching.withThreads(1))
        .algorithm("stable", DeferredAcceptance.demandProposing())
        .policy("default", MatchingPolicy.defaults())
        .policy("community-only", MatchingPolicy.defaults().withMaxMeetingLevel(MeetingLevel.COMMUNITY))
        .build();
  }

  @Test
  void run_givesTheSameRecordsForAnyThreadCount() {
    List<RunRecord> one = new ArrayList<>();
    List<RunRecord> three = new ArrayList<>();
    RunSummary a = runner(1, 6).run(one::add);
    RunSummary b = runner(3, 6).run(three::add);
    assertEquals(one.size(), three.size());
    assertEquals(6 * 2 * 3, one.size());
    for (int i = 0; i < one.size(); i++) {
      assertEquals(one.get(i).seed(), three.get(i).seed());
      assertEquals(one.get(i).algorithm(), three.get(i).algorithm());
      assertEquals(one.get(i).policy(), three.get(i).policy());
      assertEquals(one.get(i).metrics(), three.get(i).metrics());
    }
    assertArrayEquals(a.series("default", "optimal", Measure.COVERAGE),
        b.series("default", "optimal", Measure.COVERAGE));
  }

  @Test
  void run_streamsInReplicationThenPolicyThenAlgorithmOrder() {
    List<RunRecord> records = new ArrayList<>();
    runner(2, 3).run(records::add);
    long[] seeds = MonteCarloRunner.seeds(SCENARIO, 3);
    int i = 0;
    for (int run = 0; run < 3; run++) {
      for (String policy : List.of("default", "community-only")) {
        for (String algorithm : List.of("greedy", "optimal", "stable")) {
          RunRecord r = records.get(i++);
          assertEquals(run, r.run());
          assertEquals(seeds[run], r.seed());
          assertEquals(policy, r.policy());
          assertEquals(algorithm, r.algorithm());
        }
      }
    }
  }

  @Test
  void summary_agreesWithANaiveComputationAndExactIsNeverBeaten() {
    List<RunRecord> records = new ArrayList<>();
    RunSummary summary = runner(2, 8).run(records::add);
    double sum = 0;
    int n = 0;
    for (RunRecord r : records) {
      if (r.policy().equals("default") && r.algorithm().equals("greedy")) {
        sum += r.metrics().coverage();
        n++;
      }
    }
    assertEquals(8, n);
    assertEquals(sum / n, summary.statistics("default", "greedy", Measure.COVERAGE).mean(), 1e-12);
    Statistics gap = summary.comparison("default", "greedy", "optimal", Measure.WEIGHTED_COVERAGE);
    assertTrue(gap.p95() <= 1e-12, "greedy never serves more weighted quantity: " + gap);
    assertEquals(0.0, summary.statistics("default", "stable", Measure.BLOCKING_PAIRS).mean());
  }

  @Test
  void builder_reportsEveryProblem() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MonteCarloRunner.builder(SCENARIO).runs(0).threads(0).build());
    assertEquals(3, e.violations().size());
  }

  @Test
  void summary_refusesUnknownNames() {
    RunSummary summary = runner(1, 1).run(r -> { });
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> summary.statistics("nope", "greedy", Measure.COVERAGE));
    assertTrue(e.getMessage().contains("must be one of [default, community-only]"));
    assertThrows(InvalidValueException.class, () -> summary.statistics("default", "nope", Measure.COVERAGE));
  }
}
