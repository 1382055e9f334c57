package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.PreferenceOrders;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of {@link PreferenceOrders}, built through the public {@link
 * PreferenceOrders#of}: {@code byDemand} and {@code byResource}, each optional (absent: no
 * supplied list on that side). A repeated id in a list is refused at its index
 * ({@code /byDemand/D-1/2}); a null list or id at its own pointer.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record PreferenceOrdersForm(
    @JsonProperty("byDemand") Optional<Map<DemandId, List<ResourceId>>> byDemand,
    @JsonProperty("byResource") Optional<Map<ResourceId, List<DemandId>>> byResource) {

  @JsonCreator
  PreferenceOrdersForm {}

  PreferenceOrders toValue() {
    Map<DemandId, List<ResourceId>> d = Forms.present(byDemand).orElse(Map.of());
    Map<ResourceId, List<DemandId>> r = Forms.present(byResource).orElse(Map.of());
    Violations v = Violations.of("PreferenceOrders");
    nullLists(v, "byDemand", d);
    nullLists(v, "byResource", r);
    v.throwIfAny();
    return PreferenceOrders.of(d, r);
  }

  private static <K, E> void nullLists(
      Violations v, String property, Map<K, @Nullable List<E>> lists) {
    for (Map.Entry<K, @Nullable List<E>> e : lists.entrySet()) {
      v.require(property + "[" + e.getKey() + "]", e.getValue());
    }
  }
}
