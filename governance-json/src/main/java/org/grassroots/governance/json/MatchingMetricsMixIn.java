package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Coverage;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.Urgency;

/**
 * Writes {@link MatchingMetrics} with the derived rates (coverage, priority-weighted coverage,
 * mean unit cost), so a reader of the JSON alone has them; derived data of a result, recomputed
 * on read and compared (see {@link SolvedProblemForm}). Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"demands", "demandsFullyServed", "demandsPartlyServed", "demandedQuantity",
    "servedQuantity", "coverage", "weightedDemanded", "weightedServed",
    "priorityWeightedCoverage", "totalCost", "meanUnitCost", "byCategory", "byUrgency",
    "byCommunity", "communityCoverageMin", "communityCoverageGini", "grids", "gridCoverageMin",
    "gridCoverageGini", "resourceUtilisation", "resourceUtilisationGini", "blockingPairs",
    "meanMeetingLevel"})
@JsonSerialize(as = MatchingMetrics.class)
abstract class MatchingMetricsMixIn {
  private MatchingMetricsMixIn() {}

  @JsonProperty("demands")
  abstract int demands();

  @JsonProperty("demandsFullyServed")
  abstract int demandsFullyServed();

  @JsonProperty("demandsPartlyServed")
  abstract int demandsPartlyServed();

  @JsonProperty("demandedQuantity")
  abstract long demandedQuantity();

  @JsonProperty("servedQuantity")
  abstract long servedQuantity();

  @JsonProperty("coverage")
  abstract double coverage();

  @JsonProperty("weightedDemanded")
  abstract long weightedDemanded();

  @JsonProperty("weightedServed")
  abstract long weightedServed();

  @JsonProperty("priorityWeightedCoverage")
  abstract double priorityWeightedCoverage();

  @JsonProperty("totalCost")
  abstract long totalCost();

  @JsonProperty("meanUnitCost")
  abstract double meanUnitCost();

  @JsonProperty("byCategory")
  abstract Map<ServiceCategory, Coverage> byCategory();

  @JsonProperty("byUrgency")
  abstract Map<Urgency, Coverage> byUrgency();

  @JsonProperty("byCommunity")
  abstract Map<NodeCode, Coverage> byCommunity();

  @JsonProperty("communityCoverageMin")
  abstract double communityCoverageMin();

  @JsonProperty("communityCoverageGini")
  abstract double communityCoverageGini();

  @JsonProperty("grids")
  abstract int grids();

  @JsonProperty("gridCoverageMin")
  abstract double gridCoverageMin();

  @JsonProperty("gridCoverageGini")
  abstract double gridCoverageGini();

  @JsonProperty("resourceUtilisation")
  abstract double resourceUtilisation();

  @JsonProperty("resourceUtilisationGini")
  abstract double resourceUtilisationGini();

  @JsonProperty("blockingPairs")
  abstract long blockingPairs();

  @JsonProperty("meanMeetingLevel")
  abstract double meanMeetingLevel();
}
