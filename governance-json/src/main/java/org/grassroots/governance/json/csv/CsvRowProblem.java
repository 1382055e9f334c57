package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.json.DocumentProblem;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a CSV row (问题行): the row number as a spreadsheet shows it (the header is row
 * 1), the column key (empty when the problem is the row's as a whole), the rejected cell (masked
 * when personal) and the reason.
 *
 * <pre>{@code
 * p.row();    // 7
 * p.column(); // Optional[creditCode]
 * p.reason(); // "unifiedSocialCreditCode[17]: check character must be 'Y' (GB 32100), found '3'"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvRowProblem {
  private final long row;
  private final @Nullable String column;
  private final @Nullable String rejectedValue;
  private final String reason;

  private CsvRowProblem(
      long row, @Nullable String column, @Nullable String rejectedValue, String reason) {
    this.row = row;
    this.column = column;
    this.rejectedValue = rejectedValue;
    this.reason = reason;
  }

  static CsvRowProblem of(
      long row, @Nullable String column, @Nullable String rejectedValue, String reason) {
    return new CsvRowProblem(row, column, rejectedValue, requireNonNull(reason, "reason"));
  }

  /**
   * The row number, 1 for the header.
   *
   * @return the row number
   */
  public long row() {
    return row;
  }

  /**
   * The column key, if the problem is one cell's.
   *
   * @return the key, or empty
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * The rejected cell, masked when personal.
   *
   * @return the cell, or empty
   */
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(rejectedValue);
  }

  /**
   * Why the row was rejected.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * The same problem as a document problem with pointer {@code /<row>/<column>}.
   *
   * @return the document problem
   */
  public DocumentProblem toDocumentProblem() {
    String pointer = "/" + row + (column == null ? "" : "/" + column);
    return DocumentProblem.of(pointer, rejectedValue, reason);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CsvRowProblem)) {
      return false;
    }
    CsvRowProblem p = (CsvRowProblem) o;
    return row == p.row
        && Objects.equals(column, p.column)
        && Objects.equals(rejectedValue, p.rejectedValue)
        && reason.equals(p.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(row, column, rejectedValue, reason);
  }

  /** Returns {@code row 7, column creditCode: reason (rejected: value)}. */
  @Override
  public String toString() {
    return "row " + row + (column == null ? "" : ", column " + column) + ": " + reason
        + (rejectedValue == null ? "" : " (rejected: " + rejectedValue + ")");
  }
}
