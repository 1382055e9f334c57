package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Role;
import org.grassroots.governance.structure.TenureEnd;

/**
 * Writes {@link Membership} through its public accessors (dates ISO-8601, the end status always
 * written); it is read through {@link MembershipForm} and {@link Membership#builder()}. Schema:
 * {@code structure.schema.json#/$defs/membership}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"person", "organization", "role", "start", "end", "endStatus",
    "confirmedUntil", "onBehalfOf", "area", "fullTime"})
@JsonSerialize(as = Membership.class)
abstract class MembershipMixIn {
  private MembershipMixIn() {}

  @JsonProperty("person")
  abstract PersonId person();

  @JsonProperty("organization")
  abstract OrganizationId organization();

  @JsonProperty("role")
  abstract Role role();

  @JsonProperty("start")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate start();

  @JsonProperty("end")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract Optional<LocalDate> end();

  @JsonProperty("endStatus")
  abstract TenureEnd endStatus();

  @JsonProperty("confirmedUntil")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract Optional<LocalDate> confirmedUntil();

  @JsonProperty("onBehalfOf")
  abstract Optional<OrganizationId> onBehalfOf();

  @JsonProperty("area")
  abstract Optional<NodeCode> area();

  @JsonProperty("fullTime")
  abstract boolean fullTime();
}
