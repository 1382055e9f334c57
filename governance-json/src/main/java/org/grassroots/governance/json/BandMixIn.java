package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.evaluation.Band;

/** Binds {@link Band} to its public factory {@link Band#of}. Schema: {@code indicator-system.schema.json}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"lowerBound", "fraction"})
@JsonSerialize(as = Band.class)
abstract class BandMixIn {
  private BandMixIn() {}

  @JsonCreator
  static Band of(
      @JsonProperty(value = "lowerBound", required = true) double lowerBound,
      @JsonProperty(value = "fraction", required = true) double fraction) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("lowerBound")
  abstract double lowerBound();

  @JsonProperty("fraction")
  abstract double fraction();
}
