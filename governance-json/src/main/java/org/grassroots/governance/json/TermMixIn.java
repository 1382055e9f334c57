package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.grassroots.governance.agreement.Term;

/** Binds {@link Term} through its public factory {@link Term#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"start", "end"})
@JsonSerialize(as = Term.class)
abstract class TermMixIn {
  private TermMixIn() {}

  @JsonCreator
  static Term of(
      @JsonProperty(value = "start", required = true) LocalDate start,
      @JsonProperty(value = "end", required = true) LocalDate end) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("start")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate start();

  @JsonProperty("end")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate end();
}
