package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.OrganizationKind;

/**
 * Writes {@link Organization} through its public accessors; it is read through {@link
 * OrganizationForm} and {@link Organization#builder()}. Schema: {@code
 * structure.schema.json#/$defs/organization}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "name", "kind", "creditCode", "seat", "hostUnit"})
@JsonSerialize(as = Organization.class)
abstract class OrganizationMixIn {
  private OrganizationMixIn() {}

  @JsonProperty("id")
  abstract OrganizationId id();

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("kind")
  abstract OrganizationKind kind();

  @JsonProperty("creditCode")
  abstract Optional<UnifiedSocialCreditCode> creditCode();

  @JsonProperty("seat")
  abstract NodeCode seat();

  @JsonProperty("hostUnit")
  abstract Optional<OrganizationId> hostUnit();
}
