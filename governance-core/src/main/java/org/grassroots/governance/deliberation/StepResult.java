package org.grassroots.governance.deliberation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What came of recording an event in a matter: accepted, or refused with a {@link Refusal}; in
 * both cases the matter as it now stands.
 *
 * <p>When accepted, {@link #matter()} holds the event. When refused it is the matter unchanged,
 * except for a vote that missed its majority ({@link RefusalReason#MAJORITY_NOT_REACHED}): the
 * rejected vote is kept in the history, and the step stays due. Immutable and thread-safe.
 *
 * <pre>{@code
 * StepResult r = matter.hold(discussion);
 * if (r.isAccepted()) matter = r.matter(); else log(r.refusal().orElseThrow().message());
 * }</pre>
 */
public final class StepResult implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Matter matter;
  private final @Nullable Refusal refusal;

  private StepResult(Matter matter, @Nullable Refusal refusal) {
    this.matter = requireNonNull(matter, "matter");
    this.refusal = refusal;
  }

  /**
   * An accepted event's result, e.g. one read from a document.
   *
   * @param matter the matter holding the event
   * @return the result
   */
  public static StepResult accepted(Matter matter) {
    return new StepResult(matter, null);
  }

  /**
   * A refused event's result, e.g. one read from a document.
   *
   * @param matter the matter as it stands after the refusal
   * @param refusal why
   * @return the result
   */
  public static StepResult refused(Matter matter, Refusal refusal) {
    return new StepResult(matter, requireNonNull(refusal, "refusal"));
  }

  /**
   * Whether the event was accepted.
   *
   * @return {@code true} if accepted
   */
  public boolean isAccepted() {
    return refusal == null;
  }

  /**
   * The matter as it now stands.
   *
   * @return the matter after the event (or unchanged, see the type's description)
   */
  public Matter matter() {
    return matter;
  }

  /**
   * The refusal, if refused.
   *
   * @return the refusal, or empty if accepted
   */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /**
   * The matter if accepted, else an exception carrying the refusal's message.
   *
   * @return the matter
   * @throws IllegalStateException if refused
   */
  public Matter orElseThrow() {
    if (refusal != null) {
      throw new IllegalStateException(refusal.message());
    }
    return matter;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StepResult r && r.matter.equals(matter)
        && java.util.Objects.equals(r.refusal, refusal);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(matter, refusal);
  }

  /** Returns {@code accepted} or {@code refused: <message>}. */
  @Override
  public String toString() {
    return refusal == null ? "accepted" : "refused: " + refusal.message();
  }
}
