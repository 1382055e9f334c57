package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The values of one good row, each already read through its column's {@code parse}; given to
 * the layout's factory to make the item.
 *
 * <pre>{@code
 * values -> OrganizationRecord.of(values.get(ID), values.get(NAME), ...)
 * }</pre>
 */
public final class CsvValues {
  private final Map<String, Object> values;

  CsvValues(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * The value of a column.
   *
   * @param column a column of the layout
   * @param <V> the value type
   * @return the value ({@code Optional.empty()} for an empty optional column)
   * @throws IllegalArgumentException if the column is not one of the layout's
   */
  public <V> V get(CsvColumn<?, V> column) {
    requireNonNull(column, "column");
    Object v = values.get(column.key());
    if (v == null) {
      throw new IllegalArgumentException("column " + column.key() + " is not in this layout");
    }
    @SuppressWarnings("unchecked") // stored by the column's own parse
    V value = (V) v;
    return value;
  }
}
