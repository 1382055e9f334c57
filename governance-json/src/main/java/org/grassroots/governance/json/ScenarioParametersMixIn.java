package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.VulnerableGroup;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.ScenarioParameters;

/**
 * Writes {@link ScenarioParameters} through its public accessors, every parameter (defaults
 * included, so a document reproduces its run even if a later version changes a default); it is
 * read through {@link ScenarioParametersForm}. Schema: {@code scenario.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({
    "district",
    "streets",
    "communitiesPerStreet",
    "gridsPerCommunity",
    "buildingsPerGrid",
    "householdsPerBuilding",
    "vulnerableShares",
    "demandsPerHousehold",
    "vulnerableDemandMultiplier",
    "categoryShares",
    "urgentShare",
    "pressingShare",
    "partyMembersPerCommunity",
    "partyMemberCapacity",
    "volunteerTeamsPerCommunity",
    "volunteerTeamCapacity",
    "residentUnitsPerStreet",
    "residentUnitCapacity",
    "socialOrganisationsPerStreet",
    "socialOrganisationCapacity",
    "districtDepartments",
    "departmentCapacity"})
@JsonSerialize(as = ScenarioParameters.class)
abstract class ScenarioParametersMixIn {
  private ScenarioParametersMixIn() {}

  @JsonProperty("district")
  abstract DivisionCode district();

  @JsonProperty("streets")
  abstract int streets();

  @JsonProperty("communitiesPerStreet")
  abstract IntRange communitiesPerStreet();

  @JsonProperty("gridsPerCommunity")
  abstract IntRange gridsPerCommunity();

  @JsonProperty("buildingsPerGrid")
  abstract IntRange buildingsPerGrid();

  @JsonProperty("householdsPerBuilding")
  abstract IntRange householdsPerBuilding();

  @JsonProperty("vulnerableShares")
  abstract Map<VulnerableGroup, Double> vulnerableShares();

  @JsonProperty("demandsPerHousehold")
  abstract double demandsPerHousehold();

  @JsonProperty("vulnerableDemandMultiplier")
  abstract double vulnerableDemandMultiplier();

  @JsonProperty("categoryShares")
  abstract Map<ServiceCategory, Double> categoryShares();

  @JsonProperty("urgentShare")
  abstract double urgentShare();

  @JsonProperty("pressingShare")
  abstract double pressingShare();

  @JsonProperty("partyMembersPerCommunity")
  abstract IntRange partyMembersPerCommunity();

  @JsonProperty("partyMemberCapacity")
  abstract IntRange partyMemberCapacity();

  @JsonProperty("volunteerTeamsPerCommunity")
  abstract IntRange volunteerTeamsPerCommunity();

  @JsonProperty("volunteerTeamCapacity")
  abstract IntRange volunteerTeamCapacity();

  @JsonProperty("residentUnitsPerStreet")
  abstract IntRange residentUnitsPerStreet();

  @JsonProperty("residentUnitCapacity")
  abstract IntRange residentUnitCapacity();

  @JsonProperty("socialOrganisationsPerStreet")
  abstract IntRange socialOrganisationsPerStreet();

  @JsonProperty("socialOrganisationCapacity")
  abstract IntRange socialOrganisationCapacity();

  @JsonProperty("districtDepartments")
  abstract IntRange districtDepartments();

  @JsonProperty("departmentCapacity")
  abstract IntRange departmentCapacity();
}
