package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.agreement.Obligation;
import org.grassroots.governance.agreement.ObligationKind;
import org.grassroots.governance.id.OrganizationId;

/** Binds {@link Obligation} through its public factory {@link Obligation#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"kind", "obligor", "count"})
@JsonSerialize(as = Obligation.class)
abstract class ObligationMixIn {
  private ObligationMixIn() {}

  @JsonCreator
  static Obligation of(
      @JsonProperty(value = "kind", required = true) ObligationKind kind,
      @JsonProperty(value = "obligor", required = true) OrganizationId obligor,
      @JsonProperty(value = "count", required = true) int count) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("kind")
  abstract ObligationKind kind();

  @JsonProperty("obligor")
  abstract OrganizationId obligor();

  @JsonProperty("count")
  abstract int count();
}
