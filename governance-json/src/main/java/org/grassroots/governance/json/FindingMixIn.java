package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.grassroots.governance.structure.Finding;
import org.grassroots.governance.structure.Outcome;

/**
 * Binds a policy {@link Finding} to its public factory {@link Finding#of}: rule, subject,
 * outcome (its name), measured (a JSON number, read exactly), expected and detail, all required.
 * Schema: {@code structure.schema.json} ({@code finding}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"rule", "subject", "outcome", "measured", "expected", "detail"})
@JsonSerialize(as = Finding.class)
abstract class FindingMixIn {
  private FindingMixIn() {}

  @JsonCreator
  static Finding of(
      @JsonProperty(value = "rule", required = true) String rule,
      @JsonProperty(value = "subject", required = true) String subject,
      @JsonProperty(value = "outcome", required = true) Outcome outcome,
      @JsonProperty(value = "measured", required = true) BigDecimal measured,
      @JsonProperty(value = "expected", required = true) String expected,
      @JsonProperty(value = "detail", required = true) String detail) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("rule")
  abstract String rule();

  @JsonProperty("subject")
  abstract String subject();

  @JsonProperty("outcome")
  abstract Outcome outcome();

  @JsonProperty("measured")
  abstract BigDecimal measured();

  @JsonProperty("expected")
  abstract String expected();

  @JsonProperty("detail")
  abstract String detail();
}
