package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.ServiceArea;
import org.grassroots.governance.validation.Violations;

/**
 * The JSON properties of a {@link ServiceArea}, built through its public factories {@link
 * ServiceArea#subtree} and {@link ServiceArea#within}; exactly one must be given.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ServiceAreaForm(
    @JsonProperty("root") Optional<NodeCode> root,
    @JsonProperty("reach") Optional<MeetingLevel> reach) {

  @JsonCreator
  ServiceAreaForm {}

  ServiceArea toValue() {
    Optional<NodeCode> r = Forms.present(root);
    Optional<MeetingLevel> l = Forms.present(reach);
    Violations.of("ServiceArea")
        .check(r.isPresent() != l.isPresent(), "root", r, JsonMessages.AREA_ONE_OF)
        .throwIfAny();
    return r.isPresent() ? ServiceArea.subtree(r.get()) : ServiceArea.within(l.orElseThrow());
  }
}
