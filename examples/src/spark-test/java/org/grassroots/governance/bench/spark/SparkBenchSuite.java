package org.grassroots.governance.bench.spark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.grassroots.governance.bench.BenchContext;
import org.grassroots.governance.bench.BenchSuite;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The Spark area's benchmark ({@link SparkBenchmark}): demands per second of the research job in
 * {@code local[2]} against the single-JVM runner on the same scenario and seeds. Prints {@code
 * ratio spark_local2_vs_single_jvm} (Spark partitioned by district over single JVM), {@code
 * ratio spark_local2_street_vs_single_jvm} (by street, with the coupling pass) and the
 * throughputs. The forks
 * get this JVM's {@code --add-opens} options ({@code examples/bench spark} passes Spark's list).
 *
 * <pre>{@code
 * examples/bench spark --quick
 * }</pre>
 */
public final class SparkBenchSuite implements BenchSuite {

  public SparkBenchSuite() {}

  @Override
  public List<String> run(BenchContext context) throws Exception {
    boolean quick = context.quick();
    List<String> jvm = new ArrayList<>(List.of("-Xmx3g"));
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-Dio.netty") || a.startsWith("-Djdk.reflect")
          || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")) {
        jvm.add(a);
      }
    }
    TimeValue time = TimeValue.seconds(quick ? 10 : 20);
    Collection<RunResult> r = context.runJmh("spark\\.SparkBenchmark", "spark",
        o -> o.forks(quick ? 1 : 2)
            .warmupIterations(2)
            .warmupTime(time)
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(time)
            .jvmArgs(jvm.toArray(new String[0])));
    double spark = BenchContext.score(r, "SparkBenchmark.sparkLocal2", "level=district").orElseThrow();
    double street = BenchContext.score(r, "SparkBenchmark.sparkLocal2", "level=street").orElseThrow();
    double single = BenchContext.score(r, "SparkBenchmark.singleJvm").orElseThrow();
    long demands = 0;
    for (long seed : MonteCarloRunner.seeds(SparkBenchmark.SCENARIO, SparkBenchmark.RUNS)) {
      demands += ScenarioGenerator.generate(SparkBenchmark.SCENARIO.withSeed(seed)).problem()
          .demands().size();
    }
    List<String> lines = new ArrayList<>();
    lines.add(BenchContext.ratio("spark_local2_vs_single_jvm", spark / single));
    lines.add(BenchContext.ratio("spark_local2_street_vs_single_jvm", street / single));
    lines.add(BenchContext.value("spark_local2_demands_per_second", spark * demands));
    lines.add(BenchContext.value("spark_local2_street_demands_per_second", street * demands));
    lines.add(BenchContext.value("single_jvm_demands_per_second", single * demands));
    lines.add(BenchContext.value("spark_bench_demands_per_op", demands));
    return lines;
  }
}
