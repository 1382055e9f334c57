package org.grassroots.governance.structure;

import java.util.Locale;

/** The message templates of this package, in one place (asserted by substring in tests). */
final class Messages {
  private Messages() {}

  static final String BLANK = "must not be blank";
  static final String TOO_LONG = "must be at most %d characters, was %d";
  static final String END_BEFORE_START = "must not be before start %s";
  static final String END_WITHOUT_STATUS =
      "is only given when endStatus is ON_DATE (endStatus is %s)";
  static final String END_MISSING = "is required when endStatus is ON_DATE";
  static final String CONFIRMED_ONLY_UNKNOWN =
      "is only given when the end is UNKNOWN (endStatus is %s)";
  static final String CONFIRMED_BEFORE_START = "must not be before start %s";
  static final String ON_BEHALF_OF_SELF = "must differ from the organisation itself";
  static final String HOST_UNIT_NOT_PARTY =
      "only a party organisation is set up in a host unit (kind is %s)";
  static final String HOST_UNIT_SELF = "must differ from the organisation's own id";
  static final String CORE_NOT_PARTY =
      "the core of a community must be a party organisation (党组织), was %s";
  static final String AREA_LEVEL =
      "must be a street/township or community/village code (level was %s)";
  static final String OUTSIDE_AREA = "lies outside %s: every element sits in the area of its core";
  static final String DUPLICATE_ORGANIZATION = "organisation %s appears more than once";
  static final String DUPLICATE_PERSON = "person %s appears more than once";
  static final String UNKNOWN_PERSON = "names person %s, who is not among people";
  static final String UNKNOWN_ORGANIZATION =
      "names organisation %s, which is neither the core, an element nor a partner";
  static final String NOT_ATTACHED =
      "organisation %s is not the core or an element: memberships are held in the community's own organisations";
  static final String PART_TIME_ON_CORE =
      "a part-time committee member (兼职委员) sits on the core %s, not on %s";
  static final String PART_TIME_NEEDS_ORIGIN =
      "a part-time committee member (兼职委员) must say on behalf of which unit's party organisation";
  static final String ORIGIN_KIND =
      "a part-time member comes from a party organisation, resident unit, owners' committee or property company, not a %s";
  static final String OVERLAPPING_ROLE =
      "person %s holds role %s in %s twice at the same time (memberships %d and %d overlap; close the first, e.g. with an end date)";
  static final String CHAIR_NOT_MEMBER =
      "chair %s does not hold a membership on the core %s for the whole turn %s..%s";
  static final String ROTATION_OVERLAP =
      "turn starts %s, before the previous turn ends %s: turns must not overlap";
  static final String DUPLICATE_GRID = "grid %s appears more than once";
  static final String DUPLICATE_ID = "id %s appears more than once";
  static final String COOPERATOR_IS_LEAD =
      "the lead subject %s cannot also be a cooperating subject";
  static final String DUPLICATE_AREA =
      "%s is governed by more than one structure: a community has exactly one core";
  static final String DUPLICATE_RULE = "rule name %s appears more than once";
  static final String VALID_UNTIL_BEFORE_FROM = "must not be before validFrom %s";
  static final String NEGATIVE_MINIMUM = "must be at least 0, was %d";

  static final String REFUSED_NOT_LISTED =
      "task %s (%s) is not on the community's access list (准入清单): return it to the department that issued it (职能归位)";
  static final String REFUSED_NOT_YET =
      "task %s is on the access list only from %s, pushed on %s";
  static final String REFUSED_EXPIRED =
      "task %s was on the access list only until %s, pushed on %s";

  static final String HOLDER_ROLE = "must be %s, the role asked about";
  static final String HOLDER_HOLDING = "membership on %s must be %s in this list, but is %s";
  static final String DECISION_OTHER_TASK = "entry is for task %s, the decision for task %s";
  static final String DECISION_REASON_WORDS = "must not be blank: the reason in words";
  static final String DECISION_NOT_ADMITTED = "entry (valid %s..%s) does not admit a task pushed on %s";

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
