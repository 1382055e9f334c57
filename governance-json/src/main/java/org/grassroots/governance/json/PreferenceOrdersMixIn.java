package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.PreferenceOrders;

/**
 * Writes {@link PreferenceOrders}: {@code byDemand} (demand id → resource ids, most preferred
 * first) and {@code byResource} (resource id → demand ids); read by {@link
 * PreferenceOrdersForm}. Schema: {@code matching.schema.json} ({@code preferenceOrders}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"byDemand", "byResource"})
@JsonSerialize(as = PreferenceOrders.class)
abstract class PreferenceOrdersMixIn {
  private PreferenceOrdersMixIn() {}

  @JsonProperty("byDemand")
  abstract Map<DemandId, List<ResourceId>> byDemand();

  @JsonProperty("byResource")
  abstract Map<ResourceId, List<DemandId>> byResource();
}
