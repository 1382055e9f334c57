package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Provider;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.ServiceArea;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Resource}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read; the sets refuse a repeated element.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ResourceForm(
    @JsonProperty(value = "id", required = true) @Nullable ResourceId id,
    @JsonProperty(value = "provider", required = true) @Nullable Provider provider,
    @JsonProperty(value = "categories", required = true)
        Optional<List<ServiceCategory>> categories,
    @JsonProperty("skills") Optional<List<String>> skills,
    @JsonProperty(value = "capacity", required = true) @Nullable Integer capacity,
    @JsonProperty(value = "location", required = true) @Nullable NodeCode location,
    @JsonProperty(value = "serviceArea", required = true) @Nullable ServiceArea serviceArea,
    @JsonProperty("availability") Optional<List<TimeWindow>> availability,
    @JsonProperty("pairedCommunity") Optional<DivisionCode> pairedCommunity) {

  @JsonCreator
  ResourceForm {}

  Resource toValue() {
    Violations.of("Resource").require("capacity", capacity).throwIfAny();
    List<ServiceCategory> cats = Forms.distinct("Resource", "categories", categories);
    List<String> sk = Forms.distinct("Resource", "skills", skills);
    List<TimeWindow> av = Forms.elements("Resource", "availability", availability)
        .orElse(List.of());
    Resource.Builder b = Resource.builder();
    if (id != null) {
      b.id(id);
    }
    if (provider != null) {
      b.provider(provider);
    }
    if (capacity != null) {
      b.capacity(capacity);
    }
    if (location != null) {
      b.location(location);
    }
    if (serviceArea != null) {
      b.serviceArea(serviceArea);
    }
    return b.categories(cats).skills(sk).availability(av)
        .pairedCommunity(Forms.present(pairedCommunity)).build();
  }
}
