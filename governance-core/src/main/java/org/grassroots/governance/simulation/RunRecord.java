package org.grassroots.governance.simulation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * One run of one algorithm under one policy on one seed (一次仿真运行): what the Monte Carlo
 * runner streams to its caller, one record at a time.
 *
 * <p>Everything but {@link #wallNanos()} is reproducible from the scenario and the seed.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * runner.run(record -> out.println(record.seed() + "," + record.algorithm() + "," + record.metrics().coverage()));
 * }</pre>
 */
public final class RunRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String scenario;
  private final int run;
  private final long seed;
  private final String policy;
  private final String algorithm;
  private final int demands;
  private final int resources;
  private final MatchingMetrics metrics;
  private final long wallNanos;

  RunRecord(String scenario, int run, long seed, String policy, String algorithm, int demands,
      int resources, MatchingMetrics metrics, long wallNanos) {
    requireNonNull(metrics, "metrics");
    Violations.of("RunRecord")
        .check(!requireNonNull(scenario, "scenario").isBlank(), "scenario", scenario,
            Messages.BLANK)
        .check(run >= 0, "run", run, Messages.NEGATIVE)
        .check(!requireNonNull(policy, "policy").isBlank(), "policy", policy, Messages.BLANK)
        .check(!requireNonNull(algorithm, "algorithm").isBlank(), "algorithm", algorithm,
            Messages.BLANK)
        .check(demands >= 0, "demands", demands, Messages.NEGATIVE)
        .check(resources >= 0, "resources", resources, Messages.NEGATIVE)
        .check(wallNanos >= 0, "wallNanos", wallNanos, Messages.NEGATIVE)
        .throwIfAny();
    this.scenario = scenario;
    this.run = run;
    this.seed = seed;
    this.policy = policy;
    this.algorithm = algorithm;
    this.demands = demands;
    this.resources = resources;
    this.metrics = requireNonNull(metrics, "metrics");
    this.wallNanos = wallNanos;
  }

  /**
   * A record, e.g. one read from a document; {@link MonteCarloRunner} makes them as it runs.
   *
   * @param scenario the scenario's name, not blank
   * @param run the replication's index, from 0
   * @param seed the seed
   * @param policy the policy variant's name, not blank
   * @param algorithm the algorithm's name, not blank
   * @param demands the demands generated, not negative
   * @param resources the resources generated, not negative
   * @param metrics the matching metrics
   * @param wallNanos the algorithm's wall time, not negative
   * @return the record
   * @throws org.grassroots.governance.validation.InvalidValueException if a name is blank or a
   *     number negative
   */
  public static RunRecord of(String scenario, int run, long seed, String policy,
      String algorithm, int demands, int resources, MatchingMetrics metrics, long wallNanos) {
    return new RunRecord(scenario, run, seed, policy, algorithm, demands, resources, metrics,
        wallNanos);
  }

  /**
   * The scenario's name.
   *
   * @return the name
   */
  public String scenario() {
    return scenario;
  }

  /**
   * The replication's index, from 0.
   *
   * @return the run index
   */
  public int run() {
    return run;
  }

  /**
   * The seed the district was generated from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The policy variant's name.
   *
   * @return the name given to the runner
   */
  public String policy() {
    return policy;
  }

  /**
   * The algorithm's name.
   *
   * @return the name given to the runner
   */
  public String algorithm() {
    return algorithm;
  }

  /**
   * The number of demands in the generated district.
   *
   * @return demands
   */
  public int demands() {
    return demands;
  }

  /**
   * The number of resources in the generated district.
   *
   * @return resources
   */
  public int resources() {
    return resources;
  }

  /**
   * The matching engine's metrics of this run.
   *
   * @return the metrics
   */
  public MatchingMetrics metrics() {
    return metrics;
  }

  /**
   * The algorithm's wall time: not reproducible.
   *
   * @return nanoseconds
   */
  public long wallNanos() {
    return wallNanos;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RunRecord r && r.scenario.equals(scenario) && r.run == run
        && r.seed == seed && r.policy.equals(policy) && r.algorithm.equals(algorithm)
        && r.demands == demands && r.resources == resources && r.metrics.equals(metrics)
        && r.wallNanos == wallNanos;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(scenario, run, seed, policy, algorithm, demands, resources,
        metrics, wallNanos);
  }

  @Override
  public String toString() {
    return scenario + " run " + run + " seed " + seed + " " + policy + "/" + algorithm
        + ": coverage " + metrics.coverage();
  }
}
