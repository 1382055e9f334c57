package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.simulation.IntRange;

/**
 * Binds {@link IntRange} to its public factory {@link IntRange#of}: {@code {"min": 4, "max":
 * 10}}. Schema: {@code scenario.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"min", "max"})
@JsonSerialize(as = IntRange.class)
abstract class IntRangeMixIn {
  private IntRangeMixIn() {}

  @JsonCreator
  static IntRange of(
      @JsonProperty(value = "min", required = true) int min,
      @JsonProperty(value = "max", required = true) int max) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("min")
  abstract int min();

  @JsonProperty("max")
  abstract int max();
}
