package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.Delivery;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.ObligationEvent;

/**
 * Writes {@link Ledger} through its public accessors; it is read through {@link LedgerForm}.
 * Schema: {@code agreement.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"agreement", "deliveries", "events"})
@JsonSerialize(as = Ledger.class)
abstract class LedgerMixIn {
  private LedgerMixIn() {}

  @JsonProperty("agreement")
  abstract CoBuildingAgreement agreement();

  @JsonProperty("deliveries")
  abstract List<Delivery> deliveries();

  @JsonProperty("events")
  abstract List<ObligationEvent> events();
}
