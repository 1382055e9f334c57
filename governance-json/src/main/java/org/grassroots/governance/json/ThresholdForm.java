package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.grassroots.governance.deliberation.Threshold;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Threshold}, built through its public factories {@link
 * Threshold#moreThan} ({@code strict}) and {@link Threshold#atLeast}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ThresholdForm(
    @JsonProperty(value = "numerator", required = true) @Nullable Integer numerator,
    @JsonProperty(value = "denominator", required = true) @Nullable Integer denominator,
    @JsonProperty(value = "strict", required = true) @Nullable Boolean strict) {

  @JsonCreator
  ThresholdForm {}

  Threshold toValue() {
    Violations.of("Threshold").require("numerator", numerator).require("denominator", denominator)
        .require("strict", strict).throwIfAny();
    int n = Objects.requireNonNull(numerator, "numerator");
    int d = Objects.requireNonNull(denominator, "denominator");
    return Boolean.TRUE.equals(strict) ? Threshold.moreThan(n, d) : Threshold.atLeast(n, d);
  }
}
