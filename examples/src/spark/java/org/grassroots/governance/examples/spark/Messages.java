package org.grassroots.governance.examples.spark;

import java.util.Locale;

/** The message templates of this package's violations. */
final class Messages {
  static final String RANGE = "must be from %d to %d";
  static final String ONE_OF = "must be one of %s";
  static final String UNIQUE_NAMES = "names must be unique";
  static final String NOT_EMPTY = "must not be empty (add a scenario or documents)";

  private Messages() {}

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
