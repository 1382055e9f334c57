package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Coverage;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of {@link MatchingMetrics} as a run record carries them, built through
 * {@link MatchingMetrics#builder()} (counts, quantities and shares checked); {@code coverage},
 * {@code priorityWeightedCoverage} and {@code meanUnitCost} are derived: optional, and when
 * given equal to the computed ones. (A matching result's metrics are not read through this form:
 * the result recomputes them from its allocations.)
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record MatchingMetricsForm(
    @JsonProperty(value = "demands", required = true) @Nullable Integer demands,
    @JsonProperty(value = "demandsFullyServed", required = true) @Nullable Integer demandsFullyServed,
    @JsonProperty(value = "demandsPartlyServed", required = true) @Nullable Integer demandsPartlyServed,
    @JsonProperty(value = "demandedQuantity", required = true) @Nullable Long demandedQuantity,
    @JsonProperty(value = "servedQuantity", required = true) @Nullable Long servedQuantity,
    @JsonProperty("coverage") Optional<Double> coverage,
    @JsonProperty(value = "weightedDemanded", required = true) @Nullable Long weightedDemanded,
    @JsonProperty(value = "weightedServed", required = true) @Nullable Long weightedServed,
    @JsonProperty("priorityWeightedCoverage") Optional<Double> priorityWeightedCoverage,
    @JsonProperty(value = "totalCost", required = true) @Nullable Long totalCost,
    @JsonProperty("meanUnitCost") Optional<Double> meanUnitCost,
    @JsonProperty(value = "byCategory", required = true) @Nullable Map<ServiceCategory, Coverage> byCategory,
    @JsonProperty(value = "byUrgency", required = true) @Nullable Map<Urgency, Coverage> byUrgency,
    @JsonProperty(value = "byCommunity", required = true) @Nullable Map<NodeCode, Coverage> byCommunity,
    @JsonProperty(value = "communityCoverageMin", required = true) @Nullable Double communityCoverageMin,
    @JsonProperty(value = "communityCoverageGini", required = true) @Nullable Double communityCoverageGini,
    @JsonProperty(value = "grids", required = true) @Nullable Integer grids,
    @JsonProperty(value = "gridCoverageMin", required = true) @Nullable Double gridCoverageMin,
    @JsonProperty(value = "gridCoverageGini", required = true) @Nullable Double gridCoverageGini,
    @JsonProperty(value = "resourceUtilisation", required = true) @Nullable Double resourceUtilisation,
    @JsonProperty(value = "resourceUtilisationGini", required = true) @Nullable Double resourceUtilisationGini,
    @JsonProperty(value = "blockingPairs", required = true) @Nullable Long blockingPairs,
    @JsonProperty(value = "meanMeetingLevel", required = true) @Nullable Double meanMeetingLevel) {

  @JsonCreator
  MatchingMetricsForm {}

  MatchingMetrics toValue() {
    MatchingMetrics.Builder b = MatchingMetrics.builder();
    if (demands != null) {
      b.demands(demands);
    }
    if (demandsFullyServed != null) {
      b.demandsFullyServed(demandsFullyServed);
    }
    if (demandsPartlyServed != null) {
      b.demandsPartlyServed(demandsPartlyServed);
    }
    if (demandedQuantity != null) {
      b.demandedQuantity(demandedQuantity);
    }
    if (servedQuantity != null) {
      b.servedQuantity(servedQuantity);
    }
    if (weightedDemanded != null) {
      b.weightedDemanded(weightedDemanded);
    }
    if (weightedServed != null) {
      b.weightedServed(weightedServed);
    }
    if (totalCost != null) {
      b.totalCost(totalCost);
    }
    if (byCategory != null) {
      b.byCategory(byCategory);
    }
    if (byUrgency != null) {
      b.byUrgency(byUrgency);
    }
    if (byCommunity != null) {
      b.byCommunity(byCommunity);
    }
    if (communityCoverageMin != null) {
      b.communityCoverageMin(communityCoverageMin);
    }
    if (communityCoverageGini != null) {
      b.communityCoverageGini(communityCoverageGini);
    }
    if (grids != null) {
      b.grids(grids);
    }
    if (gridCoverageMin != null) {
      b.gridCoverageMin(gridCoverageMin);
    }
    if (gridCoverageGini != null) {
      b.gridCoverageGini(gridCoverageGini);
    }
    if (resourceUtilisation != null) {
      b.resourceUtilisation(resourceUtilisation);
    }
    if (resourceUtilisationGini != null) {
      b.resourceUtilisationGini(resourceUtilisationGini);
    }
    if (blockingPairs != null) {
      b.blockingPairs(blockingPairs);
    }
    if (meanMeetingLevel != null) {
      b.meanMeetingLevel(meanMeetingLevel);
    }
    MatchingMetrics m = b.build();
    List<Violation> derived = new ArrayList<>();
    DerivedNumbers.check(derived, "coverage", "servedQuantity and demandedQuantity", coverage,
        m.coverage());
    DerivedNumbers.check(derived, "priorityWeightedCoverage",
        "weightedServed and weightedDemanded", priorityWeightedCoverage,
        m.priorityWeightedCoverage());
    DerivedNumbers.check(derived, "meanUnitCost", "totalCost and servedQuantity", meanUnitCost,
        m.meanUnitCost());
    if (!derived.isEmpty()) {
      throw new InvalidValueException("MatchingMetrics", derived);
    }
    return m;
  }
}
