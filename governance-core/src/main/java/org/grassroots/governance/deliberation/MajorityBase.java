package org.grassroots.governance.deliberation;

/**
 * What a majority is counted against (表决基数): those present, or all members of the body.
 *
 * <pre>{@code
 * VotingRule.defaults().majorityBase(); // PRESENT
 * }</pre>
 */
public enum MajorityBase {
  /** Those present at the meeting (到会人员). */
  PRESENT("those present"),
  /** All members of the body (全体组成人员). */
  MEMBERS("the members");

  private final String label;

  MajorityBase(String label) {
    this.label = label;
  }

  /**
   * The label used in messages.
   *
   * @return e.g. {@code those present}
   */
  public String label() {
    return label;
  }
}
