package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.Fulfilment;
import org.grassroots.governance.agreement.Quantity;

/**
 * Binds {@link Fulfilment} to its public factory {@link Fulfilment#of}: the commitment and the
 * quantity delivered (in the commitment's unit); the open part and the ratio are derived.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"commitment", "delivered"})
@JsonSerialize(as = Fulfilment.class)
abstract class FulfilmentMixIn {
  private FulfilmentMixIn() {}

  @JsonCreator
  static Fulfilment of(
      @JsonProperty(value = "commitment", required = true) Commitment commitment,
      @JsonProperty(value = "delivered", required = true) Quantity delivered) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("commitment")
  abstract Commitment commitment();

  @JsonProperty("delivered")
  abstract Quantity delivered();
}
