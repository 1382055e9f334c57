package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.deliberation.MatterEvent;
import org.grassroots.governance.deliberation.MatterId;
import org.grassroots.governance.deliberation.MatterKind;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Matter}, built through its public builder, which replays the
 * history against 四议两公开: an event out of order is refused at {@code history[i]}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record MatterForm(
    @JsonProperty(value = "id", required = true) @Nullable MatterId id,
    @JsonProperty(value = "title", required = true) @Nullable String title,
    @JsonProperty(value = "kind", required = true) @Nullable MatterKind kind,
    @JsonProperty(value = "community", required = true) @Nullable DivisionCode community,
    @JsonProperty("project") Optional<ProjectId> project,
    @JsonProperty("history") Optional<List<MatterEvent>> history) {

  @JsonCreator
  MatterForm {}

  Matter toValue() {
    List<MatterEvent> h = Forms.elements("Matter", "history", history).orElse(List.of());
    Matter.Builder b = Matter.builder();
    if (id != null) {
      b.id(id);
    }
    if (title != null) {
      b.title(title);
    }
    if (kind != null) {
      b.kind(kind);
    }
    if (community != null) {
      b.community(community);
    }
    Forms.present(project).ifPresent(b::project);
    return b.history(h).build();
  }
}
