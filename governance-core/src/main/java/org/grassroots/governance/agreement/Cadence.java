package org.grassroots.governance.agreement;

/**
 * When a commitment is due (履约节奏): the quantity is the total over the term, delivered at
 * this rhythm.
 *
 * <pre>{@code
 * Cadence.MONTHLY
 * }</pre>
 */
public enum Cadence {
  /** Once. */
  ONCE,
  /** Spread over the months of the term. */
  MONTHLY,
  /** Spread over the quarters of the term. */
  QUARTERLY,
  /** Spread over the years of the term. */
  YEARLY,
  /** Any time within the term. */
  WHOLE_TERM
}
