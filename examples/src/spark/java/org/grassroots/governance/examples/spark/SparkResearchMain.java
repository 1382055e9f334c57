package org.grassroots.governance.examples.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.grassroots.governance.simulation.Statistics;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The research job's command line (分布式仿真命令), for {@code spark-submit} or a local run:
 * {@code --districts} synthetic districts (each its own county code and seed) of a preset size,
 * {@code --runs} replications each, partitioned by {@code --level}, written to {@code --out}.
 *
 * <pre>{@code
 * spark-submit --class org.grassroots.governance.examples.spark.SparkResearchMain \
 *   examples/target/spark/governance-cli.jar --preset district --districts 500 --runs 20 \
 *   --level street --partitions 400 --out hdfs:///research/run-1
 * }</pre>
 */
@Command(
    name = "spark-research",
    mixinStandardHelpOptions = true,
    description = {
      "Monte Carlo runs of synthetic districts on Apache Spark: exact matching per street or",
      "district, a coupling pass for providers that cross partitions, the runner's summaries.",
      "Writes runs.csv/, runs.parquet/, summary.csv/ and summary.parquet/ under --out.",
      "Exit codes: 0 done, 1 the job failed or a value was out of range, 2 unknown options."
    })
public final class SparkResearchMain implements Callable<Integer> {
  @Option(names = "--preset", defaultValue = "district",
      description = "District size: small, district or large (default: ${DEFAULT-VALUE}).")
  String preset = "district";

  @Option(names = "--districts", defaultValue = "1",
      description = "Districts, each with its own county code and seed; 0 with --documents only"
          + " (default: ${DEFAULT-VALUE}).")
  int districts = 1;

  @Option(names = "--runs", defaultValue = "10",
      description = "Replications per district (default: ${DEFAULT-VALUE}).")
  int runs = 10;

  @Option(names = "--documents",
      description = "Also match these JSON lines: one matching-problem document per line (any Hadoop path).")
  String documents = "";

  @Option(names = "--seed", defaultValue = "20261123",
      description = "Seed of the first district; district k uses seed + k (default: ${DEFAULT-VALUE}).")
  long seed = 20261123L;

  @Option(names = "--level", defaultValue = "street",
      description = "Partition by street or district (default: ${DEFAULT-VALUE}).")
  String level = "street";

  @Option(names = "--partitions", defaultValue = "8",
      description = "Spark partitions per stage (default: ${DEFAULT-VALUE}).")
  int partitions = 8;

  @Option(names = "--master",
      description = "Spark master when not run by spark-submit, e.g. local[2].")
  String master = "";

  @Option(names = "--out", defaultValue = "spark-out",
      description = "Output folder, any Hadoop path (default: ${DEFAULT-VALUE}).")
  String out = "spark-out";

  /** Picocli instantiates the command. */
  public SparkResearchMain() {}

  /**
   * Runs the command line.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkResearchMain()).execute(args));
  }

  /**
   * The scenarios of {@code count} districts of one preset: district {@code k} has county code
   * {@code PPCCDD000000} with {@code PP = 11 + k / 9801}, {@code CC = 1 + k / 99 % 99}, {@code
   * DD = 1 + k % 99}, and seed {@code seed + k}.
   *
   * @param preset small, district or large
   * @param count 0 to 99 × 99 × 50
   * @param seed the first district's seed
   * @return the scenarios, named {@code preset-k}
   */
  public static List<Scenario> districts(String preset, int count, long seed) {
    ScenarioParameters base = preset(preset);
    if (count < 0 || count > 99 * 99 * 50) {
      throw new InvalidValueException("SparkResearchMain", List.of(
          Violation.of("--districts", Integer.toString(count), Messages.f(Messages.RANGE, 0, 99 * 99 * 50))));
    }
    Scenario[] out = new Scenario[count];
    for (int k = 0; k < count; k++) {
      long code = (11L + k / 9801) * 10_000_000_000L + (1L + k / 99 % 99) * 100_000_000L
          + (1L + k % 99) * 1_000_000L;
      ScenarioParameters p = ScenarioParameters.builder().from(base)
          .district(DivisionCode.ofLong(code)).build();
      out[k] = Scenario.of(String.format(Locale.ROOT, "%s-%d", preset, k), p, seed + k);
    }
    return List.of(out);
  }

  static ScenarioParameters preset(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "small":
        return ScenarioParameters.builder()
            .streets(2)
            .communitiesPerStreet(IntRange.of(2, 4))
            .gridsPerCommunity(IntRange.of(2, 4))
            .build();
      case "district":
        return ScenarioParameters.defaults();
      case "large":
        return ScenarioParameters.builder().streets(20).build();
      default:
        throw new InvalidValueException("SparkResearchMain", List.of(
            Violation.of("--preset", name, Messages.f(Messages.ONE_OF, "small, district, large"))));
    }
  }

  static PartitionLevel level(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "street":
        return PartitionLevel.STREET;
      case "district":
        return PartitionLevel.DISTRICT;
      default:
        throw new InvalidValueException("SparkResearchMain", List.of(
            Violation.of("--level", name, Messages.f(Messages.ONE_OF, "street, district"))));
    }
  }

  @Override
  public Integer call() {
    PrintWriter stdout = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    SparkResearchJob.Builder b = SparkResearchJob.builder()
        .runs(runs).level(level(level)).partitions(partitions);
    if (districts > 0) {
      districts(preset, districts, seed).forEach(b::scenario);
    }
    if (!documents.isBlank()) {
      b.documents("documents", documents);
    }
    SparkResearchJob job = b.build();
    SparkSession.Builder sb = SparkSession.builder().appName("grassroots-governance research");
    if (!master.isBlank()) {
      sb.master(master);
    }
    SparkSession spark = sb.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      SparkRunResult r = job.run(spark);
      r.write(spark, out);
      stdout.println(r);
      long crossing = r.runs().stream().mapToLong(RunMetrics::crossingResources).sum();
      long coupled = r.runs().stream().mapToLong(RunMetrics::coupledDemands).sum();
      stdout.println(String.format(Locale.ROOT,
          "crossing resources %d, coupled demands %d of %d (%.1f%%)", crossing, coupled,
          r.demands(), r.demands() == 0 ? 0.0 : 100.0 * coupled / r.demands()));
      if (r.scenarios().size() == 1) {
        String s = r.scenarios().get(0);
        for (Measure m : List.of(Measure.COVERAGE, Measure.WEIGHTED_COVERAGE, Measure.TOTAL_COST,
            Measure.COMMUNITY_COVERAGE_MIN, Measure.RESOURCE_UTILISATION)) {
          Statistics st = r.statistics(s, m);
          stdout.println(String.format(Locale.ROOT, "%-24s %s", SparkRunResult.column(m), st));
        }
      }
      stdout.println("Wrote " + out + "/{runs.csv, runs.parquet, summary.csv, summary.parquet}");
      return 0;
    } finally {
      spark.stop();
    }
  }
}
