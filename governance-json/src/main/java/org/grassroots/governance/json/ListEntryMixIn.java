package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.agreement.ListEntry;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;

/**
 * Writes {@link ListEntry} through its public accessors; it is read through {@link ListEntryForm}.
 * Schema: {@code agreement.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"kind", "title", "raisedBy", "demand", "resource", "project"})
@JsonSerialize(as = ListEntry.class)
abstract class ListEntryMixIn {
  private ListEntryMixIn() {}

  @JsonProperty("kind")
  abstract org.grassroots.governance.agreement.ListKind kind();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("raisedBy")
  abstract Optional<OrganizationId> raisedBy();

  @JsonProperty("demand")
  abstract Optional<DemandId> demand();

  @JsonProperty("resource")
  abstract Optional<ResourceId> resource();

  @JsonProperty("project")
  abstract Optional<ProjectId> project();
}
