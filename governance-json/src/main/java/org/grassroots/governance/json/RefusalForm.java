package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.deliberation.Refusal;
import org.grassroots.governance.deliberation.RefusalReason;
import org.grassroots.governance.deliberation.Step;
import org.grassroots.governance.deliberation.VoteCount;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Refusal}, built through {@link Refusal#builder()} (a count is
 * given exactly for the quorum and majority reasons).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record RefusalForm(
    @JsonProperty(value = "reason", required = true) @Nullable RefusalReason reason,
    @JsonProperty("attemptedStep") Optional<Step> attemptedStep,
    @JsonProperty("expectedStep") Optional<Step> expectedStep,
    @JsonProperty("count") Optional<VoteCount> count,
    @JsonProperty(value = "message", required = true) @Nullable String message) {

  @JsonCreator
  RefusalForm {}

  Refusal toValue() {
    Refusal.Builder b = Refusal.builder();
    if (reason != null) {
      b.reason(reason);
    }
    if (message != null) {
      b.message(message);
    }
    return b.attemptedStep(Forms.present(attemptedStep))
        .expectedStep(Forms.present(expectedStep)).count(Forms.present(count)).build();
  }
}
