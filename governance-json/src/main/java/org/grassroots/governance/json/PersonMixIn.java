package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.structure.Person;

/**
 * Writes {@link Person} through its public accessors, the name and the citizen id number masked
 * unless the write opts in ({@link WriteOptions#revealPersonalData()}); it is read through {@link
 * PersonForm} and {@link Person#builder()}. Schema: {@code structure.schema.json#/$defs/person}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "name", "citizenId", "partyMember"})
@JsonSerialize(as = Person.class)
abstract class PersonMixIn {
  private PersonMixIn() {}

  @JsonProperty("id")
  abstract PersonId id();

  @JsonProperty("name")
  @JsonSerialize(using = PersonalTextSerializer.class)
  abstract String name();

  @JsonProperty("citizenId")
  abstract Optional<CitizenIdNumber> citizenId();

  @JsonProperty("partyMember")
  abstract boolean partyMember();
}
