package org.grassroots.governance.simulation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.grassroots.governance.matching.MatchingMetrics;

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
  public String toString() {
    return scenario + " run " + run + " seed " + seed + " " + policy + "/" + algorithm
        + ": coverage " + metrics.coverage();
  }
}
