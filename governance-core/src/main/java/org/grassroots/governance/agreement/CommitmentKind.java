package org.grassroots.governance.agreement;

/**
 * What a party commits (承诺类型).
 *
 * <pre>{@code
 * Commitment.of(CommitmentId.of("C-1"), CommitmentKind.VOLUNTEER_HOURS, bureau,
 *     Quantity.of(200, MeasureUnit.HOUR), Cadence.WHOLE_TERM);
 * }</pre>
 */
public enum CommitmentKind {
  /** Volunteer service hours (志愿服务时长). */
  VOLUNTEER_HOURS,
  /** Funds (资金). */
  FUNDS,
  /** Venues (阵地 / 场地). */
  VENUE,
  /** Equipment (设备物资). */
  EQUIPMENT,
  /** Expertise (专业服务). */
  EXPERTISE,
  /** Activities (活动). */
  ACTIVITY
}
