package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.deliberation.Body;
import org.grassroots.governance.deliberation.BodyKind;
import org.grassroots.governance.deliberation.VotingRule;
import org.grassroots.governance.id.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Body}, built through its public builder; {@code members} is a
 * set (a repeated member is refused at its index), {@code rule} defaults to {@link
 * VotingRule#defaults()}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record BodyForm(
    @JsonProperty(value = "kind", required = true) @Nullable BodyKind kind,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty(value = "members", required = true) Optional<List<PersonId>> members,
    @JsonProperty("rule") Optional<VotingRule> rule) {

  @JsonCreator
  BodyForm {}

  Body toValue() {
    List<PersonId> m = Forms.distinct("Body", "members", members);
    Body.Builder b = Body.builder().members(m);
    if (kind != null) {
      b.kind(kind);
    }
    Forms.present(name).ifPresent(b::name);
    Forms.present(rule).ifPresent(b::rule);
    return b.build();
  }
}
