package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.structure.AccessEntry;
import org.grassroots.governance.structure.TaskId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of an {@link AccessEntry}, built through {@link AccessEntry#builder()} (see
 * {@link FormDeserializer}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record AccessEntryForm(
    @JsonProperty(value = "task", required = true) @Nullable TaskId task,
    @JsonProperty(value = "title", required = true) @Nullable String title,
    @JsonProperty("basis") Optional<String> basis,
    @JsonProperty("validFrom") Optional<LocalDate> validFrom,
    @JsonProperty("validUntil") Optional<LocalDate> validUntil) {

  @JsonCreator
  AccessEntryForm {}

  AccessEntry toValue() {
    AccessEntry.Builder b = AccessEntry.builder();
    if (task != null) {
      b.task(task);
    }
    if (title != null) {
      b.title(title);
    }
    return b.basis(Forms.present(basis))
        .validFrom(Forms.present(validFrom))
        .validUntil(Forms.present(validUntil))
        .build();
  }
}
