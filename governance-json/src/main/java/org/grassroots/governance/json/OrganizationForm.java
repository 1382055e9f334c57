package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.OrganizationKind;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of an {@link Organization}, built through {@link Organization#builder()}
 * (see {@link FormDeserializer}). A missing mandatory property is refused by Jackson ({@code
 * required}); should one arrive as null anyway (a plain mapper), the builder's check reports it.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record OrganizationForm(
    @JsonProperty(value = "id", required = true) @Nullable OrganizationId id,
    @JsonProperty(value = "name", required = true) @Nullable String name,
    @JsonProperty(value = "kind", required = true) @Nullable OrganizationKind kind,
    @JsonProperty("creditCode") Optional<UnifiedSocialCreditCode> creditCode,
    @JsonProperty(value = "seat", required = true) @Nullable NodeCode seat,
    @JsonProperty("hostUnit") Optional<OrganizationId> hostUnit) {

  @JsonCreator
  OrganizationForm {}

  Organization toValue() {
    Organization.Builder b = Organization.builder();
    if (id != null) {
      b.id(id);
    }
    if (name != null) {
      b.name(name);
    }
    if (kind != null) {
      b.kind(kind);
    }
    if (seat != null) {
      b.seat(seat);
    }
    return b.creditCode(Forms.present(creditCode)).hostUnit(Forms.present(hostUnit)).build();
  }
}
