package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.agreement.AgreementParty;
import org.grassroots.governance.agreement.PartyRole;
import org.grassroots.governance.id.OrganizationId;

/**
 * Writes {@link AgreementParty} through its public accessors; it is read through {@link AgreementPartyForm}.
 * Schema: {@code agreement.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"organization", "role", "through"})
@JsonSerialize(as = AgreementParty.class)
abstract class AgreementPartyMixIn {
  private AgreementPartyMixIn() {}

  @JsonProperty("organization")
  abstract OrganizationId organization();

  @JsonProperty("role")
  abstract PartyRole role();

  @JsonProperty("through")
  abstract Optional<OrganizationId> through();
}
