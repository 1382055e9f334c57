package org.grassroots.governance.deliberation;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Sending a matter back (退回) to an earlier deliberation step, with the reason: that step and
 * every later one must be held again. Allowed after the proposal and until the resolution is
 * passed, to a step already passed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * matter.record(SendBack.of(LocalDate.of(2024, 3, 15), Step.PROPOSAL, "预算需重新测算"));
 * }</pre>
 */
@Value.Immutable
public abstract class SendBack extends MatterEvent {
  private static final long serialVersionUID = 1L;

  SendBack() {}

  @Override
  public abstract LocalDate date();

  /** The step to hold again. */
  public abstract Step to();

  /** Why the matter is sent back. */
  public abstract String reason();

  @Override
  public Optional<Step> step() {
    return Optional.empty();
  }

  /**
   * A send-back.
   *
   * @param date the date
   * @param to the deliberation step to hold again
   * @param reason why, non-blank
   * @return the send-back
   * @throws org.grassroots.governance.validation.InvalidValueException if {@code to} is a
   *     publication or the reason is blank
   */
  public static SendBack of(LocalDate date, Step to, String reason) {
    return ImmutableSendBack.builder().date(date).to(to).reason(reason).build();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("SendBack")
        .require("date", date())
        .require("to", to())
        .require("reason", reason());
    if (to() != null) {
      v.check(to().isMeeting(), "to", to(), Messages.f(Messages.NOT_A_MEETING_STEP, to()));
    }
    if (reason() != null) {
      v.check(!reason().isBlank(), "reason", reason(), Messages.BLANK);
    }
    v.throwIfAny();
  }
}
