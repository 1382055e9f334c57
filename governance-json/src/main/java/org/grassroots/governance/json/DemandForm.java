package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.QuantityUnit;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.matching.VulnerableGroup;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Demand}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read. {@code urgency} defaults to
 * {@code ROUTINE}; the sets refuse a repeated element.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record DemandForm(
    @JsonProperty(value = "id", required = true) @Nullable DemandId id,
    @JsonProperty(value = "category", required = true) @Nullable ServiceCategory category,
    @JsonProperty(value = "quantity", required = true) @Nullable Integer quantity,
    @JsonProperty(value = "unit", required = true) @Nullable QuantityUnit unit,
    @JsonProperty("urgency") Optional<Urgency> urgency,
    @JsonProperty("vulnerableGroups") Optional<List<VulnerableGroup>> vulnerableGroups,
    @JsonProperty("requiredSkills") Optional<List<String>> requiredSkills,
    @JsonProperty(value = "location", required = true) @Nullable NodeCode location,
    @JsonProperty("window") Optional<TimeWindow> window) {

  @JsonCreator
  DemandForm {}

  Demand toValue() {
    Violations.of("Demand").require("quantity", quantity).throwIfAny();
    List<VulnerableGroup> groups = Forms.distinct("Demand", "vulnerableGroups", vulnerableGroups);
    List<String> skills = Forms.distinct("Demand", "requiredSkills", requiredSkills);
    Demand.Builder b = Demand.builder();
    if (id != null) {
      b.id(id);
    }
    if (category != null) {
      b.category(category);
    }
    if (quantity != null) {
      b.quantity(quantity);
    }
    if (unit != null) {
      b.unit(unit);
    }
    if (location != null) {
      b.location(location);
    }
    Forms.present(urgency).ifPresent(b::urgency);
    return b.vulnerableGroups(groups).requiredSkills(skills).window(Forms.present(window)).build();
  }
}
