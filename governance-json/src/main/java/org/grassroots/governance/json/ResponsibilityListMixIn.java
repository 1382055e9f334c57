package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.structure.ResponsibilityList;
import org.grassroots.governance.structure.Duty;

/** Binds {@link ResponsibilityList} (an object with the array {@code duties}) through its public factory {@link ResponsibilityList#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"duties"})
@JsonSerialize(as = ResponsibilityList.class)
abstract class ResponsibilityListMixIn {
  private ResponsibilityListMixIn() {}

  @JsonCreator
  static ResponsibilityList of(@JsonProperty(value = "duties", required = true) List<Duty> duties) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("duties")
  abstract List<Duty> duties();
}
