package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Project;

/**
 * Writes {@link Project} through its public accessors; it is read through {@link ProjectForm}.
 * Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "title", "demands", "fundedBy", "community"})
@JsonSerialize(as = Project.class)
abstract class ProjectMixIn {
  private ProjectMixIn() {}

  @JsonProperty("id")
  abstract ProjectId id();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("demands")
  abstract List<DemandId> demands();

  @JsonProperty("fundedBy")
  abstract List<ResourceId> fundedBy();

  @JsonProperty("community")
  abstract Optional<DivisionCode> community();
}
