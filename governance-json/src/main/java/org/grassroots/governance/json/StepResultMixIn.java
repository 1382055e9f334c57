package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.deliberation.Refusal;
import org.grassroots.governance.deliberation.StepResult;

/**
 * Writes {@link StepResult}: the matter as it now stands and the refusal, absent when accepted;
 * it is read through {@link StepResultForm}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"matter", "refusal"})
@JsonSerialize(as = StepResult.class)
abstract class StepResultMixIn {
  private StepResultMixIn() {}

  @JsonProperty("matter")
  abstract Matter matter();

  @JsonProperty("refusal")
  abstract Optional<Refusal> refusal();
}
