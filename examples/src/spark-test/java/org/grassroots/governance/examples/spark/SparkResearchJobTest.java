package org.grassroots.governance.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.grassroots.governance.json.Envelope;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.simulation.GeneratedScenario;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.RunRecord;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The research job in local[2]: one session for the class, small scenarios. */
class SparkResearchJobTest {
  private static final Scenario SCENARIO = SparkFixtures.small("small", 20261123L);
  private static final Scenario OTHER = SparkFixtures.small("other", 7L);

  @SuppressWarnings("NullAway.Init") // set in @BeforeAll
  private static SparkSession spark;
  @SuppressWarnings("NullAway.Init")
  private static List<RunRecord> reference;
  @SuppressWarnings("NullAway.Init")
  private static RunSummary summary;

  @BeforeAll
  static void start() {
    spark = SparkFixtures.session("local[2]", false);
    List<RunSummary> s = new ArrayList<>();
    reference = SparkFixtures.reference(SCENARIO, SparkFixtures.RUNS, s);
    summary = s.get(0);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static SparkRunResult run(PartitionLevel level, int partitions, Scenario... scenarios) {
    SparkResearchJob.Builder b = SparkResearchJob.builder()
        .runs(SparkFixtures.RUNS).level(level).partitions(partitions);
    for (Scenario s : scenarios) {
      b.scenario(s);
    }
    return b.build().run(spark);
  }

  @Test
  void run_byStreet_sameAsSingleMachineRunnerForAnyPartitionCount() {
    for (int partitions : new int[] {1, 2, 4}) {
      SparkRunResult r = run(PartitionLevel.STREET, partitions, SCENARIO);
      SparkFixtures.assertSameAsReference(reference, summary, r, SCENARIO.name());
    }
  }

  @Test
  void run_byDistrict_sameAsSingleMachineRunner() {
    SparkRunResult r = run(PartitionLevel.DISTRICT, 3, SCENARIO);
    SparkFixtures.assertSameAsReference(reference, summary, r, SCENARIO.name());
    for (RunMetrics m : r.runs()) {
      assertEquals(1, m.units(), "one district, one unit");
      assertEquals(0, m.crossingResources(), "nothing crosses a district here");
      assertEquals(0, m.coupledDemands());
    }
  }

  @Test
  void run_byStreet_reportsCrossingProvidersAndCoupling() {
    SparkRunResult r = run(PartitionLevel.STREET, 2, SCENARIO);
    long[] seeds = MonteCarloRunner.seeds(SCENARIO, SparkFixtures.RUNS);
    for (RunMetrics m : r.runs()) {
      GeneratedScenario g = ScenarioGenerator.generate(SCENARIO.withSeed(seeds[m.run()]));
      long departments = g.problem().resources().stream()
          .filter(x -> x.id().value().startsWith("DP")).count();
      assertTrue(departments > 0, "the scenario has district departments");
      assertEquals(departments, m.crossingResources(), "every department crosses streets");
      assertEquals(g.streets().size(), m.units(), "one unit per street");
      assertTrue(m.couplingGroups() >= 1, "departments serve some demands");
      assertTrue(m.coupledDemands() > 0 && m.coupledDemands() <= m.demands());
      assertEquals(g.problem().demands().size(), m.demands(), "no demand dropped");
      assertEquals(g.problem().resources().size(), m.resources(), "no resource dropped");
    }
  }

  @Test
  void run_twoScenarios_eachSameAsItsOwnSingleMachineRun() {
    SparkRunResult r = run(PartitionLevel.STREET, 4, SCENARIO, OTHER);
    assertEquals(List.of("small", "other"), r.scenarios());
    assertEquals(2 * SparkFixtures.RUNS, r.runs().size());
    SparkFixtures.assertSameAsReference(reference, summary, r, SCENARIO.name());
    List<RunSummary> s = new ArrayList<>();
    List<RunRecord> other = SparkFixtures.reference(OTHER, SparkFixtures.RUNS, s);
    SparkFixtures.assertSameAsReference(other, s.get(0), r, OTHER.name());
  }

  @Test
  void write_runsAndSummary_asCsvAndParquet(@TempDir Path dir) throws Exception {
    SparkRunResult r = run(PartitionLevel.STREET, 2, SCENARIO);
    r.write(spark, dir);
    for (String d : List.of("runs.csv", "runs.parquet", "summary.csv", "summary.parquet")) {
      assertTrue(Files.exists(dir.resolve(d).resolve("_SUCCESS")), d + " written");
    }
    Dataset<Row> runs = spark.read().parquet(dir.resolve("runs.parquet").toString()).orderBy("run");
    List<Row> rows = runs.collectAsList();
    assertEquals(SparkFixtures.RUNS, rows.size());
    double[] coverage = rows.stream().mapToDouble(x -> x.getDouble(x.fieldIndex("coverage"))).toArray();
    assertArrayEquals(r.series("small", Measure.COVERAGE), coverage);
    List<String> summary = csvLines(dir.resolve("summary.csv"));
    assertTrue(summary.get(0).startsWith("scenario,algorithm,measure,n,mean,"), summary.get(0));
    assertEquals(Measure.values().length + 1, summary.size(), "a header and one row per measure");
    List<String> runsCsv = csvLines(dir.resolve("runs.csv"));
    assertEquals(SparkFixtures.RUNS + 1, runsCsv.size(), "a header and one row per run");
    assertTrue(runsCsv.get(0).contains("crossing_resources,coupling_groups,coupled_demands"),
        runsCsv.get(0));
  }

  private static List<String> csvLines(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Path part = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst()
          .orElseThrow();
      return Files.readAllLines(part);
    }
  }

