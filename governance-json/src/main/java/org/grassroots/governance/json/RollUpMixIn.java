package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.evaluation.AreaScore;
import org.grassroots.governance.evaluation.RollUp;

/** Binds {@link RollUp} to its public factory {@link RollUp#of(List)}: the area scores. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"areas"})
@JsonSerialize(as = RollUp.class)
abstract class RollUpMixIn {
  private RollUpMixIn() {}

  @JsonCreator
  static RollUp of(@JsonProperty(value = "areas", required = true) List<AreaScore> areas) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("areas")
  abstract List<AreaScore> areas();
}
