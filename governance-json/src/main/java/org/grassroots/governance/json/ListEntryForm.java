package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.agreement.ListEntry;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link ListEntry}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ListEntryForm(
    @JsonProperty(value = "kind", required = true) org.grassroots.governance.agreement.@Nullable ListKind kind,
    @JsonProperty(value = "title", required = true) @Nullable String title,
    @JsonProperty("raisedBy") Optional<OrganizationId> raisedBy,
    @JsonProperty("demand") Optional<DemandId> demand,
    @JsonProperty("resource") Optional<ResourceId> resource,
    @JsonProperty("project") Optional<ProjectId> project) {

  @JsonCreator
  ListEntryForm {}

  ListEntry toValue() {
    ListEntry.Builder b = ListEntry.builder();
    if (kind != null) {
      b.kind(kind);
    }
    if (title != null) {
      b.title(title);
    }
    b.raisedBy(Forms.present(raisedBy));
    b.demand(Forms.present(demand));
    b.resource(Forms.present(resource));
    b.project(Forms.present(project));
    return b.build();
  }
}
