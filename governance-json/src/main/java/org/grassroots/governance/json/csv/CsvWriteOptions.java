package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import org.grassroots.governance.json.WriteOptions;
import org.jspecify.annotations.Nullable;

/**
 * Options of a CSV write (写出选项): header language, the language of enum cells (terms: the
 * header language unless set), byte-order mark (on by default, so that spreadsheet programs
 * recognise UTF-8 and show Chinese text), personal data (masked unless revealed for this write),
 * and formula neutralising against CSV injection (on by default).
 *
 * <pre>{@code
 * CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE).withoutBom();  // 需求类别 … 养老
 * CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE)
 *     .withTerms(CsvHeaders.ENGLISH);                                      // 需求类别 … ELDER_CARE
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvWriteOptions {
  private final CsvHeaders headers;
  private final boolean bom;
  private final WriteOptions write;
  private final boolean neutralise;
  private final @Nullable CsvHeaders terms;

  private CsvWriteOptions(CsvHeaders headers, boolean bom, WriteOptions write,
      boolean neutralise, @Nullable CsvHeaders terms) {
    this.headers = headers;
    this.bom = bom;
    this.write = write;
    this.neutralise = neutralise;
    this.terms = terms;
  }

  /**
   * English headers and terms, with a BOM, personal data masked, formulas neutralised.
   *
   * @return the defaults
   */
  public static CsvWriteOptions defaults() {
    return new CsvWriteOptions(CsvHeaders.ENGLISH, true, WriteOptions.defaults(), true, null);
  }

  /**
   * A copy with headers in another language; enum cells follow unless {@link #withTerms} is set.
   *
   * @param newHeaders the language
   * @return the copy
   */
  public CsvWriteOptions withHeaders(CsvHeaders newHeaders) {
    return new CsvWriteOptions(requireNonNull(newHeaders, "headers"), bom, write, neutralise,
        terms);
  }

  /**
   * A copy that writes enum cells in the given language whatever the headers: Chinese terms
   * (养老, 紧急) or constant names ({@code ELDER_CARE}, {@code URGENT}). Either reads back.
   *
   * @param language the language of enum cells
   * @return the copy
   */
  public CsvWriteOptions withTerms(CsvHeaders language) {
    return new CsvWriteOptions(headers, bom, write, neutralise,
        requireNonNull(language, "language"));
  }

  /**
   * The language enum cells are written in: as set by {@link #withTerms}, else the header
   * language.
   *
   * @return the language of terms
   */
  public CsvHeaders terms() {
    CsvHeaders t = terms;
    return t == null ? headers : t;
  }

  /**
   * A copy that writes no byte-order mark.
   *
   * @return the copy
   */
  public CsvWriteOptions withoutBom() {
    return new CsvWriteOptions(headers, false, write, neutralise, terms);
  }

  /**
   * A copy with other write options, e.g. {@link WriteOptions#revealPersonalData()}.
   *
   * @param options the options
   * @return the copy
   */
  public CsvWriteOptions with(WriteOptions options) {
    return new CsvWriteOptions(headers, bom, requireNonNull(options, "options"), neutralise,
        terms);
  }

  /**
   * A copy that writes cells starting with {@code = + - @} as they are, for consumers that are
   * not spreadsheets (the default prefixes them with {@code '}).
   *
   * @return the copy
   */
  public CsvWriteOptions withoutFormulaNeutralising() {
    return new CsvWriteOptions(headers, bom, write, false, terms);
  }

  /**
   * Whether cells a spreadsheet would run as formulas are prefixed with {@code '}.
   *
   * @return {@code true} by default
   */
  public boolean neutralisesFormulas() {
    return neutralise;
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
