package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.deliberation.MatterEvent;
import org.grassroots.governance.deliberation.MatterId;
import org.grassroots.governance.deliberation.MatterKind;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.ProjectId;

/** Writes {@link Matter}; read through {@link MatterForm}. Schema: {@code matter.schema.json}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "title", "kind", "community", "project", "history"})
@JsonSerialize(as = Matter.class)
abstract class MatterMixIn {
  private MatterMixIn() {}

  @JsonProperty("id")
  abstract MatterId id();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("kind")
  abstract MatterKind kind();

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("project")
  abstract Optional<ProjectId> project();

  @JsonProperty("history")
  abstract List<MatterEvent> history();
}
