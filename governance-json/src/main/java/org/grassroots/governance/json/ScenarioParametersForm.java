package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.VulnerableGroup;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.grassroots.governance.validation.Violations;

/**
 * The JSON properties of {@link ScenarioParameters}, built through its public builder, so every
 * range check runs on read. Every property is optional: an absent one keeps its documented
 * default; a share map that is given replaces the default map whole.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ScenarioParametersForm(
    @JsonProperty("district") Optional<DivisionCode> district,
    @JsonProperty("streets") Optional<Integer> streets,
    @JsonProperty("communitiesPerStreet") Optional<IntRange> communitiesPerStreet,
    @JsonProperty("gridsPerCommunity") Optional<IntRange> gridsPerCommunity,
    @JsonProperty("buildingsPerGrid") Optional<IntRange> buildingsPerGrid,
    @JsonProperty("householdsPerBuilding") Optional<IntRange> householdsPerBuilding,
    @JsonProperty("vulnerableShares") Optional<Map<VulnerableGroup, Double>> vulnerableShares,
    @JsonProperty("demandsPerHousehold") Optional<Double> demandsPerHousehold,
    @JsonProperty("vulnerableDemandMultiplier") Optional<Double> vulnerableDemandMultiplier,
    @JsonProperty("categoryShares") Optional<Map<ServiceCategory, Double>> categoryShares,
    @JsonProperty("urgentShare") Optional<Double> urgentShare,
    @JsonProperty("pressingShare") Optional<Double> pressingShare,
    @JsonProperty("partyMembersPerCommunity") Optional<IntRange> partyMembersPerCommunity,
    @JsonProperty("partyMemberCapacity") Optional<IntRange> partyMemberCapacity,
    @JsonProperty("volunteerTeamsPerCommunity") Optional<IntRange> volunteerTeamsPerCommunity,
    @JsonProperty("volunteerTeamCapacity") Optional<IntRange> volunteerTeamCapacity,
    @JsonProperty("residentUnitsPerStreet") Optional<IntRange> residentUnitsPerStreet,
    @JsonProperty("residentUnitCapacity") Optional<IntRange> residentUnitCapacity,
    @JsonProperty("socialOrganisationsPerStreet") Optional<IntRange> socialOrganisationsPerStreet,
    @JsonProperty("socialOrganisationCapacity") Optional<IntRange> socialOrganisationCapacity,
    @JsonProperty("districtDepartments") Optional<IntRange> districtDepartments,
    @JsonProperty("departmentCapacity") Optional<IntRange> departmentCapacity) {

  @JsonCreator
  ScenarioParametersForm {}

  ScenarioParameters toValue() {
    Optional<Map<VulnerableGroup, Double>> vs = Forms.present(vulnerableShares);
    Optional<Map<ServiceCategory, Double>> cs = Forms.present(categoryShares);
    Violations v = Violations.of("ScenarioParameters");
    vs.ifPresent(m -> m.forEach(
        (k, x) -> v.check(x != null, "vulnerableShares." + k, "null", JsonMessages.NOT_NULL)));
    cs.ifPresent(m -> m.forEach(
        (k, x) -> v.check(x != null, "categoryShares." + k, "null", JsonMessages.NOT_NULL)));
    v.throwIfAny();
    ScenarioParameters.Builder b = ScenarioParameters.builder();
    Forms.present(district).ifPresent(b::district);
    Forms.present(streets).ifPresent(b::streets);
    Forms.present(communitiesPerStreet).ifPresent(b::communitiesPerStreet);
    Forms.present(gridsPerCommunity).ifPresent(b::gridsPerCommunity);
    Forms.present(buildingsPerGrid).ifPresent(b::buildingsPerGrid);
    Forms.present(householdsPerBuilding).ifPresent(b::householdsPerBuilding);
    Forms.present(demandsPerHousehold).ifPresent(b::demandsPerHousehold);
    Forms.present(vulnerableDemandMultiplier).ifPresent(b::vulnerableDemandMultiplier);
    Forms.present(urgentShare).ifPresent(b::urgentShare);
    Forms.present(pressingShare).ifPresent(b::pressingShare);
    Forms.present(partyMembersPerCommunity).ifPresent(b::partyMembersPerCommunity);
    Forms.present(partyMemberCapacity).ifPresent(b::partyMemberCapacity);
    Forms.present(volunteerTeamsPerCommunity).ifPresent(b::volunteerTeamsPerCommunity);
    Forms.present(volunteerTeamCapacity).ifPresent(b::volunteerTeamCapacity);
    Forms.present(residentUnitsPerStreet).ifPresent(b::residentUnitsPerStreet);
    Forms.present(residentUnitCapacity).ifPresent(b::residentUnitCapacity);
    Forms.present(socialOrganisationsPerStreet).ifPresent(b::socialOrganisationsPerStreet);
    Forms.present(socialOrganisationCapacity).ifPresent(b::socialOrganisationCapacity);
    Forms.present(districtDepartments).ifPresent(b::districtDepartments);
    Forms.present(departmentCapacity).ifPresent(b::departmentCapacity);
    vs.ifPresent(b::vulnerableShares);
    cs.ifPresent(b::categoryShares);
    return b.build();
  }
}
