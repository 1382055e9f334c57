package org.grassroots.governance.examples.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.simulation.Measure;

/**
 * The metrics of one run of a {@link SparkResearchJob} (一次运行的指标), reduced from every
 * partition: the same numbers the single-machine {@link
 * org.grassroots.governance.simulation.MonteCarloRunner} records for the exact algorithm (read
 * them with {@link #measure(Measure)}), plus what the partitioning did (units, crossing
 * resources, coupling groups, coupled demands).
 *
 * <p>Every ratio, minimum and Gini coefficient is computed once, from exact sums, in the same
 * way as the matching engine computes it, so the values are identical to the single-machine
 * run's whatever the partitioning. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (RunMetrics m : result.runs()) {
 *   System.out.println(m.run() + ": " + m.measure(Measure.COVERAGE));
 * }
 * }</pre>
 */
public final class RunMetrics implements Serializable {
  private static final long serialVersionUID = 1L;

  private final RunKey key;
  private final long[] counts;
  private final long[] byCategory;
  private final double communityCoverageMin;
  private final double communityCoverageGini;
  private final int grids;
  private final double gridCoverageMin;
  private final double gridCoverageGini;
  private final double utilisationGini;

  private RunMetrics(RunKey key, PartialMetrics m) {
    this.key = key;
    this.counts = m.counts.clone();
    this.byCategory = m.byCategory.clone();
    double[] community = rates(m.byCommunity.values().toArray(new long[0][]));
    double[] grid = rates(m.byGrid.values().toArray(new long[0][]));
    this.communityCoverageMin = min(community);
    this.communityCoverageGini = gini(community);
    this.grids = grid.length;
    this.gridCoverageMin = min(grid);
    this.gridCoverageGini = gini(grid);
    this.utilisationGini = gini(m.utilisation);
  }

  static RunMetrics of(RunKey key, PartialMetrics merged) {
    return new RunMetrics(requireNonNull(key, "key"), requireNonNull(merged, "merged"));
  }

  /**
   * The run.
   *
   * @return scenario, run index and seed
   */
  public RunKey key() {
    return key;
  }

  /**
   * The scenario's name.
   *
   * @return the name
   */
  public String scenario() {
    return key.scenario();
  }

  /**
   * The replication index.
   *
   * @return from 0
   */
  public int run() {
    return key.run();
  }

  /**
   * The replication's seed.
   *
   * @return the seed
   */
  public long seed() {
    return key.seed();
  }

  /**
   * The number of demands matched (all the run generated).
   *
   * @return demands
   */
  public long demands() {
    return counts[PartialMetrics.DEMANDS];
  }

  /**
   * The number of resources (all the run generated, crossing ones included).
   *
   * @return resources
   */
  public long resources() {
    return counts[PartialMetrics.RESOURCES];
  }

  /**
   * The quantity served.
   *
   * @return units of service
   */
  public long servedQuantity() {
    return counts[PartialMetrics.SERVED];
  }

  /**
   * The quantity demanded.
   *
   * @return units of service
   */
  public long demandedQuantity() {
    return counts[PartialMetrics.DEMANDED];
  }

  /**
   * The total cost of the allocation.
   *
   * @return the cost under the policy
   */
  public long totalCost() {
    return counts[PartialMetrics.TOTAL_COST];
  }

  /**
   * The number of grids with demands.
   *
   * @return grids
   */
  public int grids() {
    return grids;
  }

  /**
   * The partitioning's units (streets or districts) that held demands or resources.
   *
   * @return units
   */
  public long units() {
    return counts[PartialMetrics.UNITS];
  }

  /**
   * Resources whose service area crosses units (solved in the coupling pass).
   *
   * @return crossing resources
   */
  public long crossingResources() {
    return counts[PartialMetrics.CROSSING_RESOURCES];
  }

  /**
   * Coupling groups with demands: sets of crossing resources joined through shared components,
   * each solved once in the coupling pass.
   *
   * @return groups
   */
  public long couplingGroups() {
    return counts[PartialMetrics.COUPLING_GROUPS];
  }

  /**
   * Demands whose component reaches a crossing resource (solved in the coupling pass); the
   * others were solved inside their unit.
   *
   * @return coupled demands
   */
  public long coupledDemands() {
    return counts[PartialMetrics.COUPLED_DEMANDS];
  }

