package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.agreement.ObligationEvent;
import org.grassroots.governance.agreement.ObligationKind;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;

/**
 * Writes {@link ObligationEvent} through its public accessors; it is read through {@link ObligationEventForm}.
 * Schema: {@code agreement.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"kind", "obligor", "date", "person"})
@JsonSerialize(as = ObligationEvent.class)
abstract class ObligationEventMixIn {
  private ObligationEventMixIn() {}

  @JsonProperty("kind")
  abstract ObligationKind kind();

  @JsonProperty("obligor")
  abstract OrganizationId obligor();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate date();

  @JsonProperty("person")
  abstract Optional<PersonId> person();
}
