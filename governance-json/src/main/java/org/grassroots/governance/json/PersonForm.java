package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.structure.Person;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Person}, built through {@link Person#builder()} (see {@link
 * FormDeserializer}); {@code partyMember} may be left out (false, as for the builder).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record PersonForm(
    @JsonProperty(value = "id", required = true) @Nullable PersonId id,
    @JsonProperty(value = "name", required = true) @Nullable String name,
    @JsonProperty("citizenId") Optional<CitizenIdNumber> citizenId,
    @JsonProperty("partyMember") Optional<Boolean> partyMember) {

  @JsonCreator
  PersonForm {}

  Person toValue() {
    Person.Builder b = Person.builder();
    if (id != null) {
      b.id(id);
    }
    if (name != null) {
      b.name(name);
    }
    Forms.present(partyMember).ifPresent(b::partyMember);
    return b.citizenId(Forms.present(citizenId)).build();
  }
}
