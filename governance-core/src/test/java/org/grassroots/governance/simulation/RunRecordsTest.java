package org.grassroots.governance.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** {@link RunRecord#of} and {@link RunSummary#of(Iterable)}: rebuilding a run from its records. */
class RunRecordsTest {
  private static final Scenario SCENARIO = Scenario.of("small", SimulationFixtures.small(), 7);

  private static List<RunRecord> records(List<RunRecord> out) {
    MonteCarloRunner.builder(SCENARIO).runs(3).threads(1)
        .algorithm("greedy", GreedyMatching.firstComeFirstServed())
        .algorithm("cheapest", GreedyMatching.cheapestFirst())
        .policy("default", MatchingPolicy.defaults()).build().run(out::add);
    return out;
  }

  @Test
  void summaryOf_theRecordsInAnyOrder_equalsTheRunnersSummary() {
    List<RunRecord> out = new ArrayList<>();
    RunSummary expected = MonteCarloRunner.builder(SCENARIO).runs(3).threads(1)
        .algorithm("greedy", GreedyMatching.firstComeFirstServed())
        .algorithm("cheapest", GreedyMatching.cheapestFirst())
        .policy("default", MatchingPolicy.defaults()).build().run(out::add);
    List<RunRecord> shuffled = new ArrayList<>(out);
    Collections.shuffle(shuffled, new java.util.Random(11));
    shuffled.sort(java.util.Comparator.comparing(RunRecord::algorithm,
        java.util.Comparator.comparing(List.of("greedy", "cheapest")::indexOf)));
    RunSummary s = RunSummary.of(shuffled);
    assertEquals(expected.runs(), s.runs());
    assertEquals(expected.policies(), s.policies());
    assertEquals(expected.algorithms(), s.algorithms());
    for (Measure m : Measure.values()) {
      assertArrayEquals(expected.series("default", "greedy", m), s.series("default", "greedy", m));
      assertArrayEquals(expected.series("default", "cheapest", m),
          s.series("default", "cheapest", m));
    }
    for (RunRecord r : out) {
      assertEquals(r, RunRecord.of(r.scenario(), r.run(), r.seed(), r.policy(), r.algorithm(),
          r.demands(), r.resources(), r.metrics(), r.wallNanos()));
    }
  }

  @Test
  void summaryOf_refusesRepeatedAndMissingRuns() {
    List<RunRecord> out = records(new ArrayList<>());
    List<RunRecord> repeated = new ArrayList<>(out);
    repeated.add(out.get(0));
    InvalidValueException r = assertThrows(InvalidValueException.class,
        () -> RunSummary.of(repeated));
    assertEquals("records[" + out.size() + "].run", r.violations().get(0).path());
    List<RunRecord> missing = new ArrayList<>(out);
    missing.remove(new SplittableRandom(3).nextInt(missing.size()));
    InvalidValueException m = assertThrows(InvalidValueException.class,
        () -> RunSummary.of(missing));
    assertEquals("records", m.violations().get(0).path());
    assertTrue(m.getMessage().contains("lacks runs"), m.getMessage());
    assertThrows(InvalidValueException.class, () -> RunSummary.of(List.of()));
  }

  @Test
  void recordOf_refusesBlankNamesAndNegativeNumbers() {
    RunRecord r = records(new ArrayList<>()).get(0);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RunRecord.of(" ",
        -1, 1, "", " ", -1, -1, r.metrics(), -1));
    assertEquals(List.of("scenario", "run", "policy", "algorithm", "demands", "resources",
        "wallNanos"), e.violations().stream().map(v -> v.path()).toList());
  }
}
