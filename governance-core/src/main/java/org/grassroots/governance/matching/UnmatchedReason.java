package org.grassroots.governance.matching;

/**
 * Why (part of) a demand was left unserved (未匹配原因).
 *
 * <pre>{@code
 * result.unmatched().get(0).reason(); // e.g. CAPACITY_EXHAUSTED
 * }</pre>
 */
public enum UnmatchedReason {
  /** No resource of its category and skills reaches its location. */
  NO_ELIGIBLE_RESOURCE_IN_REACH,
  /** Resources reach it, but none is available in its time window. */
  OUTSIDE_TIME_WINDOW,
  /** Every eligible resource is full (they are named), with demands of no higher priority. */
  CAPACITY_EXHAUSTED,
  /** Every eligible resource is full, and some of it went to higher-priority demands. */
  OUTRANKED_BY_HIGHER_PRIORITY,
  /** Some eligible resource still had room, but the algorithm did not use it. */
  NOT_CHOSEN
}
