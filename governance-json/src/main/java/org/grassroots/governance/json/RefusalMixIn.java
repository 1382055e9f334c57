package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.deliberation.Refusal;
import org.grassroots.governance.deliberation.RefusalReason;
import org.grassroots.governance.deliberation.Step;
import org.grassroots.governance.deliberation.VoteCount;

/** Writes {@link Refusal}; it is read through {@link RefusalForm}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"reason", "attemptedStep", "expectedStep", "count", "message"})
@JsonSerialize(as = Refusal.class)
abstract class RefusalMixIn {
  private RefusalMixIn() {}

  @JsonProperty("reason")
  abstract RefusalReason reason();

  @JsonProperty("attemptedStep")
  abstract Optional<Step> attemptedStep();

  @JsonProperty("expectedStep")
  abstract Optional<Step> expectedStep();

  @JsonProperty("count")
  abstract Optional<VoteCount> count();

  @JsonProperty("message")
  abstract String message();
}
