package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.structure.AccessList;
import org.grassroots.governance.structure.AccessEntry;

/** Binds {@link AccessList} (an object with the array {@code entries}) through its public factory {@link AccessList#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"entries"})
@JsonSerialize(as = AccessList.class)
abstract class AccessListMixIn {
  private AccessListMixIn() {}

  @JsonCreator
  static AccessList of(@JsonProperty(value = "entries", required = true) List<AccessEntry> entries) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("entries")
  abstract List<AccessEntry> entries();
}
