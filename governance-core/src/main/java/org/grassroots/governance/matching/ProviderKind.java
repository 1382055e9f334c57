package org.grassroots.governance.matching;

/**
 * Who provides a resource (资源提供方).
 *
 * <pre>{@code
 * Provider.organisation(ProviderKind.SOCIAL_ORGANISATION, OrganizationId.of("SO-1"));
 * }</pre>
 */
public enum ProviderKind {
  /** 驻区单位 / 共建单位: a resident or co-building unit. */
  RESIDENT_UNIT,
  /** 党员: a party member (在职党员进社区). */
  PARTY_MEMBER,
  /** 社会组织. */
  SOCIAL_ORGANISATION,
  /** 志愿服务队. */
  VOLUNTEER_TEAM,
  /** 职能部门: a government department. */
  DEPARTMENT,
  /** 个人志愿者. */
  VOLUNTEER
}
