package org.grassroots.governance.bench.spark;

import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.grassroots.governance.examples.spark.PartitionLevel;
import org.grassroots.governance.examples.spark.SparkResearchJob;
import org.grassroots.governance.examples.spark.SparkRunResult;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same Monte Carlo work — {@link #RUNS} replications of the default district, solved exactly
 * — by the Spark job in {@code local[2]} (partitioned by district, where nothing crosses, or by
 * street, with the coupling pass) and by the single-JVM {@link MonteCarloRunner} on 2 threads. Both produce the same metrics; the
 * throughput ratio is the ratio of demands per second. The session is started once per trial
 * (not measured).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SparkBenchmark {
  /** Replications per operation. */
  static final int RUNS = 8;
  static final Scenario SCENARIO = Scenario.of("district", ScenarioParameters.defaults(), 20261123L);

  /** A local[2] session, started once per trial (not measured). */
  @State(Scope.Benchmark)
  public static class Session {
    /** Spark partitions per stage. */
    @Param({"4"})
    public int partitions = 4;

    /** The partitioning level of the Spark job: district (nothing crosses) or street. */
    @Param({"district", "street"})
    public String level = "district";

    @SuppressWarnings("NullAway.Init") // set in the trial setup
    SparkSession spark;

    @Setup(Level.Trial)
    public void start() {
      spark = SparkSession.builder()
          .appName("grassroots-governance-bench")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    }

    @TearDown(Level.Trial)
    public void stop() {
      spark.stop();
    }
  }

  @Benchmark
  public SparkRunResult sparkLocal2(Session s) {
    return SparkResearchJob.builder()
        .scenario(SCENARIO)
        .runs(RUNS)
        .level(s.level.equals("street") ? PartitionLevel.STREET : PartitionLevel.DISTRICT)
        .partitions(s.partitions)
        .build()
        .run(s.spark);
  }

  @Benchmark
  public RunSummary singleJvm() {
    return MonteCarloRunner.builder(SCENARIO)
        .runs(RUNS)
        .threads(2)
        .algorithm("optimal", ExactMatching.withThreads(1))
        .build()
        .run(r -> { });
  }
}
