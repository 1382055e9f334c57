package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.structure.ChairRotation;
import org.grassroots.governance.structure.ChairTerm;

/** Binds {@link ChairRotation} (an object with the array {@code turns}) through its public factory {@link ChairRotation#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"turns"})
@JsonSerialize(as = ChairRotation.class)
abstract class ChairRotationMixIn {
  private ChairRotationMixIn() {}

  @JsonCreator
  static ChairRotation of(@JsonProperty(value = "turns", required = true) List<ChairTerm> turns) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("turns")
  abstract List<ChairTerm> turns();
}
