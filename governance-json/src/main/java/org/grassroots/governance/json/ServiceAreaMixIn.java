package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.ServiceArea;

/**
 * Writes {@link ServiceArea} (exactly one of {@code root}, a subtree, or {@code reach}, a level
 * around the demand); it is read through {@link ServiceAreaForm}. Schema: {@code
 * matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"root", "reach"})
@JsonSerialize(as = ServiceArea.class)
abstract class ServiceAreaMixIn {
  private ServiceAreaMixIn() {}

  @JsonProperty("root")
  abstract Optional<NodeCode> root();

  @JsonProperty("reach")
  abstract Optional<MeetingLevel> reach();
}
