package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.matching.Provider;
import org.grassroots.governance.matching.ProviderKind;

/**
 * Writes {@link Provider} (kind and exactly one of organisation or person); it is read through
 * {@link ProviderForm}. Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"kind", "organisation", "person"})
@JsonSerialize(as = Provider.class)
abstract class ProviderMixIn {
  private ProviderMixIn() {}

  @JsonProperty("kind")
  abstract ProviderKind kind();

  @JsonProperty("organisation")
  abstract Optional<OrganizationId> organisation();

  @JsonProperty("person")
  abstract Optional<PersonId> person();
}
