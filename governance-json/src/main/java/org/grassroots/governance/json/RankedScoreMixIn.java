package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.evaluation.RankedScore;
import org.grassroots.governance.id.DivisionCode;

/** Binds {@link RankedScore} to its public factory {@link RankedScore#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"rank", "area", "points"})
@JsonSerialize(as = RankedScore.class)
abstract class RankedScoreMixIn {
  private RankedScoreMixIn() {}

  @JsonCreator
  static RankedScore of(
      @JsonProperty(value = "rank", required = true) int rank,
      @JsonProperty(value = "area", required = true) DivisionCode area,
      @JsonProperty(value = "points", required = true) double points) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("rank")
  abstract int rank();

  @JsonProperty("area")
  abstract DivisionCode area();

  @JsonProperty("points")
  abstract double points();
}
