package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import org.grassroots.governance.json.WriteOptions;

/**
 * Options of a CSV write (写出选项): header language, byte-order mark (on by default, so that
 * spreadsheet programs recognise UTF-8 and show Chinese text), and personal data (masked unless
 * revealed for this write).
 *
 * <pre>{@code
 * CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE).withoutBom();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvWriteOptions {
  private final CsvHeaders headers;
  private final boolean bom;
  private final WriteOptions write;

  private CsvWriteOptions(CsvHeaders headers, boolean bom, WriteOptions write) {
    this.headers = headers;
    this.bom = bom;
    this.write = write;
  }

  /**
   * English headers, with a BOM, personal data masked.
   *
   * @return the defaults
   */
  public static CsvWriteOptions defaults() {
    return new CsvWriteOptions(CsvHeaders.ENGLISH, true, WriteOptions.defaults());
  }

  /**
   * A copy with headers in another language.
   *
   * @param newHeaders the language
   * @return the copy
   */
  public CsvWriteOptions withHeaders(CsvHeaders newHeaders) {
    return new CsvWriteOptions(requireNonNull(newHeaders, "headers"), bom, write);
  }

  /**
   * A copy that writes no byte-order mark.
   *
   * @return the copy
   */
  public CsvWriteOptions withoutBom() {
    return new CsvWriteOptions(headers, false, write);
  }

  /**
   * A copy with other write options, e.g. {@link WriteOptions#revealPersonalData()}.
   *
   * @param options the options
   * @return the copy
   */
  public CsvWriteOptions with(WriteOptions options) {
    return new CsvWriteOptions(headers, bom, requireNonNull(options, "options"));
  }

  /**
   * The header language.
   *
   * @return the language
   */
  public CsvHeaders headers() {
    return headers;
  }

  /**
   * Whether a byte-order mark is written.
   *
   * @return {@code true} if so
   */
  public boolean bom() {
    return bom;
  }

  /**
   * The write options.
   *
   * @return the options
   */
  public WriteOptions writeOptions() {
    return write;
  }
}
