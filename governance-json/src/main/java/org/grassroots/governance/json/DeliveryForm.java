package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.Delivery;
import org.grassroots.governance.agreement.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Delivery}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record DeliveryForm(
    @JsonProperty(value = "commitment", required = true) @Nullable CommitmentId commitment,
    @JsonProperty(value = "date", required = true) @Nullable LocalDate date,
    @JsonProperty(value = "quantity", required = true) @Nullable Quantity quantity,
    @JsonProperty("declaredOverDelivery") Optional<Boolean> declaredOverDelivery,
    @JsonProperty("note") Optional<String> note) {

  @JsonCreator
  DeliveryForm {}

  Delivery toValue() {
    Delivery.Builder b = Delivery.builder();
    if (commitment != null) {
      b.commitment(commitment);
    }
    if (date != null) {
      b.date(date);
    }
    if (quantity != null) {
      b.quantity(quantity);
    }
    Forms.present(declaredOverDelivery).ifPresent(b::declaredOverDelivery);
    b.note(Forms.present(note));
    return b.build();
  }
}
