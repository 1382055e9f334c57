package org.grassroots.governance.deliberation;

/**
 * The bodies that hold the four deliberations (议事主体).
 *
 * <pre>{@code
 * Step.RESOLUTION.body(); // Optional[RESIDENTS_REPRESENTATIVES_MEETING]
 * }</pre>
 */
public enum BodyKind {
  /** The community party organisation (社区党组织 / 党支部), which proposes (提议). */
  PARTY_BRANCH("社区党组织", "party branch"),
  /** The joint meeting of the party committee and the residents' committee (两委联席会议), which discusses (商议). */
  TWO_COMMITTEES("两委联席会议", "two committees"),
  /** The party members' meeting (党员大会), which reviews (审议). */
  PARTY_MEMBERS_MEETING("党员大会", "party members' meeting"),
  /** The residents' representatives' meeting (居民代表会议), which resolves (决议). */
  RESIDENTS_REPRESENTATIVES_MEETING("居民代表会议", "residents' representatives' meeting");

  private final String chinese;
  private final String label;

  BodyKind(String chinese, String label) {
    this.chinese = chinese;
    this.label = label;
  }

  /**
   * The Chinese name.
   *
   * @return e.g. {@code 党员大会}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The English label used in messages.
   *
   * @return e.g. {@code party members' meeting}
   */
  public String label() {
    return label;
  }
}
