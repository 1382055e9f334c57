package org.grassroots.governance.simulation;

import java.util.Locale;

/** Message templates of the simulation package, kept in one place and asserted by tests. */
final class Messages {
  static final String BLANK = "must not be blank";
  static final String NEGATIVE = "must not be negative";
  static final String RUN_INDEX = "must be from 0 to runs - 1 (%d)";
  static final String UNKNOWN_NAME = "must be one of %s";
  static final String DUPLICATE_RUN = "run %d of %s/%s appears more than once";
  static final String MISSING_RUNS = "%s/%s lacks runs %s";
  static final String RANGE = "must be between %s and %s";
  static final String MIN_MAX = "min %d must not exceed max %d";
  static final String SHARE = "must be a share between 0 and 1";
  static final String SHARES_SUM = "shares must sum to 1 (within 1e-6), sum to %s";
  static final String NOT_EMPTY = "must not be empty";
  static final String COUNTY = "must be a county-level division code (6-digit native code), is %s level";
  static final String DISTRICT_NOT_IN_TABLE = "must be a node of the division table loaded";
  static final String DISTRICT_NOT_COUNTY = "must be a county-level node of the division table";
  static final String DISTRICT_WITHOUT_COMMUNITIES =
      "must have at least one street with a community in the division table";

  private Messages() {}

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
