package org.grassroots.governance.id;

/** Message templates of the identifier package, kept in one place and asserted by tests. */
final class IdMessages {
  static final String LENGTH = "must have %s characters, has %d";
  static final String DIGIT = "must be a digit 0-9, found '%s'";
  static final String CHARSET = "must be one of %s, found '%s'";
  static final String CHECK = "check character must be '%s' (%s), found '%s'";
  static final String PROVINCE_ZERO = "province segment must not be 00";
  static final String ZERO_AFTER_CITY = "must be zero when the city segment is 00";
  static final String ZERO_AFTER_TOWNSHIP = "village segment must be 000 when the township segment is 000";
  static final String NOT_VILLAGE = "must be the code of a community or village (village segment non-zero), is %s level";
  static final String GRID_SEQUENCE = "grid sequence must be 0001-9999, found %s";
  static final String BIRTH_DATE = "birth date (yyyyMMdd) must be a date of the calendar";
  static final String BLANK = "must not be blank";
  static final String TOO_LONG = "must have at most %d characters, has %d";
  static final String CONTROL = "must not contain control characters (found U+%04X at index %d)";

  private IdMessages() {}

  static String f(String template, Object... args) {
    return String.format(java.util.Locale.ROOT, template, args);
  }

  static String printable(int codePoint) {
    return Character.isISOControl(codePoint)
        ? String.format(java.util.Locale.ROOT, "U+%04X", codePoint)
        : new String(Character.toChars(codePoint));
  }
}
