package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.grassroots.governance.deliberation.Body;
import org.grassroots.governance.deliberation.BodyKind;
import org.grassroots.governance.deliberation.DeliberationBodies;
import org.grassroots.governance.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of {@link DeliberationBodies}, built through {@link
 * DeliberationBodies#builder()} (see {@link FormDeserializer}): a missing body is refused at
 * {@code bodies/<KIND>}, a body under another kind's key at {@code bodies/<KIND>/kind}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record DeliberationBodiesForm(
    @JsonProperty(value = "community", required = true) @Nullable DivisionCode community,
    @JsonProperty(value = "bodies", required = true) @Nullable Map<BodyKind, Body> bodies) {

  @JsonCreator
  DeliberationBodiesForm {}

  DeliberationBodies toValue() {
    DeliberationBodies.Builder b = DeliberationBodies.builder();
    if (community != null) {
      b.community(community);
    }
    if (bodies != null) {
      org.grassroots.governance.validation.Violations v =
          org.grassroots.governance.validation.Violations.of("DeliberationBodies");
      bodies.forEach((k, x) -> v.check(x != null, "bodies." + k, "null", JsonMessages.NOT_NULL));
      v.throwIfAny();
      b.bodies(bodies);
    }
    return b.build();
  }
}
