package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.QuantityUnit;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.matching.VulnerableGroup;

/**
 * Writes {@link Demand} through its public accessors; it is read by {@link DemandDeserializer}.
 * Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "category", "quantity", "unit", "urgency", "vulnerableGroups",
    "requiredSkills", "location", "window"})
@JsonSerialize(as = Demand.class)
abstract class DemandMixIn {
  private DemandMixIn() {}

  @JsonProperty("id")
  abstract DemandId id();

  @JsonProperty("category")
  abstract ServiceCategory category();

  @JsonProperty("quantity")
  abstract int quantity();

  @JsonProperty("unit")
  abstract QuantityUnit unit();

  @JsonProperty("urgency")
  abstract Urgency urgency();

  @JsonProperty("vulnerableGroups")
  abstract Set<VulnerableGroup> vulnerableGroups();

  @JsonProperty("requiredSkills")
  abstract Set<String> requiredSkills();

  @JsonProperty("location")
  abstract NodeCode location();

  @JsonProperty("window")
  abstract Optional<TimeWindow> window();
}
