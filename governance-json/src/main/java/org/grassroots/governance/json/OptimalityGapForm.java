package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.matching.OptimalityGap;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of an {@link OptimalityGap}, built through the public {@link
 * OptimalityGap#of}: both required; {@code costGap} {@code null} stands for +∞.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record OptimalityGapForm(
    @JsonProperty(value = "weightedServedGap", required = true) @Nullable Double weightedServedGap,
    @JsonProperty(value = "costGap", required = true) Optional<Double> costGap) {

  @JsonCreator
  OptimalityGapForm {}

  OptimalityGap toValue() {
    Violations.of("OptimalityGap").require("weightedServedGap", weightedServedGap).throwIfAny();
    return OptimalityGap.of(Objects.requireNonNull(weightedServedGap, "weightedServedGap"),
        Forms.present(costGap).orElse(Double.POSITIVE_INFINITY));
  }
}
