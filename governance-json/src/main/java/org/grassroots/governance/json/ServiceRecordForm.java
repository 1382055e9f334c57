package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.agreement.ServiceRecord;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link ServiceRecord}, built through {@link ServiceRecord#of} and
 * {@link ServiceRecord#withPost} (see {@link FormDeserializer}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ServiceRecordForm(
    @JsonProperty(value = "person", required = true) @Nullable PersonId person,
    @JsonProperty(value = "community", required = true) @Nullable DivisionCode community,
    @JsonProperty(value = "date", required = true) @Nullable LocalDate date,
    @JsonProperty(value = "hours", required = true) @Nullable BigDecimal hours,
    @JsonProperty("post") Optional<String> post) {

  @JsonCreator
  ServiceRecordForm {}

  @SuppressWarnings("NullAway") // a missing property is a null the factory's check reports
  ServiceRecord toValue() {
    ServiceRecord r = ServiceRecord.of(person, community, date, hours);
    Optional<String> p = Forms.present(post);
    return p.isPresent() ? r.withPost(p.get()) : r;
  }
}
