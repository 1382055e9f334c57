package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.agreement.Cadence;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.CommitmentKind;
import org.grassroots.governance.agreement.Quantity;
import org.grassroots.governance.id.OrganizationId;

/**
 * Writes {@link Commitment} through its public accessors; it is read through {@link CommitmentForm}.
 * Schema: {@code agreement.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "kind", "by", "quantity", "cadence", "description"})
@JsonSerialize(as = Commitment.class)
abstract class CommitmentMixIn {
  private CommitmentMixIn() {}

  @JsonProperty("id")
  abstract CommitmentId id();

  @JsonProperty("kind")
  abstract CommitmentKind kind();

  @JsonProperty("by")
  abstract OrganizationId by();

  @JsonProperty("quantity")
  abstract Quantity quantity();

  @JsonProperty("cadence")
  abstract Cadence cadence();

  @JsonProperty("description")
  abstract Optional<String> description();
}
