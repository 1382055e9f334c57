package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.deliberation.Body;
import org.grassroots.governance.deliberation.BodyKind;
import org.grassroots.governance.deliberation.VotingRule;
import org.grassroots.governance.id.PersonId;

/** Writes {@link Body}; read through {@link BodyForm}. Schema: {@code matter.schema.json}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"kind", "name", "members", "rule"})
@JsonSerialize(as = Body.class)
abstract class BodyMixIn {
  private BodyMixIn() {}

  @JsonProperty("kind")
  abstract BodyKind kind();

  @JsonProperty("name")
  abstract Optional<String> name();

  @JsonProperty("members")
  abstract Set<PersonId> members();

  @JsonProperty("rule")
  abstract VotingRule rule();
}
