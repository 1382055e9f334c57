package org.grassroots.governance.structure;

/**
 * How a membership's end is known (任期终止): on a recorded date, known to be ongoing, or not
 * known. Unknown ends are never guessed: a query on a date after the start answers
 * {@link Holding#UNKNOWN} unless the membership was confirmed until then.
 *
 * <pre>{@code
 * Membership.endUnknown(p, org, Role.VOLUNTEER, start).endStatus(); // UNKNOWN
 * }</pre>
 */
public enum TenureEnd {
  /** The membership ends on its recorded end date (inclusive). */
  ON_DATE,
  /** The membership is known to be ongoing, with no end set. */
  ONGOING,
  /** Nobody recorded whether or when the membership ended. */
  UNKNOWN
}
