package org.grassroots.governance.agreement;

/**
 * The side a party takes in a co-building agreement (协议主体).
 *
 * <pre>{@code
 * AgreementParty.of(core, PartyRole.COMMUNITY);
 * }</pre>
 */
public enum PartyRole {
  /** The community, through its core (社区党组织). */
  COMMUNITY,
  /** A resident or paired unit (驻区单位 / 结对单位), through its party organisation. */
  UNIT,
  /** A social organisation (社会组织). */
  SOCIAL_ORGANIZATION
}
