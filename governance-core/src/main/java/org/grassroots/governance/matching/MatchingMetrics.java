package org.grassroots.governance.matching;

import java.io.Serializable;
import java.util.Map;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * What researchers report about an allocation (匹配指标): coverage overall, per category, per
 * urgency and per community; cost; priority-weighted coverage; fairness across grids and
 * communities (minimum and Gini); resource utilisation and its Gini; blocking pairs; mean
 * locality distance. Computed for every result of every algorithm.
 *
 * <p>Blocking pairs use the preferences derived from the policy: a demand prefers lower unit
 * cost (then the earlier resource), a resource prefers higher priority weight, then lower cost,
 * then the earlier demand. Immutable and thread-safe.
 *
 * <pre>{@code
 * MatchingMetrics m = result.metrics();
 * m.servedQuantity(); m.totalCost(); m.communityCoverageGini(); m.blockingPairs();
 * }</pre>
 */
@Value.Immutable
public abstract class MatchingMetrics implements Serializable {
  private static final long serialVersionUID = 1L;

  MatchingMetrics() {}

  /** The number of demands. */
  public abstract int demands();

  /** The demands served in full. */
  public abstract int demandsFullyServed();

  /** The demands served in part. */
  public abstract int demandsPartlyServed();

  /** The quantity demanded. */
  public abstract long demandedQuantity();

  /** The quantity served. */
  public abstract long servedQuantity();

  /** Σ weight · served. */
  public abstract long weightedServed();

  /** Σ weight · demanded. */
  public abstract long weightedDemanded();

  /** Total cost of all allocations. */
  public abstract long totalCost();

  /** Coverage per category present in the problem. */
  public abstract Map<ServiceCategory, Coverage> byCategory();

  /** Coverage per urgency present in the problem. */
  public abstract Map<Urgency, Coverage> byUrgency();

  /** Coverage per community (of demands located in one). */
  public abstract Map<NodeCode, Coverage> byCommunity();

  /** The lowest coverage rate of a community (1 if there are none). */
  public abstract double communityCoverageMin();

  /** The Gini coefficient of community coverage rates. */
  public abstract double communityCoverageGini();

  /** The number of grids with demands. */
  public abstract int grids();

  /** The lowest coverage rate of a grid (1 if there are none). */
  public abstract double gridCoverageMin();

  /** The Gini coefficient of grid coverage rates. */
  public abstract double gridCoverageGini();

  /** Used over total capacity (0 when there is no capacity). */
  public abstract double resourceUtilisation();

  /** The Gini coefficient of per-resource utilisation (resources with capacity). */
  public abstract double resourceUtilisationGini();

  /** Eligible pairs that would both rather be matched to each other (policy preferences). */
  public abstract long blockingPairs();

  /** The quantity-weighted mean meeting level ordinal (0 = same building). */
  public abstract double meanMeetingLevel();

  /**
   * Served over demanded quantity.
   *
   * @return from 0 to 1 (1 when nothing was demanded)
   */
  public double coverage() {
    return demandedQuantity() == 0 ? 1.0 : (double) servedQuantity() / demandedQuantity();
  }

  /**
   * Σ weight · served over Σ weight · demanded.
   *
   * @return from 0 to 1
   */
  public double priorityWeightedCoverage() {
    return weightedDemanded() == 0 ? 1.0 : (double) weightedServed() / weightedDemanded();
  }

  /**
   * The mean cost of a served unit.
   *
   * @return 0 when nothing was served
   */
  public double meanUnitCost() {
    return servedQuantity() == 0 ? 0.0 : (double) totalCost() / servedQuantity();
  }

  /**
   * A builder, e.g. for metrics read from a document (a simulation run record); every result
   * computes its own metrics.
   *
   * @return a new builder; {@code build()} checks counts, quantities and shares
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant and reports all violations at once. */
  public static final class Builder extends ImmutableMatchingMetrics.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("MatchingMetrics")
        .check(demands() >= 0, "demands", demands(), Messages.NOT_NEGATIVE)
        .check(demandsFullyServed() >= 0, "demandsFullyServed", demandsFullyServed(),
            Messages.NOT_NEGATIVE)
        .check(demandsPartlyServed() >= 0, "demandsPartlyServed", demandsPartlyServed(),
            Messages.NOT_NEGATIVE)
        .check((long) demandsFullyServed() + demandsPartlyServed() <= demands(),
            "demandsPartlyServed", demandsPartlyServed(),
            Messages.f(Messages.SERVED_ABOVE, "demands - demandsFullyServed",
                (long) demands() - demandsFullyServed()))
        .check(demandedQuantity() >= 0, "demandedQuantity", demandedQuantity(),
            Messages.NOT_NEGATIVE)
        .check(servedQuantity() >= 0 && servedQuantity() <= demandedQuantity(), "servedQuantity",
            servedQuantity(), Messages.f(Messages.SERVED_ABOVE, "demandedQuantity",
                demandedQuantity()))
        .check(weightedDemanded() >= 0, "weightedDemanded", weightedDemanded(),
            Messages.NOT_NEGATIVE)
        .check(weightedServed() >= 0 && weightedServed() <= weightedDemanded(), "weightedServed",
            weightedServed(), Messages.f(Messages.SERVED_ABOVE, "weightedDemanded",
                weightedDemanded()))
        .check(totalCost() >= 0, "totalCost", totalCost(), Messages.NOT_NEGATIVE)
        .check(grids() >= 0, "grids", grids(), Messages.NOT_NEGATIVE)
        .check(blockingPairs() >= 0, "blockingPairs", blockingPairs(), Messages.NOT_NEGATIVE)
        .check(Double.isFinite(meanMeetingLevel()) && meanMeetingLevel() >= 0,
            "meanMeetingLevel", meanMeetingLevel(), Messages.NOT_NEGATIVE);
    share(v, "communityCoverageMin", communityCoverageMin());
    share(v, "communityCoverageGini", communityCoverageGini());
    share(v, "gridCoverageMin", gridCoverageMin());
    share(v, "gridCoverageGini", gridCoverageGini());
    share(v, "resourceUtilisation", resourceUtilisation());
    share(v, "resourceUtilisationGini", resourceUtilisationGini());
    v.throwIfAny();
  }

  /** A share from 0 to 1, allowing the rounding of a sum of doubles. */
  private static void share(Violations v, String path, double x) {
    v.check(Double.isFinite(x) && x >= -1e-9 && x <= 1 + 1e-9, path, x, Messages.SHARE);
  }
}
