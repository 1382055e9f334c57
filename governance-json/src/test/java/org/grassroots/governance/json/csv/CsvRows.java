package org.grassroots.governance.json.csv;

import org.jspecify.annotations.Nullable;

/** Test access to the package-private factory of {@link CsvRowProblem}. */
public final class CsvRows {
  private CsvRows() {}

  /** A row problem as the CSV reader makes it. */
  public static CsvRowProblem problem(
      long row, @Nullable String column, @Nullable String rejected, String reason) {
    return CsvRowProblem.of(row, column, rejected, reason);
  }
}
