package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.Delivery;
import org.grassroots.governance.agreement.Quantity;

/**
 * Writes {@link Delivery} through its public accessors; it is read through {@link DeliveryForm}.
 * Schema: {@code agreement.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"commitment", "date", "quantity", "declaredOverDelivery", "note"})
@JsonSerialize(as = Delivery.class)
abstract class DeliveryMixIn {
  private DeliveryMixIn() {}

  @JsonProperty("commitment")
  abstract CommitmentId commitment();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate date();

  @JsonProperty("quantity")
  abstract Quantity quantity();

  @JsonProperty("declaredOverDelivery")
  abstract boolean declaredOverDelivery();

  @JsonProperty("note")
  abstract Optional<String> note();
}
