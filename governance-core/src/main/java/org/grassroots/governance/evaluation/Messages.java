package org.grassroots.governance.evaluation;

import java.util.Locale;

/** Message templates of the evaluation package, kept in one place and asserted by tests. */
final class Messages {
  static final String RANK = "must be at least 1";
  static final String COMMUNITIES_POSITIVE = "must be at least 1: an area score rolls up scored communities";
  static final String AREAS_ORDER = "areas must be in code order, each once (%s after %s)";
  static final String BLANK = "must not be blank";
  static final String TOO_LONG = "must have at most %d characters, has %d";
  static final String CONTROL = "must not contain control characters";
  static final String FINITE = "must be a finite number";
  static final String POSITIVE_WEIGHT = "weight must be a positive finite number";
  static final String FRACTION = "must be a fraction from 0 to 1";
  static final String FLOOR_EQUALS_TARGET = "floor and target must differ (floor %s, target %s)";
  static final String NO_BANDS = "a banded rule needs at least one band";
  static final String BANDS_ASCENDING = "band lower bounds must be strictly ascending (%s after %s)";
  static final String SECTION_SUM = "section weights must sum to 1, sum to %s";
  static final String INDICATOR_SUM = "indicator weights of section %s must sum to 1, sum to %s";
  static final String SECTION_WITHOUT_INDICATORS = "section %s has a weight but no indicator";
  static final String SECTION_WITHOUT_WEIGHT = "section %s of indicator %s has no section weight";
  static final String DUPLICATE_INDICATOR = "indicator id %s appears more than once";
  static final String NO_INDICATORS = "an indicator system needs at least one indicator";
  static final String UNKNOWN_INDICATOR = "no indicator %s in system %s";
  static final String COMMUNITY_WEIGHT = "community %s: roll-up weight must be a positive finite number";
  static final String MEASURE_VALUE = "measure %s of community %s must be a finite number";
  static final String PERIOD_ORDER = "must not be before from %s";

  private Messages() {}

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
  static final String MISSING_MEASURE_SCORES_NOTHING = "must be 0: the measure is missing";
  static final String MAX_POINTS = "must be a finite number, not negative";
  static final String DUPLICATE_SCORED_INDICATOR = "indicator %s is scored more than once";
  static final String NO_SCORED_INDICATORS = "a scorecard scores at least one indicator";
  static final String SCORES_ORDER = "communities must be in code order, each once (%s after %s)";
  static final String NOT_SYSTEM_INDICATORS =
      "must score the indicators of system %s, in its order: %s";
  static final String NOT_SYSTEM_SCORE =
      "is not what system %s gives for the recorded measure (it gives %s)";
}
