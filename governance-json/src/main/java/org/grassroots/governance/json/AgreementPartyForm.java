package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.agreement.AgreementParty;
import org.grassroots.governance.agreement.PartyRole;
import org.grassroots.governance.id.OrganizationId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link AgreementParty}, built through its public factory (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record AgreementPartyForm(
    @JsonProperty(value = "organization", required = true) @Nullable OrganizationId organization,
    @JsonProperty(value = "role", required = true) @Nullable PartyRole role,
    @JsonProperty("through") Optional<OrganizationId> through) {

  @JsonCreator
  AgreementPartyForm {}

  AgreementParty toValue() {
    if (organization == null || role == null) {
      // the factory takes both; the builder-less type reports them as required
      org.grassroots.governance.validation.Violations v =
          org.grassroots.governance.validation.Violations.of("AgreementParty")
              .require("organization", organization).require("role", role);
      v.throwIfAny();
    }
    AgreementParty p = AgreementParty.of(
        java.util.Objects.requireNonNull(organization, "organization"),
        java.util.Objects.requireNonNull(role, "role"));
    Optional<OrganizationId> t = Forms.present(through);
    return t.isPresent() ? p.withThrough(t.get()) : p;
  }
}
