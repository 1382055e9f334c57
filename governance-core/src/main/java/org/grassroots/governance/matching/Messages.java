package org.grassroots.governance.matching;

import java.util.Locale;

/** Message templates of the matching package, in one place. */
final class Messages {
  private Messages() {}

  static final String SHARE = "must be a finite number from 0 to 1";
  static final String SERVED_ABOVE = "must not exceed %s %d";

  static final String POSITIVE = "must be positive";
  static final String NOT_NEGATIVE = "must not be negative";
  static final String AT_MOST = "must be at most %d";
  static final String INDIVISIBLE_ONE =
      "an indivisible demand (unit %s) is one piece served whole by one provider:"
          + " split it into %d demands of quantity 1";
  static final String WINDOW_ORDER = "must be after start %s";
  static final String AREA_ONE_OF = "a service area is either a subtree or a reach, not both";
  static final String PROVIDER_ONE_OF =
      "a provider is an organisation or a person: give exactly one";
  static final String NOT_EMPTY = "must not be empty";
  static final String NOT_BLANK = "must not be blank";
  static final String DUPLICATE_ID = "duplicate id %s: ids must be unique within a problem";
  static final String REPEATED_IN_ORDER =
      "%s appears twice in one preference order (first at position %d): rank each partner once";
  static final String UNKNOWN_DEMAND = "no demand with id %s in the problem";
  static final String UNKNOWN_RESOURCE = "no resource with id %s in the problem";
  static final String NOT_NULL = "must not be null";
  static final String LEVEL_COSTS = "must hold one cost per meeting level (%d), each 0 to %d";
  static final String URGENCY_WEIGHTS = "must give a weight from 1 to %d for every urgency";
  static final String PROBLEM_TOO_LARGE = "too many candidate pairs (%d): at most %d";
  static final String THREADS = "must be between 1 and %d";
  static final String NOT_IN_PROBLEM = "%s is not in the problem";
  static final String NOT_ELIGIBLE =
      "resource %s cannot serve demand %s (category, skills, reach, time window or the policy's"
          + " highest meeting level)";
  static final String NOT_POLICY = "must be %s, the policy's value for this pair";
  static final String REPEATED_PAIR = "pair %s / %s is allocated more than once";
  static final String OVER_DEMAND = "demand %s is served %d units, more than its quantity %d";
  static final String OVER_CAPACITY = "resource %s is used for %d units, more than its capacity %d";
  static final String UNKNOWN_RESULT = "result was computed for a different problem";
  static final String NOT_IN_SESSION = "no %s with id %s in the session (never added, or withdrawn)";

  static final String GAP_WEIGHTED = "must be a finite number at most 1 (1 − weightedServed / optimalWeightedServed)";
  static final String GAP_COST = "must be at least −1 (totalCost / optimalTotalCost − 1), or +∞ when the optimum costs nothing";

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
  static final String FILLED_TWICE = "resource %s is named more than once";
  static final String FILLED_WITHOUT_CANDIDATE =
      "must be empty for %s: the demand had no candidate resource to fill up";
  static final String FILLED_NEEDED =
      "must name the candidate resources that filled up, at least one, for %s";
}
