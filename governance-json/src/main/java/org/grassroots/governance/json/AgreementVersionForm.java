package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.agreement.AgreementContent;
import org.grassroots.governance.agreement.AgreementStatus;
import org.grassroots.governance.agreement.AgreementVersion;
import org.grassroots.governance.id.AgreementId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link AgreementVersion}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record AgreementVersionForm(
    @JsonProperty(value = "agreement", required = true) @Nullable AgreementId agreement,
    @JsonProperty(value = "number", required = true) @Nullable Integer number,
    @JsonProperty(value = "date", required = true) @Nullable LocalDate date,
    @JsonProperty(value = "status", required = true) @Nullable AgreementStatus status,
    @JsonProperty(value = "content", required = true) @Nullable AgreementContent content,
    @JsonProperty("note") Optional<String> note,
    @JsonProperty("terminationReason") Optional<String> terminationReason) {

  @JsonCreator
  AgreementVersionForm {}

  AgreementVersion toValue() {
    AgreementVersion.Builder b = AgreementVersion.builder();
    if (agreement != null) {
      b.agreement(agreement);
    }
    if (number != null) {
      b.number(number);
    }
    if (date != null) {
      b.date(date);
    }
    if (status != null) {
      b.status(status);
    }
    if (content != null) {
      b.content(content);
    }
    b.note(Forms.present(note));
    b.terminationReason(Forms.present(terminationReason));
    return b.build();
  }
}
