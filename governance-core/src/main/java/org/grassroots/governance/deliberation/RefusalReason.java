package org.grassroots.governance.deliberation;

/**
 * Why a step was refused.
 *
 * <pre>{@code
 * if (result.refusal().map(Refusal::reason).orElse(null) == RefusalReason.OUT_OF_ORDER) { ... }
 * }</pre>
 */
public enum RefusalReason {
  /** A later step was attempted before an earlier one; {@link Refusal#expectedStep()} names it. */
  OUT_OF_ORDER,
  /** The step has already been passed; {@link Refusal#expectedStep()} names the step due. */
  ALREADY_DONE,
  /** Too few members were present; {@link Refusal#count()} has the numbers. */
  QUORUM_NOT_MET,
  /** Too few voted in favour; the rejected vote is kept in the history; {@link Refusal#count()} has the numbers. */
  MAJORITY_NOT_REACHED,
  /** The matter is withdrawn or completed. */
  MATTER_CLOSED,
  /** The event is dated before the last recorded event. */
  DATE_BEFORE_PREVIOUS,
  /** The resolution was passed: the matter can no longer be withdrawn. */
  CANNOT_WITHDRAW,
  /** The target step has not been passed, or the resolution was passed. */
  CANNOT_SEND_BACK
}
