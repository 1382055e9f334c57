package org.grassroots.governance.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

/** {@link MonteCarloRunner.Builder#divisions}: replications on a district's real layout. */
class MonteCarloRunnerRealLayoutTest {

  private static DivisionCode code(String digits) {
    return DivisionCode.parse(digits);
  }

  /** Beijing: Dongcheng with three streets (two communities, none, three); Xicheng without any community. */
  private static GridHierarchy table() {
    return GridHierarchy.builder()
        .division(code("110000000000"), Optional.empty(), "北京市")
        .division(code("110100000000"), Optional.of(code("110000000000")), "市辖区")
        .division(code("110101000000"), Optional.of(code("110100000000")), "东城区")
        .division(code("110101001000"), Optional.of(code("110101000000")), "东华门街道")
        .division(code("110101001001"), Optional.of(code("110101001000")), "多福巷社区")
        .division(code("110101001002"), Optional.of(code("110101001000")), "银闸社区")
        .division(code("110101002000"), Optional.of(code("110101000000")), "景山街道")
        .division(code("110101003000"), Optional.of(code("110101000000")), "交道口街道")
        .division(code("110101003001"), Optional.of(code("110101003000")), "交东社区")
        .division(code("110101003002"), Optional.of(code("110101003000")), "福祥社区")
        .division(code("110101003003"), Optional.of(code("110101003000")), "大兴社区")
        .division(code("110102000000"), Optional.of(code("110100000000")), "西城区")
        .division(code("110102001000"), Optional.of(code("110102000000")), "西长安街街道")
        .build();
  }

  private static final Scenario DONGCHENG =
      Scenario.of("dongcheng", SimulationFixtures.small(code("110101000000")), 77);

  private static MonteCarloRunner.Builder builder(Scenario scenario, int threads, int runs) {
    return MonteCarloRunner.builder(scenario)
        .divisions(table())
        .runs(runs)
        .threads(threads)
        .algorithm("greedy", GreedyMatching.firstComeFirstServed())
        .algorithm("optimal", ExactMatching.withThreads(1))
        .algorithm("stable", DeferredAcceptance.demandProposing())
        .policy("default", MatchingPolicy.defaults())
        .policy("community-only", MatchingPolicy.defaults().withMaxMeetingLevel(MeetingLevel.COMMUNITY));
  }

  private static List<RunRecord> records(int threads, int runs) {
    List<RunRecord> out = new ArrayList<>();
    builder(DONGCHENG, threads, runs).build().run(out::add);
    return out;
  }

  @Test
  void run_onTheRealLayout_sameRecordsFor1_2And8Threads() {
    List<RunRecord> one = records(1, 6);
    assertEquals(6 * 2 * 3, one.size());
    for (int threads : new int[] {2, 8}) {
      List<RunRecord> many = records(threads, 6);
      assertEquals(one.size(), many.size());
      for (int i = 0; i < one.size(); i++) {
        RunRecord a = one.get(i);
        RunRecord b = many.get(i);
        assertEquals(a.run(), b.run());
        assertEquals(a.seed(), b.seed());
        assertEquals(a.policy(), b.policy());
        assertEquals(a.algorithm(), b.algorithm());
        assertEquals(a.demands(), b.demands());
        assertEquals(a.resources(), b.resources());
        assertEquals(a.metrics(), b.metrics(), threads + " threads, record " + i);
      }
    }
  }

  @Test
  void run_eachReplicationIsTheGeneratorsRealDistrictForItsSeed() {
    List<RunRecord> records = new ArrayList<>();
    builder(DONGCHENG, 2, 3).build().run(records::add);
    long[] seeds = MonteCarloRunner.seeds(DONGCHENG, 3);
    MatchingAlgorithm optimal = ExactMatching.withThreads(1);
    for (int run = 0; run < 3; run++) {
      GeneratedScenario g = ScenarioGenerator.generate(DONGCHENG.withSeed(seeds[run]), table());
      // the real communities, never the synthetic numbering under the district
      assertEquals(List.of(code("110101001001"), code("110101001002"), code("110101003001"),
          code("110101003002"), code("110101003003")), g.communities());
      MatchingProblem problem = g.problem();
      int r = run;
      RunRecord rec = records.stream()
          .filter(x -> x.run() == r && x.policy().equals("default") && x.algorithm().equals("optimal"))
          .findFirst().orElseThrow();
      assertEquals(seeds[run], rec.seed());
      assertEquals(problem.demands().size(), rec.demands());
      assertEquals(problem.resources().size(), rec.resources());
      assertEquals(optimal.solve(problem).metrics(), rec.metrics());
    }
  }

  @Test
  void run_withoutDivisions_staysSynthetic() {
    List<RunRecord> real = new ArrayList<>();
    List<RunRecord> synthetic = new ArrayList<>();
    builder(DONGCHENG, 1, 2).build().run(real::add);
    MonteCarloRunner.builder(DONGCHENG).runs(2).threads(1)
        .algorithm("optimal", ExactMatching.withThreads(1)).build().run(synthetic::add);
    long[] seeds = MonteCarloRunner.seeds(DONGCHENG, 2);
    GeneratedScenario g = ScenarioGenerator.generate(DONGCHENG.withSeed(seeds[0]));
    assertEquals(g.problem().demands().size(), synthetic.get(0).demands());
    assertEquals(ExactMatching.withThreads(1).solve(g.problem()).metrics(), synthetic.get(0).metrics());
  }

  @Test
  void build_reportsTheDistrictWithTheOtherProblemsAtOnce() {
    Scenario xicheng = Scenario.of("x", SimulationFixtures.small(code("110102000000")), 1);
    Scenario missing = Scenario.of("x", SimulationFixtures.small(code("110105000000")), 1);
    InvalidValueException noCommunity = assertThrows(InvalidValueException.class,
        () -> builder(xicheng, 1, 0).threads(0).build());
    assertEquals(List.of("runs", "threads", "scenario.parameters.district"), paths(noCommunity));
    assertEquals(Messages.DISTRICT_WITHOUT_COMMUNITIES, noCommunity.violations().get(2).rule());
    assertEquals("110102000000", noCommunity.violations().get(2).rejectedValue());
    InvalidValueException notInTable = assertThrows(InvalidValueException.class,
        () -> builder(missing, 1, 0).build());
    assertEquals(List.of("runs", "scenario.parameters.district"), paths(notInTable));
    assertEquals(Messages.DISTRICT_NOT_IN_TABLE, notInTable.violations().get(1).rule());
    assertTrue(notInTable.getMessage().contains("MonteCarloRunner"), notInTable.getMessage());
  }

  private static List<String> paths(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }
}
