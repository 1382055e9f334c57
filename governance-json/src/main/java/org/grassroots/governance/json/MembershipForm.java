package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Role;
import org.grassroots.governance.structure.TenureEnd;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Membership}, built through {@link Membership#builder()} (see
 * {@link FormDeserializer}). {@code endStatus} and {@code fullTime} may be left out: the builder's
 * defaults apply ({@code ON_DATE} with an end date, otherwise {@code UNKNOWN}; not full time).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record MembershipForm(
    @JsonProperty(value = "person", required = true) @Nullable PersonId person,
    @JsonProperty(value = "organization", required = true) @Nullable OrganizationId organization,
    @JsonProperty(value = "role", required = true) @Nullable Role role,
    @JsonProperty(value = "start", required = true) @Nullable LocalDate start,
    @JsonProperty("end") Optional<LocalDate> end,
    @JsonProperty("endStatus") Optional<TenureEnd> endStatus,
    @JsonProperty("confirmedUntil") Optional<LocalDate> confirmedUntil,
    @JsonProperty("onBehalfOf") Optional<OrganizationId> onBehalfOf,
    @JsonProperty("area") Optional<NodeCode> area,
    @JsonProperty("fullTime") Optional<Boolean> fullTime) {

  @JsonCreator
  MembershipForm {}

  Membership toValue() {
    Membership.Builder b = Membership.builder();
    if (person != null) {
      b.person(person);
    }
    if (organization != null) {
      b.organization(organization);
    }
    if (role != null) {
      b.role(role);
    }
    if (start != null) {
      b.start(start);
    }
    Forms.present(endStatus).ifPresent(b::endStatus);
    Forms.present(fullTime).ifPresent(b::fullTime);
    return b.end(Forms.present(end))
        .confirmedUntil(Forms.present(confirmedUntil))
        .onBehalfOf(Forms.present(onBehalfOf))
        .area(Forms.present(area))
        .build();
  }
}
