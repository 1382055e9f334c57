package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.agreement.AgreementContent;
import org.grassroots.governance.agreement.AgreementForm;
import org.grassroots.governance.agreement.AgreementParty;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.ListEntry;
import org.grassroots.governance.agreement.Obligation;
import org.grassroots.governance.agreement.Term;
import org.grassroots.governance.id.DivisionCode;

/**
 * Writes {@link AgreementContent} through its public accessors; it is read through {@link AgreementContentForm}.
 * Schema: {@code agreement.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"community", "form", "parties", "term", "commitments", "obligations", "lists", "pledge"})
@JsonSerialize(as = AgreementContent.class)
abstract class AgreementContentMixIn {
  private AgreementContentMixIn() {}

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("form")
  abstract AgreementForm form();

  @JsonProperty("parties")
  abstract List<AgreementParty> parties();

  @JsonProperty("term")
  abstract Term term();

  @JsonProperty("commitments")
  abstract List<Commitment> commitments();

  @JsonProperty("obligations")
  abstract List<Obligation> obligations();

  @JsonProperty("lists")
  abstract List<ListEntry> lists();

  @JsonProperty("pledge")
  abstract Optional<String> pledge();
}
