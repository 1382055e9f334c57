package org.grassroots.governance.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.RunRecord;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.grassroots.governance.simulation.Statistics;

/** Small scenarios, local sessions and the single-machine reference shared by the Spark tests. */
final class SparkFixtures {
  static final int RUNS = 3;

  private SparkFixtures() {}

  /** A small district: 3 streets, a few hundred demands, departments crossing streets. */
  static Scenario small(String name, long seed) {
    return Scenario.of(name, ScenarioParameters.builder()
        .streets(3)
        .communitiesPerStreet(IntRange.of(2, 3))
        .gridsPerCommunity(IntRange.of(2, 3))
        .buildingsPerGrid(IntRange.of(3, 5))
        .householdsPerBuilding(IntRange.of(20, 40))
        .demandsPerHousehold(0.3)
        .build(), seed);
  }

  static SparkSession session(String master, boolean kryo) {
    SparkSession.Builder b = SparkSession.builder()
        .appName("grassroots-governance-test")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.warehouse.dir", "target/spark-warehouse")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1");
    if (kryo) {
      b.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
          .config("spark.kryo.registrator", GovernanceKryoRegistrator.class.getName())
          .config("spark.kryo.registrationRequired", "true");
    }
    return b.getOrCreate();
  }

  /** The single-machine runner's exact records of a scenario, in run order. */
  static List<RunRecord> reference(Scenario scenario, int runs, List<RunSummary> summary) {
    List<RunRecord> records = new ArrayList<>();
    summary.add(MonteCarloRunner.builder(scenario)
        .runs(runs)
        .threads(2)
        .algorithm("optimal", ExactMatching.withThreads(1))
        .build()
        .run(records::add));
    return records;
  }

  /** Every reproducible measure of every run equals the reference, to the last bit. */
  static void assertSameAsReference(List<RunRecord> reference, RunSummary summary,
      SparkRunResult result, String scenario) {
    List<RunMetrics> runs = result.runs().stream()
        .filter(m -> m.scenario().equals(scenario)).toList();
    assertEquals(reference.size(), runs.size(), "runs");
    for (int i = 0; i < runs.size(); i++) {
      RunRecord r = reference.get(i);
      RunMetrics m = runs.get(i);
      assertEquals(r.run(), m.run(), "run index");
      assertEquals(r.seed(), m.seed(), "seed of run " + i);
      assertEquals(r.demands(), m.demands(), "demands of run " + i);
      assertEquals(r.resources(), m.resources(), "resources of run " + i);
      assertEquals(r.metrics().grids(), m.grids(), "grids of run " + i);
      for (Measure x : Measure.values()) {
        if (x != Measure.WALL_MILLIS) {
          assertEquals(x.of(r), m.measure(x), x + " of run " + i);
        }
      }
    }
    for (Measure x : Measure.values()) {
      if (x != Measure.WALL_MILLIS) {
        Statistics a = summary.statistics("default", "optimal", x);
        Statistics b = result.statistics(scenario, x);
        assertEquals(a.toString(), b.toString(), "summary of " + x);
      }
    }
  }
}
