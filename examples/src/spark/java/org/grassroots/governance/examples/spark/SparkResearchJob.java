package org.grassroots.governance.examples.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * A national-scale research run on Apache Spark (分布式仿真): replications of one or more
 * district scenarios, generated per partition (or matching problems read as exchange documents
 * in JSON lines, {@link Builder#documents}), partitioned by street or district, matched exactly
 * per partition with an explicit coupling pass, and reduced to the per-run metrics and summaries
 * of the single-machine {@link MonteCarloRunner}.
 *
 * <p>Replication {@code i} of a scenario uses the seed {@code MonteCarloRunner.seeds(scenario,
 * runs)[i]}, so run {@code i} here is run {@code i} there. The stages:
 *
 * <ol>
 *   <li>each run's district is generated on an executor ({@link
 *       org.grassroots.governance.simulation.ScenarioGenerator}, seeded by the run, so the
 *       result does not depend on which partition does it) and split into units by {@link
 *       PartitionLevel}; in the same task (no shuffle of demands), pass 1 solves, inside each
 *       unit, every component of the candidate graph that no crossing resource reaches;
 *   <li>the driver joins crossing resources that share components into coupling groups (a
 *       union-find over a few numbers per unit), and pass 2 solves each group's components at
 *       once — crossing resources are never dropped, and the counts are reported per run;
 *   <li>the metrics of all pieces are summed per run ({@link RunMetrics}) and checked against
 *       the run's census: every demand and resource generated is matched exactly once.
 * </ol>
 *
 * <p>Results are the same for any number of partitions, executors or threads, and the same as
 * the single-machine runner's exact results on the same scenario. The job holds no state; it
 * can run many times on one session.
 *
 * <pre>{@code
 * SparkRunResult r = SparkResearchJob.builder()
 *     .scenario(Scenario.of("district", ScenarioParameters.defaults(), 42L))
 *     .runs(100)
 *     .level(PartitionLevel.STREET)
 *     .partitions(64)
 *     .build()
 *     .run(spark);
 * r.statistics("district", Measure.COVERAGE);
 * r.write(spark, Path.of("out"));
 * }</pre>
 */
