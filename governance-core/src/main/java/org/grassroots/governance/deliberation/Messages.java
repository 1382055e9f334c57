package org.grassroots.governance.deliberation;

import java.util.Locale;

/** Message templates of the deliberation package, kept in one place and asserted by tests. */
final class Messages {
  static final String DERIVED = "must be %d, derived from the %s";
  static final String PRESENT_ABOVE_MEMBERS = "must not exceed the members (%d)";
  static final String COUNT_FOR_REASON = "is given exactly for QUORUM_NOT_MET and MAJORITY_NOT_REACHED";
  static final String BLANK = "must not be blank";
  static final String NON_NEGATIVE = "must not be negative";
  static final String FRACTION = "must be a fraction numerator/denominator with 0 <= numerator <= denominator and denominator > 0";
  static final String NO_MEMBERS = "a body needs at least one member";
  static final String NOT_A_MEMBER = "attended but is not a member of the %s";
  static final String TALLY_EXCEEDS = "votes cast (%d) must not exceed those present (%d)";
  static final String NOT_A_MEETING_STEP = "must be one of the four deliberation steps (提议, 商议, 审议, 决议), is %s";
  static final String NOT_A_PUBLICATION_STEP = "must be one of the two publications (决议公开, 实施结果公开), is %s";
  static final String WRONG_BODY = "the %s step is held by the %s, not the %s";
  static final String HISTORY = "history must follow 四议两公开: %s";
  static final String PUBLICITY_ENDS = "must not be before the publication date %s";

  static final String OUT_OF_ORDER = "%s refused: %s must come first";
  static final String ALREADY_DONE = "%s refused: it has already been done; the step due is %s";
  static final String QUORUM = "%s refused: quorum not met, %d of %d members present, %d needed (%s of the members)";
  static final String MAJORITY = "%s not passed: %d in favour, %d against, %d abstaining, %d present; %d in favour needed (%s of %s)";
  static final String CLOSED = "%s refused: the matter is %s";
  static final String DATE = "%s refused: dated %s, before the last recorded event of %s";
  static final String CANNOT_WITHDRAW = "withdrawal refused: the resolution was passed on %s; a passed resolution is changed by a new matter";
  static final String CANNOT_SEND_BACK = "send-back to %s refused: %s";
  static final String SEND_BACK_NOT_DONE = "that step has not been passed yet (the step due is %s)";
  static final String SEND_BACK_AFTER_RESOLUTION = "the resolution was passed on %s";

  private Messages() {}

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
