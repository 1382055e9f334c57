package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.structure.AccessEntry;
import org.grassroots.governance.structure.TaskId;

/**
 * Writes {@link AccessEntry} through its public accessors; it is read through {@link
 * AccessEntryForm} and {@link AccessEntry#builder()}. Schema: {@code
 * structure.schema.json#/$defs/accessEntry}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"task", "title", "basis", "validFrom", "validUntil"})
@JsonSerialize(as = AccessEntry.class)
abstract class AccessEntryMixIn {
  private AccessEntryMixIn() {}

  @JsonProperty("task")
  abstract TaskId task();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("basis")
  abstract Optional<String> basis();

  @JsonProperty("validFrom")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract Optional<LocalDate> validFrom();

  @JsonProperty("validUntil")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract Optional<LocalDate> validUntil();
}