  /**
   * Local resources solved in the coupling pass with the coupled demands.
   *
   * @return coupled local resources
   */
  public long coupledLocalResources() {
    return counts[PartialMetrics.COUPLED_RESOURCES];
  }

  /**
   * The summed solve time of all pieces: not reproducible.
   *
   * @return nanoseconds
   */
  public long solveNanos() {
    return counts[PartialMetrics.SOLVE_NANOS];
  }

  /**
   * The coverage (served over demanded quantity) of one category.
   *
   * @param category the category
   * @return from 0 to 1; 1 when nothing of it was demanded
   */
  public double categoryCoverage(ServiceCategory category) {
    int i = 4 * category.ordinal();
    return byCategory[i + 2] == 0 ? 1.0 : (double) byCategory[i + 3] / byCategory[i + 2];
  }

  /**
   * A measure as the single-machine runner reads it from its record of the exact algorithm.
   * {@link Measure#WALL_MILLIS} is the summed solve time of the pieces.
   *
   * @param measure the measure
   * @return the value
   */
  public double measure(Measure measure) {
    long[] c = counts;
    switch (measure) {
      case COVERAGE:
        return c[PartialMetrics.DEMANDED] == 0 ? 1.0
            : (double) c[PartialMetrics.SERVED] / c[PartialMetrics.DEMANDED];
      case WEIGHTED_COVERAGE:
        return c[PartialMetrics.WEIGHTED_DEMANDED] == 0 ? 1.0
            : (double) c[PartialMetrics.WEIGHTED_SERVED] / c[PartialMetrics.WEIGHTED_DEMANDED];
      case DEMANDS_FULLY_SERVED:
        return c[PartialMetrics.DEMANDS] == 0 ? 1.0
            : (double) c[PartialMetrics.FULLY_SERVED] / c[PartialMetrics.DEMANDS];
      case TOTAL_COST:
        return c[PartialMetrics.TOTAL_COST];
      case MEAN_UNIT_COST:
        return c[PartialMetrics.SERVED] == 0 ? 0.0
            : (double) c[PartialMetrics.TOTAL_COST] / c[PartialMetrics.SERVED];
      case COMMUNITY_COVERAGE_MIN:
        return communityCoverageMin;
      case GRID_COVERAGE_MIN:
        return gridCoverageMin;
      case GRID_COVERAGE_GINI:
        return gridCoverageGini;
      case RESOURCE_UTILISATION:
        return c[PartialMetrics.CAPACITY] == 0 ? 0.0
            : (double) c[PartialMetrics.USED] / c[PartialMetrics.CAPACITY];
      case UTILISATION_GINI:
        return utilisationGini;
      case BLOCKING_PAIRS:
        return c[PartialMetrics.BLOCKING_PAIRS];
      case MEAN_MEETING_LEVEL:
        return c[PartialMetrics.SERVED] == 0 ? 0.0
            : (double) c[PartialMetrics.LEVEL_SUM] / c[PartialMetrics.SERVED];
      case WALL_MILLIS:
        return c[PartialMetrics.SOLVE_NANOS] / 1e6;
    }
    throw new IllegalArgumentException("unknown measure " + measure);
  }

  /**
   * The community coverage Gini coefficient.
   *
   * @return from 0 (equal) to 1
   */
  public double communityCoverageGini() {
    return communityCoverageGini;
  }

  private static double[] rates(long[][] groups) {
    double[] out = new double[groups.length];
    for (int i = 0; i < groups.length; i++) {
      long[] g = groups[i];
      out[i] = g[2] == 0 ? 1.0 : (double) g[3] / g[2];
    }
    return out;
  }

  private static double min(double[] x) {
    double m = 1.0;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  /** Gini coefficient, {@code Σ (2i − n − 1) x_i / (n Σ x)} over sorted values, as the engine. */
  static double gini(double[] values) {
    int n = values.length;
    if (n == 0) {
      return 0.0;
    }
    double[] x = values.clone();
    Arrays.sort(x);
    double sum = 0;
    double acc = 0;
    for (int i = 0; i < n; i++) {
      sum += x[i];
      acc += (2.0 * (i + 1) - n - 1) * x[i];
    }
    return sum == 0 ? 0.0 : acc / (n * sum);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%s: %d demands, %d resources, coverage %.4f, cost %d; %d units, %d crossing resources,"
            + " %d coupled demands in %d groups",
        key, demands(), resources(), measure(Measure.COVERAGE), totalCost(), units(),
        crossingResources(), coupledDemands(), couplingGroups());
  }
}
