package org.grassroots.governance.structure;

/**
 * Whether a membership is held on a given date (在任): yes, no, or not known because its end
 * was not recorded.
 *
 * <pre>{@code
 * membership.heldOn(LocalDate.of(2024, 5, 1)); // HELD, NOT_HELD or UNKNOWN
 * }</pre>
 */
public enum Holding {
  /** Held on that date. */
  HELD,
  /** Not held on that date (not yet started, or ended). */
  NOT_HELD,
  /** Started before that date, but its end is unknown and it was not confirmed until then. */
  UNKNOWN
}
