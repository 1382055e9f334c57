package org.grassroots.governance.json.csv;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a CSV read did (读取报告): rows read, items loaded, the bad rows' problems and the
 * warnings (columns ignored).
 *
 * <pre>{@code
 * CsvReport r = layout.forEach(in, CsvReadOptions.lenient(), store::add);
 * r.loaded(); r.problems();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvReport {
  private final long rows;
  private final long loaded;
  private final ImmutableList<CsvRowProblem> problems;
  private final ImmutableList<CsvRowProblem> warnings;

  private CsvReport(
      long rows, long loaded, List<CsvRowProblem> problems, List<CsvRowProblem> warnings) {
    this.rows = rows;
    this.loaded = loaded;
    this.problems = ImmutableList.copyOf(problems);
    this.warnings = ImmutableList.copyOf(warnings);
  }

  static CsvReport of(
      long rows, long loaded, List<CsvRowProblem> problems, List<CsvRowProblem> warnings) {
    return new CsvReport(rows, loaded, problems, warnings);
  }

  /**
   * The data rows read (the header and empty rows not counted).
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * The items loaded (the good rows).
   *
   * @return the count
   */
  public long loaded() {
    return loaded;
  }

  /**
   * The problems of the bad rows, in row order; a bad row may have several.
   *
   * @return the problems
   */
  public ImmutableList<CsvRowProblem> problems() {
    return problems;
  }

  /**
   * The warnings: header columns that are not columns of the list, ignored.
   *
   * @return the warnings
   */
  public ImmutableList<CsvRowProblem> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "CsvReport[" + rows + " rows, " + loaded + " loaded, " + problems.size()
        + " problems, " + warnings.size() + " warnings]";
  }
}
