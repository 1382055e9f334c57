package org.grassroots.governance.evaluation;

/**
 * The four sections of a community governance standard (社区治理标准体系四大板块), after the
 * four-section standard of Jindi community, Shatou street, Futian district, Shenzhen.
 *
 * <pre>{@code
 * system.indicatorsOf(Section.SELF_GOVERNANCE);
 * }</pre>
 */
public enum Section {
  /** Party building (社区党建). */
  PARTY_BUILDING("社区党建"),
  /** Service (社区服务). */
  SERVICE("社区服务"),
  /** Self-governance (社区自治). */
  SELF_GOVERNANCE("社区自治"),
  /** Management (社区管理). */
  MANAGEMENT("社区管理");

  private final String chinese;

  Section(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return e.g. {@code 社区自治}
   */
  public String chinese() {
    return chinese;
  }
}
