package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.agreement.ServiceRecord;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;

/**
 * Writes {@link ServiceRecord}; it is read through {@link ServiceRecordForm}. Schema: {@code
 * dual-reporting.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"person", "community", "date", "hours", "post"})
@JsonSerialize(as = ServiceRecord.class)
abstract class ServiceRecordMixIn {
  private ServiceRecordMixIn() {}

  @JsonProperty("person")
  abstract PersonId person();

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate date();

  @JsonProperty("hours")
  abstract BigDecimal hours();

  @JsonProperty("post")
  abstract Optional<String> post();
}
