package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.grassroots.governance.structure.AdministrativeTask;
import org.grassroots.governance.structure.TaskId;

/**
 * Binds an {@link AdministrativeTask} to its public factory {@link AdministrativeTask#of}:
 * task (its id), title, issuedBy and pushedOn (ISO date), all required. Schema: {@code
 * structure.schema.json} ({@code administrativeTask}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"task", "title", "issuedBy", "pushedOn"})
@JsonSerialize(as = AdministrativeTask.class)
abstract class AdministrativeTaskMixIn {
  private AdministrativeTaskMixIn() {}

  @JsonCreator
  static AdministrativeTask of(
      @JsonProperty(value = "task", required = true) TaskId task,
      @JsonProperty(value = "title", required = true) String title,
      @JsonProperty(value = "issuedBy", required = true) String issuedBy,
      @JsonProperty(value = "pushedOn", required = true) LocalDate pushedOn) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("task")
  abstract TaskId task();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("issuedBy")
  abstract String issuedBy();

  @JsonProperty("pushedOn")
  abstract LocalDate pushedOn();
}
