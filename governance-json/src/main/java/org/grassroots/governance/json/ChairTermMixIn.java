package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.structure.ChairTerm;

/** Binds {@link ChairTerm} through its public factory {@link ChairTerm#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"chair", "start", "end"})
@JsonSerialize(as = ChairTerm.class)
abstract class ChairTermMixIn {
  private ChairTermMixIn() {}

  @JsonCreator
  static ChairTerm of(
      @JsonProperty(value = "chair", required = true) PersonId chair,
      @JsonProperty(value = "start", required = true) LocalDate start,
      @JsonProperty(value = "end", required = true) LocalDate end) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("chair")
  abstract PersonId chair();

  @JsonProperty("start")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate start();

  @JsonProperty("end")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate end();
}
