package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Provider;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.ServiceArea;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;

/**
 * Writes {@link Resource} through its public accessors; it is read through {@link ResourceForm}.
 * Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "provider", "categories", "skills", "capacity", "location",
    "serviceArea", "availability", "pairedCommunity"})
@JsonSerialize(as = Resource.class)
abstract class ResourceMixIn {
  private ResourceMixIn() {}

  @JsonProperty("id")
  abstract ResourceId id();

  @JsonProperty("provider")
  abstract Provider provider();

  @JsonProperty("categories")
  abstract Set<ServiceCategory> categories();

  @JsonProperty("skills")
  abstract Set<String> skills();

  @JsonProperty("capacity")
  abstract int capacity();

  @JsonProperty("location")
  abstract NodeCode location();

  @JsonProperty("serviceArea")
  abstract ServiceArea serviceArea();

  @JsonProperty("availability")
  abstract List<TimeWindow> availability();

  @JsonProperty("pairedCommunity")
  abstract Optional<DivisionCode> pairedCommunity();
}
