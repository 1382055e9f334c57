package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Project;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Project}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ProjectForm(
    @JsonProperty(value = "id", required = true) @Nullable ProjectId id,
    @JsonProperty(value = "title", required = true) @Nullable String title,
    @JsonProperty(value = "demands", required = true) Optional<List<DemandId>> demands,
    @JsonProperty("fundedBy") Optional<List<ResourceId>> fundedBy,
    @JsonProperty("community") Optional<DivisionCode> community) {

  @JsonCreator
  ProjectForm {}

  Project toValue() {
    List<DemandId> d = Forms.elements("Project", "demands", demands).orElse(List.of());
    List<ResourceId> f = Forms.elements("Project", "fundedBy", fundedBy).orElse(List.of());
    Project.Builder b = Project.builder();
    if (id != null) {
      b.id(id);
    }
    if (title != null) {
      b.title(title);
    }
    return b.demands(d).fundedBy(f).community(Forms.present(community)).build();
  }
}
