package org.grassroots.governance.structure;

/**
 * Whether a duty is administrative (行政事务, borne by the service station) or self-governance
 * (自治事务, borne by the residents' committee).
 *
 * <pre>{@code
 * Duty.of(DutyId.of("D-1"), "低保初审", DutyKind.ADMINISTRATIVE, station);
 * }</pre>
 */
public enum DutyKind {
  /** Administrative affairs (行政事务). */
  ADMINISTRATIVE,
  /** Self-governance affairs (自治事务). */
  SELF_GOVERNANCE
}
