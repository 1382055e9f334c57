package org.grassroots.governance.matching;

/**
 * A vulnerable group a demand's beneficiary belongs to (困难群体标识); each raises the demand's
 * priority weight.
 *
 * <pre>{@code
 * Demand.builder().addVulnerableGroups(VulnerableGroup.ELDERLY_LIVING_ALONE);
 * }</pre>
 */
public enum VulnerableGroup {
  /** 独居老人. */
  ELDERLY_LIVING_ALONE,
  /** 空巢老人. */
  EMPTY_NEST_ELDERLY,
  /** 残疾人. */
  DISABLED,
  /** 留守儿童. */
  LEFT_BEHIND_CHILD,
  /** 低保 / 特困. */
  LOW_INCOME,
  /** 重病. */
  SERIOUSLY_ILL,
  /** 优抚对象. */
  VETERAN_FAMILY
}
