package org.grassroots.governance.structure;

/**
 * The kind of an organisation in community governance (组织类型): the party organisations that
 * may be a core, and the elements (多元共治主体) attached to it.
 *
 * <pre>{@code
 * OrganizationKind.JOINT_PARTY_COMMITTEE.isPartyOrganization(); // true
 * OrganizationKind.AGENCY.isResidentUnit();                     // true
 * }</pre>
 */
public enum OrganizationKind {
  /** Party committee (党委), e.g. a community party committee. */
  PARTY_COMMITTEE,
  /** General party branch (党总支). */
  PARTY_GENERAL_BRANCH,
  /** Party branch (党支部), e.g. a grid or compound branch (网格党支部). */
  PARTY_BRANCH,
  /** Party group (党小组), e.g. a building group (楼栋党小组). */
  PARTY_GROUP,
  /** Joint party committee (联合党委 / 大党委), absorbing resident units' party leaders. */
  JOINT_PARTY_COMMITTEE,
  /** A street's joint party working committee (街道联合党工委). */
  JOINT_PARTY_WORKING_COMMITTEE,
  /** Residents' committee (居民委员会), bears self-governance affairs. */
  RESIDENTS_COMMITTEE,
  /** Community service station (社区服务站 / 工作站), bears administrative tasks. */
  SERVICE_STATION,
  /** Social organisation (社会组织). */
  SOCIAL_ORGANIZATION,
  /** Hub-type social organisation (枢纽型社会组织). */
  HUB_SOCIAL_ORGANIZATION,
  /** Support-type social organisation (支持型社会组织). */
  SUPPORT_SOCIAL_ORGANIZATION,
  /** Resident unit: government agency (机关). */
  AGENCY,
  /** Resident unit: enterprise (企业). */
  ENTERPRISE,
  /** Resident unit: public institution (事业单位). */
  PUBLIC_INSTITUTION,
  /** Resident unit: industrial park (园区). */
  INDUSTRIAL_PARK,
  /** Owners' committee (业主委员会). */
  OWNERS_COMMITTEE,
  /** Property management company (物业公司). */
  PROPERTY_COMPANY,
  /** Volunteer team (志愿服务队). */
  VOLUNTEER_TEAM;

  /**
   * Whether this is a party organisation (党组织), the only kind that may be a community's core.
   *
   * @return {@code true} for the party kinds
   */
  public boolean isPartyOrganization() {
    switch (this) {
      case PARTY_COMMITTEE:
      case PARTY_GENERAL_BRANCH:
      case PARTY_BRANCH:
      case PARTY_GROUP:
      case JOINT_PARTY_COMMITTEE:
      case JOINT_PARTY_WORKING_COMMITTEE:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether this is a resident unit (驻区单位): agency, enterprise, public institution or park.
   *
   * @return {@code true} for the resident-unit kinds
   */
  public boolean isResidentUnit() {
    return this == AGENCY || this == ENTERPRISE || this == PUBLIC_INSTITUTION
        || this == INDUSTRIAL_PARK;
  }

  /**
   * Whether this is a social organisation of any type (社会组织).
   *
   * @return {@code true} for the social-organisation kinds
   */
  public boolean isSocialOrganization() {
    return this == SOCIAL_ORGANIZATION || this == HUB_SOCIAL_ORGANIZATION
        || this == SUPPORT_SOCIAL_ORGANIZATION;
  }

  /**
   * Whether a part-time committee member (兼职委员) may come from an organisation of this kind:
   * a party organisation, a resident unit, an owners' committee or a property company.
   *
   * @return {@code true} if part-time members may be drawn from this kind
   */
  public boolean mayDelegatePartTimeMembers() {
    return isPartyOrganization() || isResidentUnit() || this == OWNERS_COMMITTEE
        || this == PROPERTY_COMPANY;
  }
}