public final class SparkResearchJob implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<Scenario> scenarios;
  private final int runs;
  private final PartitionLevel level;
  private final int partitions;
  private final MatchingPolicy policy;
  private final LinkedHashMap<String, String> documents;

  private SparkResearchJob(Builder b) {
    this.documents = new LinkedHashMap<>(b.documents);
    this.scenarios = List.copyOf(b.scenarios);
    this.runs = b.runs;
    this.level = b.level;
    this.partitions = b.partitions;
    this.policy = b.policy;
  }

  /**
   * Starts a job.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The partitioning level.
   *
   * @return street or district
   */
  public PartitionLevel level() {
    return level;
  }

  /**
   * The number of Spark partitions of each stage.
   *
   * @return partitions
   */
  public int partitions() {
    return partitions;
  }

  /**
   * Runs the job.
   *
   * @param spark the session (local or a cluster)
   * @return the metrics of every run, with summaries
   * @throws IllegalStateException if a run's matched demands or resources differ from its census
   */
  public SparkRunResult run(SparkSession spark) {
    requireNonNull(spark, "spark");
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<RunSource> generated = new ArrayList<>();
    for (Scenario s : scenarios) {
      long[] seeds = MonteCarloRunner.seeds(s, runs);
      for (int i = 0; i < runs; i++) {
        generated.add(RunSource.generated(RunKey.of(s.name(), i, seeds[i]), s, policy));
      }
    }
    JavaRDD<RunSource> sources = jsc.parallelize(generated, Math.max(1, Math.min(partitions, generated.size())));
    for (Map.Entry<String, String> d : documents.entrySet()) {
      String name = d.getKey();
      sources = sources.union(jsc.textFile(d.getValue(), partitions)
          .filter(line -> !line.isBlank())
          .zipWithIndex()
          .map(t -> RunSource.document(RunKey.of(name, Math.toIntExact(t._2()), 0L), t._1())));
    }
    PartitionLevel lvl = level;

    // 1. generate each run's district where it is solved, split it into units, and solve inside
    //    each unit every component that no crossing resource reaches (pass 1); what remains are
    //    coupled pieces and the run's crossing resources
    JavaRDD<PieceSolver.UnitOutcome> pass1 = sources
        .flatMap(source -> PieceSolver.solveUnits(source, lvl).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());

    // 2. coupling groups on the driver: a few longs per coupled unit
    List<Tuple2<RunKey, long[]>> touches = pass1
        .filter(o -> o.piece != null && o.piece.kind == Piece.Kind.COUPLED)
        .map(o -> new Tuple2<>(o.run, Objects.requireNonNull(o.piece).touched))
        .collect();
    Broadcast<HashMap<RunKey, HashMap<Long, Long>>> groups = jsc.broadcast(couplingGroups(touches));

    // 3. pass 2: coupled pieces and crossing resources meet in their group, solved at once
    JavaPairRDD<RunKey, PartialMetrics> pass2 = pass1
        .filter(o -> o.piece != null)
        .flatMapToPair(o -> {
          Piece p = Objects.requireNonNull(o.piece);
          List<Tuple2<GroupKey, Piece>> out = new ArrayList<>();
          if (p.kind == Piece.Kind.COUPLED) {
            out.add(new Tuple2<>(GroupKey.of(groups.value(), p.run, p.touched[0]), p));
          } else {
            for (int i = 0; i < p.resources.size(); i++) {
              out.add(new Tuple2<>(GroupKey.of(groups.value(), p.run, p.resourceOrder[i]),
                  Piece.crossing(p.run, p.policy, List.of(p.resources.get(i)),
                      new long[] {p.resourceOrder[i]}, 0, 0)));
            }
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .mapToPair(g -> new Tuple2<>(g._1().run, PieceSolver.solveGroup(g._2())));

    // 4. reduce per run (pass 1's metrics carry each run's census)
    List<Tuple2<RunKey, PartialMetrics>> reduced = pass1
        .mapToPair(o -> new Tuple2<>(o.run, o.solved))
        .union(pass2)
        .reduceByKey(PartialMetrics::merge, partitions)
        .collect();
    pass1.unpersist(false);
    groups.destroy();

    List<RunMetrics> out = new ArrayList<>();
    for (Tuple2<RunKey, PartialMetrics> t : reduced) {
      long[] c = t._2().counts;
      if (c[PartialMetrics.DEMANDS] != c[PartialMetrics.CENSUS_DEMANDS]
          || c[PartialMetrics.RESOURCES] != c[PartialMetrics.CENSUS_RESOURCES]) {
        throw new IllegalStateException("run " + t._1() + " matched " + c[PartialMetrics.DEMANDS]
            + " of " + c[PartialMetrics.CENSUS_DEMANDS] + " demands and "
            + c[PartialMetrics.RESOURCES] + " of " + c[PartialMetrics.CENSUS_RESOURCES]
            + " resources");
      }
      out.add(RunMetrics.of(t._1(), t._2()));
    }
    if (out.size() < generated.size()) {
      throw new IllegalStateException("expected " + generated.size() + " generated runs, reduced "
          + out.size());
    }
    List<String> names = new ArrayList<>();
    for (Scenario s : scenarios) {
      names.add(s.name());
    }
    names.addAll(documents.keySet());
    return SparkRunResult.of(names, level, partitions, out, System.nanoTime() - start);
  }

  /** Per run: crossing resource order → the smallest order of its coupling group. */
  static HashMap<RunKey, HashMap<Long, Long>> couplingGroups(List<Tuple2<RunKey, long[]>> touches) {
    Map<RunKey, Map<Long, Long>> parent = new HashMap<>();
    for (Tuple2<RunKey, long[]> t : touches) {
      Map<Long, Long> p = parent.computeIfAbsent(t._1(), k -> new HashMap<>());
      long[] orders = t._2();
      for (long o : orders) {
        p.putIfAbsent(o, o);
      }
      for (int i = 1; i < orders.length; i++) {
        long a = find(p, orders[0]);
        long b = find(p, orders[i]);
        if (a != b) {
          p.put(Math.max(a, b), Math.min(a, b));
        }
      }
    }
    HashMap<RunKey, HashMap<Long, Long>> out = new HashMap<>();
    for (Map.Entry<RunKey, Map<Long, Long>> e : parent.entrySet()) {
      HashMap<Long, Long> rep = new HashMap<>();
      for (Long o : e.getValue().keySet()) {
        rep.put(o, find(e.getValue(), o));
      }
      out.put(e.getKey(), rep);
    }
    return out;
  }

  private static long find(Map<Long, Long> parent, long x) {
    long r = x;
    for (Long next = parent.get(r); next != null && next != r; next = parent.get(r)) {
      r = next;
    }
    return r;
  }

  /** The key of a coupling group: the run and the group's smallest crossing-resource order. */
  static final class GroupKey implements Serializable {
    private static final long serialVersionUID = 1L;
    final RunKey run;
    final long representative;

    private GroupKey(RunKey run, long representative) {
      this.run = run;
      this.representative = representative;
    }

    static GroupKey of(Map<RunKey, HashMap<Long, Long>> groups, RunKey run, long order) {
      HashMap<Long, Long> g = groups.get(run);
      Long rep = g == null ? null : g.get(order);
      return new GroupKey(run, rep == null ? order : rep);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof GroupKey && ((GroupKey) o).run.equals(run)
          && ((GroupKey) o).representative == representative;
    }

    @Override
    public int hashCode() {
      return 31 * run.hashCode() + Long.hashCode(representative);
    }
  }

  /** Configures a {@link SparkResearchJob}. */
  public static final class Builder {
    private final List<Scenario> scenarios = new ArrayList<>();
    private int runs = 10;
    private PartitionLevel level = PartitionLevel.STREET;
    private int partitions = 8;
    private MatchingPolicy policy = MatchingPolicy.defaults();
    private final Map<String, String> documents = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds problems to match as exchange documents in JSON lines (JSON 行): each non-blank line
     * of the files at {@code path} (any Hadoop path or glob) is one matching-problem document
     * (governance-json, compact), solved as one run under its own policy. The runs are named
     * {@code name}, numbered by line; their seed is 0.
     *
     * @param name the name of these runs in the results; unique among scenarios and documents
     * @param path the JSON-lines file(s)
     * @return this builder
     */
    public Builder documents(String name, String path) {
      documents.put(requireNonNull(name, "name"), requireNonNull(path, "path"));
      return this;
    }

    /**
     * Adds a scenario (a district); its seed seeds its replications' seeds.
     *
     * @param scenario the scenario; names must be unique
     * @return this builder
     */
    public Builder scenario(Scenario scenario) {
      scenarios.add(requireNonNull(scenario, "scenario"));
      return this;
    }

    /**
     * Replications per scenario. Default 10.
     *
     * @param runs 1 to 1,000,000
     * @return this builder
     */
    public Builder runs(int runs) {
      this.runs = runs;
      return this;
    }

    /**
     * The partitioning level. Default {@link PartitionLevel#STREET}.
     *
     * @param level street or district
     * @return this builder
     */
    public Builder level(PartitionLevel level) {
      this.level = requireNonNull(level, "level");
      return this;
    }

    /**
     * Spark partitions per stage. Default 8; a few per executor core on a cluster.
     *
     * @param partitions 1 to 100,000
     * @return this builder
     */
    public Builder partitions(int partitions) {
      this.partitions = partitions;
      return this;
    }

    /**
     * The matching policy of the generated runs. Default {@link MatchingPolicy#defaults()} (the
     * runner's "default"). Documents keep their own policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(MatchingPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Checks the configuration and makes the job.
     *
     * @return the job
     * @throws org.grassroots.governance.validation.InvalidValueException naming every problem
     */
    public SparkResearchJob build() {
      Map<String, Integer> names = new LinkedHashMap<>();
      for (Scenario s : scenarios) {
        names.merge(s.name(), 1, Integer::sum);
      }
      for (String d : documents.keySet()) {
        names.merge(d, 1, Integer::sum);
      }
      Violations.of("SparkResearchJob")
          .check(!scenarios.isEmpty() || !documents.isEmpty(), "scenarios", scenarios,
              Messages.NOT_EMPTY)
          .check(names.values().stream().allMatch(n -> n == 1), "scenarios", names.keySet(),
              Messages.UNIQUE_NAMES)
          .check(runs >= 1 && runs <= 1_000_000, "runs", runs, Messages.f(Messages.RANGE, 1, 1_000_000))
          .check(partitions >= 1 && partitions <= 100_000, "partitions", partitions,
              Messages.f(Messages.RANGE, 1, 100_000))
          .throwIfAny();
      return new SparkResearchJob(this);
    }
  }
}
