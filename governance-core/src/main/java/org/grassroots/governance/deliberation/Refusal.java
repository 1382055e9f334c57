package org.grassroots.governance.deliberation;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Why an event was not accepted into a matter's history (驳回理由), as a value: the reason, the
 * step attempted, the step that was due, the vote count where numbers matter, and a message.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StepResult r = matter.hold(resolutionMeeting);
 * r.refusal().ifPresent(f -> System.out.println(f.message()));
 * // "RESOLUTION (决议) refused: REVIEW (审议) must come first"
 * }</pre>
 */
@Value.Immutable
public abstract class Refusal implements Serializable {
  private static final long serialVersionUID = 1L;

  Refusal() {}

  /** The reason. */
  public abstract RefusalReason reason();

  /** The step attempted, for meetings and publications. */
  public abstract Optional<Step> attemptedStep();

  /** The step that was due when the event came (the missing step, for {@link RefusalReason#OUT_OF_ORDER}). */
  public abstract Optional<Step> expectedStep();

  /** The numbers, for {@link RefusalReason#QUORUM_NOT_MET} and {@link RefusalReason#MAJORITY_NOT_REACHED}. */
  public abstract Optional<VoteCount> count();

  /** A sentence that says what was refused and why, with the numbers. */
  public abstract String message();

  /**
   * A builder, e.g. for a refusal read from a document; {@link Matter}'s recording methods make
   * refusals themselves.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Refusal}; {@code build()} checks it. */
  public static final class Builder extends ImmutableRefusal.Builder {
    Builder() {}
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Refusal").require("reason", reason())
        .require("message", message());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    boolean counted = reason() == RefusalReason.QUORUM_NOT_MET
        || reason() == RefusalReason.MAJORITY_NOT_REACHED;
    v.check(!message().isBlank(), "message", message(), Messages.BLANK)
        .check(count().isPresent() == counted, "count", count().orElse(null),
            Messages.COUNT_FOR_REASON)
        .throwIfAny();
  }
}
