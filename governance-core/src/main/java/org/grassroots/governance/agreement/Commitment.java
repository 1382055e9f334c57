package org.grassroots.governance.agreement;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A commitment in a co-building agreement (承诺事项): who commits what, how much over the term,
 * and at what rhythm. Deliveries are recorded against it in a {@link Ledger}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Commitment c = Commitment.of(CommitmentId.of("C-1"), CommitmentKind.VOLUNTEER_HOURS,
 *     OrganizationId.of("HS-AUDIT"), Quantity.of(200, MeasureUnit.HOUR), Cadence.WHOLE_TERM);
 * }</pre>
 */
@Value.Immutable
public abstract class Commitment implements Serializable {
  private static final long serialVersionUID = 1L;

  Commitment() {}

  /**
   * The commitment's id within the agreement.
   *
   * @return the id
   */
  public abstract CommitmentId id();

  /**
   * What is committed.
   *
   * @return the kind
   */
  public abstract CommitmentKind kind();

  /**
   * The committing party.
   *
   * @return its id
   */
  public abstract OrganizationId by();

  /**
   * The total over the term.
   *
   * @return the quantity
   */
  public abstract Quantity quantity();

  /**
   * The rhythm.
   *
   * @return the cadence
   */
  public abstract Cadence cadence();

  /**
   * A description, e.g. "法律咨询进社区".
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * A commitment.
   *
   * @param id the id
   * @param kind the kind
   * @param by the committing party
   * @param quantity the total over the term
   * @param cadence the rhythm
   * @return the commitment
   */
  public static Commitment of(CommitmentId id, CommitmentKind kind, OrganizationId by,
      Quantity quantity, Cadence cadence) {
    return builder().id(id).kind(kind).by(by).quantity(quantity).cadence(cadence).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }

  /**
   * A copy with another quantity.
   *
   * @param quantity the quantity
   * @return the copy
   */
  public Commitment withQuantity(Quantity quantity) {
    return ImmutableCommitment.copyOf(this).withQuantity(quantity);
  }

  /**
   * A copy with a description.
   *
   * @param description the description
   * @return the copy
   */
  public Commitment withDescription(String description) {
    return ImmutableCommitment.copyOf(this).withDescription(description);
  }

  /**
   * A copy by another party.
   *
   * @param by the committing party
   * @return the copy
   */
  public Commitment withBy(OrganizationId by) {
    return ImmutableCommitment.copyOf(this).withBy(by);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Commitment").require("id", id()).require("kind", kind())
        .require("by", by()).require("quantity", quantity()).require("cadence", cadence());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    if (description().isPresent()) {
      v.check(!description().get().isBlank(), "description", description().get(), Messages.BLANK);
    }
    v.throwIfAny();
  }
}
