package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Allocation;
import org.grassroots.governance.matching.MeetingLevel;

/**
 * Binds {@link Allocation} to its public factory {@link Allocation#of}; whether it fits its
 * problem is checked when the result is built. Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"demand", "resource", "quantity", "unitCost", "level"})
@JsonSerialize(as = Allocation.class)
abstract class AllocationMixIn {
  private AllocationMixIn() {}

  @JsonCreator
  static Allocation of(
      @JsonProperty(value = "demand", required = true) DemandId demand,
      @JsonProperty(value = "resource", required = true) ResourceId resource,
      @JsonProperty(value = "quantity", required = true) int quantity,
      @JsonProperty(value = "unitCost", required = true) int unitCost,
      @JsonProperty(value = "level", required = true) MeetingLevel level) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("demand")
  abstract DemandId demand();

  @JsonProperty("resource")
  abstract ResourceId resource();

  @JsonProperty("quantity")
  abstract int quantity();

  @JsonProperty("unitCost")
  abstract int unitCost();

  @JsonProperty("level")
  abstract MeetingLevel level();
}
