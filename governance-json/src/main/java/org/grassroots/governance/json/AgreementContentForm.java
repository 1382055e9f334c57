package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link AgreementContent}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record AgreementContentForm(
    @JsonProperty(value = "community", required = true) @Nullable DivisionCode community,
    @JsonProperty(value = "form", required = true) @Nullable AgreementForm form,
    @JsonProperty("parties") Optional<List<AgreementParty>> parties,
    @JsonProperty(value = "term", required = true) @Nullable Term term,
    @JsonProperty("commitments") Optional<List<Commitment>> commitments,
    @JsonProperty("obligations") Optional<List<Obligation>> obligations,
    @JsonProperty("lists") Optional<List<ListEntry>> lists,
    @JsonProperty("pledge") Optional<String> pledge) {

  @JsonCreator
  AgreementContentForm {}

  AgreementContent toValue() {
    AgreementContent.Builder b = AgreementContent.builder();
    if (community != null) {
      b.community(community);
    }
    if (form != null) {
      b.form(form);
    }
    Forms.elements("AgreementContent", "parties", parties).ifPresent(b::parties);
    if (term != null) {
      b.term(term);
    }
    Forms.elements("AgreementContent", "commitments", commitments).ifPresent(b::commitments);
    Forms.elements("AgreementContent", "obligations", obligations).ifPresent(b::obligations);
    Forms.elements("AgreementContent", "lists", lists).ifPresent(b::lists);
    b.pledge(Forms.present(pledge));
    return b.build();
  }
}
