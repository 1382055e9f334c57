package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.deliberation.Refusal;
import org.grassroots.governance.deliberation.StepResult;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link StepResult}, built through {@link StepResult#accepted} or
 * {@link StepResult#refused}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record StepResultForm(
    @JsonProperty(value = "matter", required = true) @Nullable Matter matter,
    @JsonProperty("refusal") Optional<Refusal> refusal) {

  @JsonCreator
  StepResultForm {}

  StepResult toValue() {
    Violations.of("StepResult").require("matter", matter).throwIfAny();
    Matter m = java.util.Objects.requireNonNull(matter, "matter");
    Optional<Refusal> r = Forms.present(refusal);
    return r.isPresent() ? StepResult.refused(m, r.get()) : StepResult.accepted(m);
  }
}
