package org.grassroots.governance.deliberation;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The withdrawal of a matter (撤回) with its reason; it closes the matter. Allowed until the
 * resolution is passed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * matter.record(Withdrawal.of(LocalDate.of(2024, 4, 1), "项目已由区级统一实施"));
 * }</pre>
 */
@Value.Immutable
public abstract class Withdrawal extends MatterEvent {
  private static final long serialVersionUID = 1L;

  Withdrawal() {}

  @Override
  public abstract LocalDate date();

  /** Why the matter is withdrawn. */
  public abstract String reason();

  /** Who withdrew it, if recorded. */
  public abstract Optional<PersonId> by();

  @Override
  public Optional<Step> step() {
    return Optional.empty();
  }

  /**
   * A withdrawal.
   *
   * @param date the date
   * @param reason why, non-blank
   * @return the withdrawal
   * @throws org.grassroots.governance.validation.InvalidValueException if the reason is blank
   */
  public static Withdrawal of(LocalDate date, String reason) {
    return ImmutableWithdrawal.builder().date(date).reason(reason).build();
  }

  /**
   * This withdrawal, recording who made it.
   *
   * @param person who withdrew the matter
   * @return the modified withdrawal
   */
  public Withdrawal withBy(PersonId person) {
    return ImmutableWithdrawal.copyOf(this).withBy(person);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Withdrawal").require("date", date()).require("reason", reason());
    if (reason() != null) {
      v.check(!reason().isBlank(), "reason", reason(), Messages.BLANK);
    }
    v.throwIfAny();
  }
}
