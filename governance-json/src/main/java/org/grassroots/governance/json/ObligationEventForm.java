package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.agreement.ObligationEvent;
import org.grassroots.governance.agreement.ObligationKind;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link ObligationEvent}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ObligationEventForm(
    @JsonProperty(value = "kind", required = true) @Nullable ObligationKind kind,
    @JsonProperty(value = "obligor", required = true) @Nullable OrganizationId obligor,
    @JsonProperty(value = "date", required = true) @Nullable LocalDate date,
    @JsonProperty("person") Optional<PersonId> person) {

  @JsonCreator
  ObligationEventForm {}

  ObligationEvent toValue() {
    ObligationEvent.Builder b = ObligationEvent.builder();
    if (kind != null) {
      b.kind(kind);
    }
    if (obligor != null) {
      b.obligor(obligor);
    }
    if (date != null) {
      b.date(date);
    }
    b.person(Forms.present(person));
    return b.build();
  }
}
