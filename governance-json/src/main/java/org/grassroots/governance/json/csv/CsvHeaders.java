package org.grassroots.governance.json.csv;

/**
 * Which header names a CSV writer uses (表头语言); a reader accepts either, and the aliases.
 *
 * <pre>{@code
 * CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE);
 * }</pre>
 */
public enum CsvHeaders {
  /** English headers, e.g. {@code creditCode}. */
  ENGLISH,
  /** Chinese headers, e.g. {@code 统一社会信用代码}. */
  CHINESE
}
