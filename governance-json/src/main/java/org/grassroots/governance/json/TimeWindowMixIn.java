package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.grassroots.governance.matching.TimeWindow;

/**
 * Binds {@link TimeWindow} to its public factory {@link TimeWindow#of}; instants are RFC 3339
 * strings (written in UTC, {@code Z}; read with any offset). Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"start", "end"})
@JsonSerialize(as = TimeWindow.class)
abstract class TimeWindowMixIn {
  private TimeWindowMixIn() {}

  @JsonCreator
  static TimeWindow of(
      @JsonProperty(value = "start", required = true) Instant start,
      @JsonProperty(value = "end", required = true) Instant end) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("start")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract Instant start();

  @JsonProperty("end")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract Instant end();
}
