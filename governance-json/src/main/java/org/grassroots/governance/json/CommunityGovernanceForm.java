package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.structure.AccessList;
import org.grassroots.governance.structure.ChairRotation;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.ResponsibilityList;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link CommunityGovernance}, built through {@link
 * CommunityGovernance#builder()} (see {@link FormDeserializer}), so every cross-reference check
 * of the structure runs. Lists left out are empty; the responsibility and access lists left out
 * are the empty defaults.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record CommunityGovernanceForm(
    @JsonProperty(value = "area", required = true) @Nullable DivisionCode area,
    @JsonProperty(value = "core", required = true) @Nullable Organization core,
    @JsonProperty("elements") Optional<List<Organization>> elements,
    @JsonProperty("partners") Optional<List<Organization>> partners,
    @JsonProperty("people") Optional<List<Person>> people,
    @JsonProperty("memberships") Optional<List<Membership>> memberships,
    @JsonProperty("grids") Optional<List<GridCode>> grids,
    @JsonProperty("chairRotation") Optional<ChairRotation> chairRotation,
    @JsonProperty("responsibilities") Optional<ResponsibilityList> responsibilities,
    @JsonProperty("accessList") Optional<AccessList> accessList) {

  @JsonCreator
  CommunityGovernanceForm {}

  CommunityGovernance toValue() {
    CommunityGovernance.Builder b = CommunityGovernance.builder();
    if (area != null) {
      b.area(area);
    }
    if (core != null) {
      b.core(core);
    }
    Forms.elements("CommunityGovernance", "elements", elements).ifPresent(b::elements);
    Forms.elements("CommunityGovernance", "partners", partners).ifPresent(b::partners);
    Forms.elements("CommunityGovernance", "people", people).ifPresent(b::people);
    Forms.elements("CommunityGovernance", "memberships", memberships).ifPresent(b::memberships);
    Forms.elements("CommunityGovernance", "grids", grids).ifPresent(b::grids);
    Forms.present(responsibilities).ifPresent(b::responsibilities);
    Forms.present(accessList).ifPresent(b::accessList);
    return b.chairRotation(Forms.present(chairRotation)).build();
  }
}
