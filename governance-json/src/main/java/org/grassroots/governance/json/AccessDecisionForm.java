package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.structure.AccessDecision;
import org.grassroots.governance.structure.AccessEntry;
import org.grassroots.governance.structure.AdministrativeTask;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of an {@link AccessDecision}, built through the public {@link
 * AccessDecision#accepted} ({@code entry} required, {@code reason}/{@code message} refused) or
 * {@link AccessDecision#refused} ({@code reason} and {@code message} required, {@code entry}
 * refused), as {@code accepted} says.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record AccessDecisionForm(
    @JsonProperty(value = "accepted", required = true) @Nullable Boolean accepted,
    @JsonProperty(value = "task", required = true) @Nullable AdministrativeTask task,
    @JsonProperty("entry") Optional<AccessEntry> entry,
    @JsonProperty("reason") Optional<AccessDecision.Reason> reason,
    @JsonProperty("message") Optional<String> message) {

  @JsonCreator
  AccessDecisionForm {}

  AccessDecision toValue() {
    Violations v = Violations.of("AccessDecision").require("accepted", accepted)
        .require("task", task);
    v.throwIfAny();
    boolean yes = Boolean.TRUE.equals(accepted);
    Optional<AccessEntry> e = Forms.present(entry);
    Optional<AccessDecision.Reason> why = Forms.present(reason);
    Optional<String> words = Forms.present(message);
    String rule = JsonMessages.f(JsonMessages.NOT_OF_DECISION, yes ? "an accepted" : "a refused");
    if (yes) {
      v.check(e.isPresent(), "entry", null, JsonMessages.REQUIRED)
          .check(why.isEmpty(), "reason", why.orElse(null), rule)
          .check(words.isEmpty(), "message", words.orElse(null), rule);
    } else {
      v.check(e.isEmpty(), "entry", e.map(AccessEntry::task).orElse(null), rule)
          .check(why.isPresent(), "reason", null, JsonMessages.REQUIRED)
          .check(words.isPresent(), "message", null, JsonMessages.REQUIRED);
    }
    v.throwIfAny();
    AdministrativeTask t = Objects.requireNonNull(task, "task");
    return yes ? AccessDecision.accepted(t, e.orElseThrow())
        : AccessDecision.refused(t, why.orElseThrow(), words.orElseThrow());
  }
}
