package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.matching.Provider;
import org.grassroots.governance.matching.ProviderKind;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Provider}, built through its public factories {@link
 * Provider#organisation} and {@link Provider#person}; exactly one of the two ids must be given.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ProviderForm(
    @JsonProperty(value = "kind", required = true) @Nullable ProviderKind kind,
    @JsonProperty("organisation") Optional<OrganizationId> organisation,
    @JsonProperty("person") Optional<PersonId> person) {

  @JsonCreator
  ProviderForm {}

  Provider toValue() {
    Optional<OrganizationId> o = Forms.present(organisation);
    Optional<PersonId> p = Forms.present(person);
    Violations.of("Provider")
        .require("kind", kind)
        .check(o.isPresent() != p.isPresent(), "organisation", o, JsonMessages.PROVIDER_ONE_OF)
        .throwIfAny();
    ProviderKind k = java.util.Objects.requireNonNull(kind, "kind");
    return o.isPresent() ? Provider.organisation(k, o.get()) : Provider.person(k, p.orElseThrow());
  }
}
