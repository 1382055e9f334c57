package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.agreement.Cadence;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.CommitmentKind;
import org.grassroots.governance.agreement.Quantity;
import org.grassroots.governance.id.OrganizationId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Commitment}, built through its public builder (see {@link
 * FormDeserializer}), so every invariant is checked on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record CommitmentForm(
    @JsonProperty(value = "id", required = true) @Nullable CommitmentId id,
    @JsonProperty(value = "kind", required = true) @Nullable CommitmentKind kind,
    @JsonProperty(value = "by", required = true) @Nullable OrganizationId by,
    @JsonProperty(value = "quantity", required = true) @Nullable Quantity quantity,
    @JsonProperty(value = "cadence", required = true) @Nullable Cadence cadence,
    @JsonProperty("description") Optional<String> description) {

  @JsonCreator
  CommitmentForm {}

  Commitment toValue() {
    Commitment.Builder b = Commitment.builder();
    if (id != null) {
      b.id(id);
    }
    if (kind != null) {
      b.kind(kind);
    }
    if (by != null) {
      b.by(by);
    }
    if (quantity != null) {
      b.quantity(quantity);
    }
    if (cadence != null) {
      b.cadence(cadence);
    }
    b.description(Forms.present(description));
    return b.build();
  }
}
