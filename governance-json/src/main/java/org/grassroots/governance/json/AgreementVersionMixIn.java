package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.agreement.AgreementContent;
import org.grassroots.governance.agreement.AgreementStatus;
import org.grassroots.governance.agreement.AgreementVersion;
import org.grassroots.governance.id.AgreementId;

/**
 * Writes {@link AgreementVersion} through its public accessors; it is read through {@link AgreementVersionForm}.
 * Schema: {@code agreement.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"agreement", "number", "date", "status", "content", "note", "terminationReason"})
@JsonSerialize(as = AgreementVersion.class)
abstract class AgreementVersionMixIn {
  private AgreementVersionMixIn() {}

  @JsonProperty("agreement")
  abstract AgreementId agreement();

  @JsonProperty("number")
  abstract int number();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate date();

  @JsonProperty("status")
  abstract AgreementStatus status();

  @JsonProperty("content")
  abstract AgreementContent content();

  @JsonProperty("note")
  abstract Optional<String> note();

  @JsonProperty("terminationReason")
  abstract Optional<String> terminationReason();
}
