package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.matching.Coverage;

/**
 * Writes {@link Coverage} with its rate; derived data of a result, never read on its own.
 * Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"demands", "fullyServed", "demanded", "served", "rate"})
@JsonSerialize(as = Coverage.class)
abstract class CoverageMixIn {
  private CoverageMixIn() {}

  @JsonProperty("demands")
  abstract int demands();

  @JsonProperty("fullyServed")
  abstract int fullyServed();

  @JsonProperty("demanded")
  abstract long demanded();

  @JsonProperty("served")
  abstract long served();

  @JsonProperty("rate")
  abstract double rate();
}
