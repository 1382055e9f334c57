package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.Delivery;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.ObligationEvent;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Ledger}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record LedgerForm(
    @JsonProperty(value = "agreement", required = true) @Nullable CoBuildingAgreement agreement,
    @JsonProperty("deliveries") Optional<List<Delivery>> deliveries,
    @JsonProperty("events") Optional<List<ObligationEvent>> events) {

  @JsonCreator
  LedgerForm {}

  Ledger toValue() {
    Ledger.Builder b = Ledger.builder();
    if (agreement != null) {
      b.agreement(agreement);
    }
    Forms.elements("Ledger", "deliveries", deliveries).ifPresent(b::deliveries);
    Forms.elements("Ledger", "events", events).ifPresent(b::events);
    return b.build();
  }
}
