package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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

/**
 * Writes {@link CommunityGovernance} through its public accessors; it is read through {@link
 * CommunityGovernanceForm} and {@link CommunityGovernance#builder()}. Schema: {@code
 * community.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"area", "core", "elements", "partners", "people", "memberships", "grids",
    "chairRotation", "responsibilities", "accessList"})
@JsonSerialize(as = CommunityGovernance.class)
abstract class CommunityGovernanceMixIn {
  private CommunityGovernanceMixIn() {}

  @JsonProperty("area")
  abstract DivisionCode area();

  @JsonProperty("core")
  abstract Organization core();

  @JsonProperty("elements")
  abstract List<Organization> elements();

  @JsonProperty("partners")
  abstract List<Organization> partners();

  @JsonProperty("people")
  abstract List<Person> people();

  @JsonProperty("memberships")
  abstract List<Membership> memberships();

  @JsonProperty("grids")
  abstract List<GridCode> grids();

  @JsonProperty("chairRotation")
  abstract Optional<ChairRotation> chairRotation();

  @JsonProperty("responsibilities")
  abstract ResponsibilityList responsibilities();

  @JsonProperty("accessList")
  abstract AccessList accessList();
}
