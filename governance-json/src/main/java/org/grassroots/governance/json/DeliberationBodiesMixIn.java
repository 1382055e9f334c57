package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.grassroots.governance.deliberation.Body;
import org.grassroots.governance.deliberation.BodyKind;
import org.grassroots.governance.deliberation.DeliberationBodies;
import org.grassroots.governance.id.DivisionCode;

/**
 * Writes {@link DeliberationBodies} (the community and its four bodies by kind); it is read
 * through {@link DeliberationBodiesForm}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"community", "bodies"})
@JsonSerialize(as = DeliberationBodies.class)
abstract class DeliberationBodiesMixIn {
  private DeliberationBodiesMixIn() {}

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("bodies")
  abstract Map<BodyKind, Body> bodies();
}
