package org.grassroots.governance.agreement;

/**
 * The form of a co-building agreement (共建形式).
 *
 * <pre>{@code
 * AgreementForm.PAIRING // 结对共建 / 结对包保
 * }</pre>
 */
public enum AgreementForm {
  /** Pairing (结对共建 / 结对包保): the community and exactly one unit. */
  PAIRING,
  /** Co-residence co-building (共驻共建): the community and the units resident in it. */
  CO_RESIDENCE,
  /** Cross-domain alliance (跨领域党建联合体: 社区+机关, 社区+园区, 社区+企业). */
  CROSS_DOMAIN_ALLIANCE
}
