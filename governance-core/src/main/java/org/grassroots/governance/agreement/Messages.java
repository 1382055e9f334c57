package org.grassroots.governance.agreement;

import java.util.Locale;

/** The message templates of this package, in one place (asserted by substring in tests). */
final class Messages {
  private Messages() {}

  static final String BLANK = "must not be blank";
  static final String TOO_LONG = "must be at most %d characters, was %d";
  static final String TERM_END = "must be after term.start %s";
  static final String NEGATIVE = "must not be negative";
  static final String NOT_CANONICAL = "must be in canonical form (no trailing zeros): %s";
  static final String UNIT_SYMBOL = "must be 1 to 16 characters without spaces";
  static final String COUNT_POSITIVE = "must be at least 1, was %d";
  static final String ONE_COMMUNITY =
      "an agreement has exactly one community party (its core), found %d";
  static final String NEEDS_COUNTERPART =
      "an agreement needs at least one unit or social organisation besides the community";
  static final String PAIRING_TWO =
      "a pairing (结对共建) joins the community with exactly one unit, found %d";
  static final String DUPLICATE_PARTY = "organisation %s is a party more than once";
  static final String NOT_A_PARTY = "organisation %s is not a party to the agreement";
  static final String DUPLICATE_ID = "id %s appears more than once";
  static final String LIST_REFERENCE = "a %s entry cannot reference a %s";
  static final String OBLIGATION_PERSON = "a %s event names the person appointed";
  static final String REASON_ONLY_TERMINATED =
      "a reason is given only for a terminated agreement (status is %s)";
  static final String REASON_REQUIRED = "a terminated agreement says why";
  static final String ACTIVE_OUTSIDE_TERM =
      "an active version is dated inside the term %s..%s";
  static final String EXPIRED_INSIDE_TERM = "an agreement expires only after its term ends %s";
  static final String NO_VERSIONS = "an agreement has at least one version";
  static final String VERSION_NUMBER = "must be %d: versions are numbered 1, 2, 3, ...";
  static final String VERSION_DATE = "must not be before the previous version's date %s";
  static final String ILLEGAL_TRANSITION =
      "cannot go from %s to %s; allowed from %s: %s";
  static final String AMEND_STATUS = "cannot amend a %s agreement; amendable: DRAFT, SIGNED, ACTIVE";
  static final String CONTENT_CHANGED_ON_TRANSITION =
      "a status change keeps the content of version %d; amend it in a separate version";
  static final String ID_CHANGED = "the agreement id is %s in version 1, %s here";
  static final String BEFORE_FIRST_VERSION = "is before the agreement's first version %s";
  static final String NOT_IN_FORCE =
      "the agreement is %s on %s: deliveries and events are recorded only while it is SIGNED or ACTIVE";
  static final String REPORT_NOT_IN_FORCE =
      "the agreement is %s on %s: a unit reports (双报到) under it only while it is SIGNED or ACTIVE";
  static final String OUTSIDE_TERM = "lies outside the term %s..%s";
  static final String UNKNOWN_COMMITMENT = "no commitment %s in version %d in force on %s";
  static final String UNIT_MISMATCH = "is in %s, the commitment is in %s";
  static final String OVER_DELIVERY =
      "exceeds the open part %s of commitment %s (committed %s, delivered %s before): mark it declaredOverDelivery to record it";
  static final String NO_OBLIGATION =
      "no %s obligation of %s in version %d in force on %s";
  static final String HOURS = "must be more than 0 and at most 24, was %s";
  static final String OUTSIDE_COMMUNITY = "lies outside the community %s reported to";
  static final String NOT_REPORTED =
      "person %s has not reported to community %s by %s (在职党员报到 comes first)";
  static final String DUPLICATE_REPORT = "person %s reports to community %s more than once";
  static final String DUPLICATE_UNIT_REPORT = "unit %s reports under agreement %s more than once";
  static final String UNIT_NOT_COUNTERPART =
      "unit %s is not a unit or social organisation party to agreement %s";
  static final String UNKNOWN_AGREEMENT = "agreement %s is not among the agreements";
  static final String WRONG_COMMUNITY = "must be %s, the community of agreement %s";
  static final String OTHER_AREA = "is not the area %s of the structure checked against";
  static final String NOT_THE_CORE = "the community signs through its core %s";
  static final String UNKNOWN_TO_STRUCTURE =
      "is unknown to the structure of %s: add it as an element or a partner first";
  static final String ROLE_KIND = "a %s party cannot be a %s";
  static final String THROUGH_NOT_ITS_PARTY_ORG =
      "must be a party organisation set up in %s (its hostUnit)";
  static final String COMMUNITY_LEVEL = "must be a community/village code (level was %s)";

  static final String SERVING_ABOVE_REPORTED =
      "must be at most membersReported %d: only members who reported can serve";
  static final String BLANK_SKILL = "skills must not be blank";

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
