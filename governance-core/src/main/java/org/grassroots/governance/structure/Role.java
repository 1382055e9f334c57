package org.grassroots.governance.structure;

/**
 * A role a person holds in an organisation (岗位 / 身份).
 *
 * <pre>{@code
 * Membership.ongoing(person, community, Role.COMMUNITY_WORKER, LocalDate.of(2021, 1, 1));
 * }</pre>
 */
public enum Role {
  /** Party secretary (书记). */
  SECRETARY,
  /** Deputy party secretary (副书记); full-time ones (专职副书记) are marked on the membership. */
  DEPUTY_SECRETARY,
  /** Committee member (委员). */
  COMMITTEE_MEMBER,
  /** Part-time committee member (兼职委员), on behalf of a resident unit's party organisation. */
  PART_TIME_COMMITTEE_MEMBER,
  /** First secretary (第一书记), seconded from a paired unit's leadership. */
  FIRST_SECRETARY,
  /** Community worker (社区工作者). */
  COMMUNITY_WORKER,
  /** Grid worker (网格员). */
  GRID_WORKER,
  /** In-service party member reporting to the community (在职党员). */
  IN_SERVICE_PARTY_MEMBER,
  /** Social worker (社会工作者). */
  SOCIAL_WORKER,
  /** Volunteer (志愿者). */
  VOLUNTEER,
  /** Legal adviser (法律顾问). */
  LEGAL_ADVISER,
  /** Liaison officer (联络员). */
  LIAISON
}
