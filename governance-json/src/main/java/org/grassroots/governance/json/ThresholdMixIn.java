package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.deliberation.Threshold;

/**
 * Writes {@link Threshold}: {@code {"numerator": 1, "denominator": 2, "strict": true}} is "more
 * than half"; read through {@link ThresholdForm}. Schema: {@code matter.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"numerator", "denominator", "strict"})
@JsonSerialize(as = Threshold.class)
abstract class ThresholdMixIn {
  private ThresholdMixIn() {}

  @JsonProperty("numerator")
  abstract int numerator();

  @JsonProperty("denominator")
  abstract int denominator();

  @JsonProperty("strict")
  abstract boolean strict();
}
