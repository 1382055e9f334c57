package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.deliberation.Tally;

/** Binds {@link Tally} to its public factory {@link Tally#of}. Schema: {@code matter.schema.json}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"inFavour", "against", "abstaining"})
@JsonSerialize(as = Tally.class)
abstract class TallyMixIn {
  private TallyMixIn() {}

  @JsonCreator
  static Tally of(
      @JsonProperty(value = "inFavour", required = true) int inFavour,
      @JsonProperty(value = "against", required = true) int against,
      @JsonProperty(value = "abstaining", required = true) int abstaining) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("inFavour")
  abstract int inFavour();

  @JsonProperty("against")
  abstract int against();

  @JsonProperty("abstaining")
  abstract int abstaining();
}
