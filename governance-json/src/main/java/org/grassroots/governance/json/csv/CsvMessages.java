package org.grassroots.governance.json.csv;

import java.util.Locale;

/** Message templates of the CSV package, kept in one place and asserted by tests. */
final class CsvMessages {
  static final String REQUIRED = "is required";
  static final String EMPTY_FILE = "the file is empty: the first row must be the header";
  static final String MISSING_COLUMN = "the header has no column %s";
  static final String DUPLICATE_COLUMN = "column %s appears twice in the header (columns %d and %d)";
  static final String UNKNOWN_COLUMN = "column '%s' is not a column of %s (expected %s)";
  static final String TOO_MANY_CELLS = "the row has %d cells, the header has %d";
  static final String TOO_MANY_COLUMNS = "the header has %d columns, at most %d are read";
  static final String LIMIT = "exceeds a reading limit: %s";
  static final String NOT_UTF8 =
      "the file is not UTF-8 text (a GBK/ANSI export?): save it as \"CSV UTF-8\"";
  static final String UTF16 = "the file is UTF-16 text: save it as \"CSV UTF-8\"";
  static final String TOO_LARGE = "the file is larger than the limit of %d bytes";
  static final String MALFORMED = "the CSV text is malformed: %s";
  static final String READ_FAILED = "the CSV could not be read: %s";
  static final String ENUM = "must be one of %s";
  static final String INSTANT =
      "must be a date and time with an offset (RFC 3339), e.g. 2024-05-02T10:00:00+08:00";
  static final String DECIMAL = "must be a plain decimal number, e.g. 12.5";
  static final String INTEGER = "must be a whole number";
  static final String REPEATED = "appears twice in a set";
  static final String UNWRITABLE =
      "a value of column %s is empty, has outer spaces or contains the separator ';': it cannot be"
          + " written as one value of a multi-valued cell";
  static final String WRITE_FAILED = "the CSV could not be written: %s";

  private CsvMessages() {}

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
