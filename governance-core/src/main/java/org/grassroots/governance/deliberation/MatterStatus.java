package org.grassroots.governance.deliberation;

/**
 * Where a matter stands (议题状态).
 *
 * <pre>{@code
 * matter.status(); // IN_DELIBERATION
 * }</pre>
 */
public enum MatterStatus {
  /** Proposal to resolution are under way (议事中). */
  IN_DELIBERATION,
  /** The resolution was passed and awaits publication (已决议). */
  RESOLVED,
  /** The resolution was published; implementation is under way (实施中). */
  IMPLEMENTING,
  /** The result of the implementation was published (已办结). */
  COMPLETED,
  /** The matter was withdrawn (已撤回). */
  WITHDRAWN
}