  @Test
  void run_jsonLinesDocuments_sameAsExactMatchingOfEachDocument(@TempDir Path dir)
      throws IOException {
    GovernanceJson json = GovernanceJson.strict();
    List<MatchingProblem> problems = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (long seed : new long[] {3L, 4L}) {
      MatchingProblem p = ScenarioGenerator.generate(SCENARIO.withSeed(seed)).problem()
          .withPolicy(MatchingPolicy.defaults().withPairedCommunityBonus(0));
      problems.add(p);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.write(out, Envelope.of(MatchingDocuments.PROBLEM,
          OffsetDateTime.parse("2026-11-23T00:00:00Z"), p));
      lines.append(out.toString(StandardCharsets.UTF_8)).append("\n\n");
    }
    Path file = dir.resolve("problems.jsonl");
    Files.writeString(file, lines.toString());
    SparkRunResult r = SparkResearchJob.builder()
        .documents("documents", file.toString())
        .level(PartitionLevel.STREET)
        .partitions(3)
        .build()
        .run(spark);
    assertEquals(List.of("documents"), r.scenarios());
    assertEquals(problems.size(), r.runs().size());
    for (int i = 0; i < problems.size(); i++) {
      MatchingMetrics m = ExactMatching.withThreads(1).solve(problems.get(i)).metrics();
      RunMetrics x = r.runs().get(i);
      assertEquals(i, x.run());
      assertEquals(m.demands(), x.demands(), "demands of line " + i);
      assertEquals(m.coverage(), x.measure(Measure.COVERAGE), "coverage of line " + i);
      assertEquals(m.totalCost(), x.totalCost(), "cost of line " + i);
      assertEquals(m.blockingPairs(), x.measure(Measure.BLOCKING_PAIRS), "blocking pairs");
      assertEquals(m.communityCoverageMin(), x.measure(Measure.COMMUNITY_COVERAGE_MIN));
      assertEquals(m.gridCoverageGini(), x.measure(Measure.GRID_COVERAGE_GINI));
      assertEquals(m.resourceUtilisationGini(), x.measure(Measure.UTILISATION_GINI));
      assertEquals(m.meanMeetingLevel(), x.measure(Measure.MEAN_MEETING_LEVEL));
      assertTrue(x.crossingResources() > 0, "departments cross streets");
    }
  }

  @Test
  void build_invalidConfiguration_namesEveryProblem() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> SparkResearchJob.builder().runs(0).partitions(0).build());
    assertTrue(e.getMessage().contains("scenarios"), e.getMessage());
    assertTrue(e.getMessage().contains("runs"), e.getMessage());
    assertTrue(e.getMessage().contains("partitions"), e.getMessage());
    assertThrows(InvalidValueException.class,
        () -> SparkResearchJob.builder().scenario(SCENARIO).scenario(SCENARIO).build());
  }
}
