package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Unmatched;
import org.grassroots.governance.matching.UnmatchedReason;

/**
 * Binds {@link Unmatched}, read through {@link Unmatched#of} (which ties the reason to the
 * resources that filled up). Inside a result it is derived data, recomputed on read and compared
 * (see {@link SolvedProblemForm}). Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"demand", "quantity", "reason", "filledResources"})
@JsonSerialize(as = Unmatched.class)
abstract class UnmatchedMixIn {
  private UnmatchedMixIn() {}

  @JsonCreator
  static Unmatched of(
      @JsonProperty(value = "demand", required = true) DemandId demand,
      @JsonProperty(value = "quantity", required = true) int quantity,
      @JsonProperty(value = "reason", required = true) UnmatchedReason reason,
      @JsonProperty(value = "filledResources", required = true) List<ResourceId> filled) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("demand")
  abstract DemandId demand();

  @JsonProperty("quantity")
  abstract int quantity();

  @JsonProperty("reason")
  abstract UnmatchedReason reason();

  @JsonProperty("filledResources")
  abstract List<ResourceId> filledResources();
}
