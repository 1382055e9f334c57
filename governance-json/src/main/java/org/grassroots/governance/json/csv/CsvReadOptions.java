package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import org.grassroots.governance.json.ReadLimits;

/**
 * Options of a CSV read (读取选项): lenient (bad rows reported, good rows loaded; unknown columns
 * are warnings) or strict (the first bad row or unknown column fails the read), and the limits
 * (file size and cell length from {@link ReadLimits}, and the number of columns).
 *
 * <pre>{@code
 * CsvReadOptions.strict().withLimits(ReadLimits.defaults().withMaxDocumentLength(1L << 30));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvReadOptions {
  /** Default maximum number of columns of the header. */
  public static final int DEFAULT_MAX_COLUMNS = 256;

  private final boolean strict;
  private final ReadLimits limits;
  private final int maxColumns;

  private CsvReadOptions(boolean strict, ReadLimits limits, int maxColumns) {
    this.strict = strict;
    this.limits = limits;
    this.maxColumns = maxColumns;
  }

  /**
   * Lenient: bad rows are reported and skipped, unknown columns ignored with a warning.
   *
   * @return the options
   */
  public static CsvReadOptions lenient() {
    return new CsvReadOptions(false, ReadLimits.defaults(), DEFAULT_MAX_COLUMNS);
  }

  /**
   * Strict: the first bad row or unknown column fails the read.
   *
   * @return the options
   */
  public static CsvReadOptions strict() {
    return new CsvReadOptions(true, ReadLimits.defaults(), DEFAULT_MAX_COLUMNS);
  }

  /**
   * A copy with other limits.
   *
   * @param newLimits the limits
   * @return the copy
   */
  public CsvReadOptions withLimits(ReadLimits newLimits) {
    return new CsvReadOptions(strict, requireNonNull(newLimits, "limits"), maxColumns);
  }

  /**
   * A copy with another maximum number of columns.
   *
   * @param columns the maximum, positive
   * @return the copy
   * @throws IllegalArgumentException if not positive
   */
  public CsvReadOptions withMaxColumns(int columns) {
    if (columns <= 0) {
      throw new IllegalArgumentException("maxColumns must be positive, is " + columns);
    }
    return new CsvReadOptions(strict, limits, columns);
  }

  /**
   * Whether the read is strict.
   *
   * @return {@code true} if strict
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * The limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * The maximum number of columns.
   *
   * @return the maximum
   */
  public int maxColumns() {
    return maxColumns;
  }
}
