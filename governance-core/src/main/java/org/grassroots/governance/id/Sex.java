package org.grassroots.governance.id;

/**
 * Sex as encoded in a citizen id number (性别): the 17th digit is odd for men, even for women.
 *
 * <pre>{@code
 * CitizenIdNumber.parse("11010519491231002X").sex(); // FEMALE
 * }</pre>
 */
public enum Sex {
  /** 男. */
  MALE,
  /** 女. */
  FEMALE
}
