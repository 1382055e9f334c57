package org.grassroots.governance.simulation;

import java.util.function.ToDoubleFunction;

/**
 * A measure summarised across runs (指标), read from a {@link RunRecord}.
 *
 * <pre>{@code
 * summary.statistics("default", "optimal", Measure.COVERAGE).mean();
 * }</pre>
 */
public enum Measure {
  /** Served quantity over demanded quantity (供需匹配率). */
  COVERAGE(r -> r.metrics().coverage()),
  /** Priority-weighted coverage: urgent and vulnerable demands count more. */
  WEIGHTED_COVERAGE(r -> r.metrics().priorityWeightedCoverage()),
  /** Share of demands served in full. */
  DEMANDS_FULLY_SERVED(r -> r.metrics().demands() == 0 ? 1.0
      : (double) r.metrics().demandsFullyServed() / r.metrics().demands()),
  /** Total cost of the allocation under the policy. */
  TOTAL_COST(r -> r.metrics().totalCost()),
  /** Mean unit cost of what was served. */
  MEAN_UNIT_COST(r -> r.metrics().meanUnitCost()),
  /** The worst-off community's coverage (Rawlsian). */
  COMMUNITY_COVERAGE_MIN(r -> r.metrics().communityCoverageMin()),
  /** The worst-off grid's coverage. */
  GRID_COVERAGE_MIN(r -> r.metrics().gridCoverageMin()),
  /** Gini coefficient of coverage across grids (0 = equal). */
  GRID_COVERAGE_GINI(r -> r.metrics().gridCoverageGini()),
  /** Used capacity over offered capacity. */
  RESOURCE_UTILISATION(r -> r.metrics().resourceUtilisation()),
  /** Gini coefficient of utilisation across resources. */
  UTILISATION_GINI(r -> r.metrics().resourceUtilisationGini()),
  /** Blocking pairs under the policy's preferences (0 = stable). */
  BLOCKING_PAIRS(r -> r.metrics().blockingPairs()),
  /** Mean level at which demand and provider meet (0 = same building). */
  MEAN_MEETING_LEVEL(r -> r.metrics().meanMeetingLevel()),
  /** Wall time of the algorithm in milliseconds: the one measure that is not reproducible. */
  WALL_MILLIS(r -> r.wallNanos() / 1e6);

  private final ToDoubleFunction<RunRecord> reader;

  Measure(ToDoubleFunction<RunRecord> reader) {
    this.reader = reader;
  }

  /**
   * Reads the measure from a run.
   *
   * @param record the run
   * @return the value
   */
  public double of(RunRecord record) {
    return reader.applyAsDouble(record);
  }
}
