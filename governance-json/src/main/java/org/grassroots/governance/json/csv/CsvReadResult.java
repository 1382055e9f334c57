package org.grassroots.governance.json.csv;

import com.google.common.collect.ImmutableList;

/**
 * The items of a CSV read and its report.
 *
 * <pre>{@code
 * CsvReadResult<OrganizationRecord> r = OrganizationRegister.CSV.read(in, CsvReadOptions.lenient());
 * r.items(); r.report().problems();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class CsvReadResult<T> {
  private final ImmutableList<T> items;
  private final CsvReport report;

  CsvReadResult(ImmutableList<T> items, CsvReport report) {
    this.items = items;
    this.report = report;
  }

  /**
   * The items of the good rows, in row order.
   *
   * @return the items
   */
  public ImmutableList<T> items() {
    return items;
  }

  /**
   * The report.
   *
   * @return the report
   */
  public CsvReport report() {
    return report;
  }

  /**
   * The problems of the bad rows; the same as {@code report().problems()}.
   *
   * @return the problems
   */
  public ImmutableList<CsvRowProblem> problems() {
    return report.problems();
  }
}
