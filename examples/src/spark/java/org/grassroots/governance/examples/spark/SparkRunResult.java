package org.grassroots.governance.examples.spark;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.Statistics;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;

/**
 * What a {@link SparkResearchJob} returns (分布式仿真结果): the metrics of every run, in scenario
 * then run order, the summaries across runs per scenario and measure ({@link Statistics}, as the
 * single-machine {@link org.grassroots.governance.simulation.RunSummary} gives them), and the
 * writers of {@code runs} and {@code summary} as CSV and Parquet.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SparkRunResult r = job.run(spark);
 * r.statistics("district", Measure.COVERAGE).mean();
 * r.write(spark, Path.of("spark-out")); // runs.csv/, runs.parquet/, summary.csv/, summary.parquet/
 * }</pre>
 */
public final class SparkRunResult {
  private final List<String> scenarios;
  private final PartitionLevel level;
  private final int partitions;
  private final List<RunMetrics> runs;
  private final long wallNanos;

  private SparkRunResult(List<String> scenarios, PartitionLevel level, int partitions,
      List<RunMetrics> runs, long wallNanos) {
    this.scenarios = List.copyOf(scenarios);
    this.level = level;
    this.partitions = partitions;
    List<RunMetrics> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingInt((RunMetrics m) -> this.scenarios.indexOf(m.scenario()))
        .thenComparingInt(RunMetrics::run));
    this.runs = List.copyOf(sorted);
    this.wallNanos = wallNanos;
  }

  static SparkRunResult of(List<String> scenarios, PartitionLevel level, int partitions,
      List<RunMetrics> runs, long wallNanos) {
    return new SparkRunResult(scenarios, level, partitions, runs, wallNanos);
  }

  /**
   * The metrics of every run, by scenario (in the order added) then run index.
   *
   * @return the runs
   */
  public List<RunMetrics> runs() {
    return runs;
  }

  /**
   * The scenarios' names, in the order they were added.
   *
   * @return names
   */
  public List<String> scenarios() {
    return scenarios;
  }

  /**
   * The job's wall time on the driver, generation to reduction: not reproducible.
   *
   * @return nanoseconds
   */
  public long wallNanos() {
    return wallNanos;
  }

  /**
   * The demands matched, over all runs.
   *
   * @return demands
   */
  public long demands() {
    return runs.stream().mapToLong(RunMetrics::demands).sum();
  }

  /**
   * The values of a measure, one per run of a scenario in run order.
   *
   * @param scenario a scenario's name
   * @param measure the measure
   * @return the values
   * @throws InvalidValueException if the scenario is unknown
   */
  public double[] series(String scenario, Measure measure) {
    requireNonNull(measure, "measure");
    if (!scenarios.contains(requireNonNull(scenario, "scenario"))) {
      throw new InvalidValueException("SparkRunResult", List.of(
          Violation.of("scenario", scenario, Messages.f(Messages.ONE_OF, scenarios))));
    }
    return runs.stream().filter(m -> m.scenario().equals(scenario))
        .mapToDouble(m -> m.measure(measure)).toArray();
  }

  /**
   * The statistics of a measure across a scenario's runs (mean, median, percentiles, CI).
   *
   * @param scenario a scenario's name
   * @param measure the measure
   * @return the statistics
   * @throws InvalidValueException if the scenario is unknown
   */
  public Statistics statistics(String scenario, Measure measure) {
    return Statistics.of(series(scenario, measure));
  }

  /**
   * Writes {@code runs.csv/}, {@code runs.parquet/}, {@code summary.csv/} and {@code
   * summary.parquet/} under {@code out} (Spark's folder-per-dataset layout, one part file each),
   * replacing earlier output.
   *
   * @param spark the session
   * @param out the output folder (any Hadoop path: local, HDFS, object store)
   */
  public void write(SparkSession spark, Path out) {
    write(spark, out.toString());
  }

  /**
   * As {@link #write(SparkSession, Path)}, to a Hadoop path such as {@code hdfs:///runs/2026}.
   *
   * @param spark the session
   * @param out the output folder
   */
  public void write(SparkSession spark, String out) {
    Dataset<Row> runsFrame = spark.createDataFrame(runRows(), runSchema()).coalesce(1);
    runsFrame.write().mode(SaveMode.Overwrite).option("header", "true").csv(out + "/runs.csv");
    runsFrame.write().mode(SaveMode.Overwrite).parquet(out + "/runs.parquet");
    Dataset<Row> summaryFrame = spark.createDataFrame(summaryRows(), summarySchema()).coalesce(1);
    summaryFrame.write().mode(SaveMode.Overwrite).option("header", "true")
        .csv(out + "/summary.csv");
    summaryFrame.write().mode(SaveMode.Overwrite).parquet(out + "/summary.parquet");
  }

  static String column(Measure m) {
    return m.name().toLowerCase(Locale.ROOT);
  }

  StructType runSchema() {
    List<StructField> f = new ArrayList<>();
    f.add(field("scenario", DataTypes.StringType));
    f.add(field("run", DataTypes.IntegerType));
    f.add(field("seed", DataTypes.LongType));
    f.add(field("level", DataTypes.StringType));
    f.add(field("partitions", DataTypes.IntegerType));
    f.add(field("algorithm", DataTypes.StringType));
    f.add(field("demands", DataTypes.LongType));
    f.add(field("resources", DataTypes.LongType));
    f.add(field("units", DataTypes.LongType));
    f.add(field("crossing_resources", DataTypes.LongType));
    f.add(field("coupling_groups", DataTypes.LongType));
    f.add(field("coupled_demands", DataTypes.LongType));
    f.add(field("coupled_local_resources", DataTypes.LongType));
    for (Measure m : Measure.values()) {
      f.add(field(column(m), DataTypes.DoubleType));
    }
    for (ServiceCategory c : ServiceCategory.values()) {
      f.add(field("coverage_" + c.name().toLowerCase(Locale.ROOT), DataTypes.DoubleType));
    }
    return DataTypes.createStructType(f);
  }

  List<Row> runRows() {
    List<Row> rows = new ArrayList<>();
    for (RunMetrics m : runs) {
      List<Object> v = new ArrayList<>();
      v.add(m.scenario());
      v.add(m.run());
      v.add(m.seed());
      v.add(level.name().toLowerCase(Locale.ROOT));
      v.add(partitions);
      v.add("optimal");
      v.add(m.demands());
      v.add(m.resources());
      v.add(m.units());
      v.add(m.crossingResources());
      v.add(m.couplingGroups());
      v.add(m.coupledDemands());
      v.add(m.coupledLocalResources());
      for (Measure x : Measure.values()) {
        v.add(m.measure(x));
      }
      for (ServiceCategory c : ServiceCategory.values()) {
        v.add(m.categoryCoverage(c));
      }
      rows.add(RowFactory.create(v.toArray()));
    }
    return rows;
  }

  static StructType summarySchema() {
    List<StructField> f = new ArrayList<>();
    f.add(field("scenario", DataTypes.StringType));
    f.add(field("algorithm", DataTypes.StringType));
    f.add(field("measure", DataTypes.StringType));
    f.add(field("n", DataTypes.IntegerType));
    for (String s : List.of("mean", "sd", "ci_low", "ci_high", "median", "p5", "p95")) {
      f.add(field(s, DataTypes.DoubleType));
    }
    return DataTypes.createStructType(f);
  }

  List<Row> summaryRows() {
    List<Row> rows = new ArrayList<>();
    for (String s : scenarios) {
      for (Measure m : Measure.values()) {
        Statistics st = statistics(s, m);
        rows.add(RowFactory.create(s, "optimal", column(m), st.count(), st.mean(),
            st.standardDeviation(), st.ciLow(), st.ciHigh(), st.median(), st.p5(), st.p95()));
      }
    }
    return rows;
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d runs of %s by %s on %d partitions: %d demands in %.1f s",
        runs.size(), scenarios, level.name().toLowerCase(Locale.ROOT), partitions, demands(),
        wallNanos / 1e9);
  }
}
