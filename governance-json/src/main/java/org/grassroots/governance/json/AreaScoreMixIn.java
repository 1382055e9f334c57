package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.grassroots.governance.evaluation.AreaScore;
import org.grassroots.governance.evaluation.Section;
import org.grassroots.governance.id.DivisionCode;

/** Binds {@link AreaScore} to its public factory {@link AreaScore#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"area", "communities", "totalWeight", "points", "sectionPoints"})
@JsonSerialize(as = AreaScore.class)
abstract class AreaScoreMixIn {
  private AreaScoreMixIn() {}

  @JsonCreator
  static AreaScore of(
      @JsonProperty(value = "area", required = true) DivisionCode area,
      @JsonProperty(value = "communities", required = true) int communities,
      @JsonProperty(value = "totalWeight", required = true) double totalWeight,
      @JsonProperty(value = "points", required = true) double points,
      @JsonProperty(value = "sectionPoints", required = true) Map<Section, Double> sectionPoints) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("area")
  abstract DivisionCode area();

  @JsonProperty("communities")
  abstract int communities();

  @JsonProperty("totalWeight")
  abstract double totalWeight();

  @JsonProperty("points")
  abstract double points();

  @JsonProperty("sectionPoints")
  abstract Map<Section, Double> sectionPoints();
}
