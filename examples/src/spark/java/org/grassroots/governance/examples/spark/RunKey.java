package org.grassroots.governance.examples.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One replication of one scenario (a run): the scenario's name, the run index and the seed the
 * district was generated from. Used as a Spark key: its hash depends only on its content, never
 * on identity, so every executor agrees where a key goes.
 *
 * <pre>{@code
 * RunKey k = RunKey.of("district", 0, 42L);
 * }</pre>
 */
public final class RunKey implements Serializable, Comparable<RunKey> {
  private static final long serialVersionUID = 1L;
  private final String scenario;
  private final int run;
  private final long seed;

  private RunKey(String scenario, int run, long seed) {
    this.scenario = requireNonNull(scenario, "scenario");
    this.run = run;
    this.seed = seed;
  }

  /**
   * A run key.
   *
   * @param scenario the scenario's name
   * @param run the replication index, from 0
   * @param seed the replication's seed
   * @return the key
   */
  public static RunKey of(String scenario, int run, long seed) {
    return new RunKey(scenario, run, seed);
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
   * The replication index.
   *
   * @return from 0
   */
  public int run() {
    return run;
  }

  /**
   * The seed of the replication.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  @Override
  public int compareTo(RunKey o) {
    int c = scenario.compareTo(o.scenario);
    return c != 0 ? c : Integer.compare(run, o.run);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RunKey)) {
      return false;
    }
    RunKey k = (RunKey) o;
    return run == k.run && seed == k.seed && scenario.equals(k.scenario);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, run, seed);
  }

  @Override
  public String toString() {
    return scenario + "#" + run + " (seed " + seed + ")";
  }
}
