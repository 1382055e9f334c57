package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import com.google.common.collect.TreeBasedTable;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Map;
import java.util.OptionalDouble;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Measured values keyed by measure and community (考核数据): the input of an {@link Evaluation}.
 *
 * <p>Values are finite numbers; a measure that is absent for a community scores nothing and is
 * reported as missing. Iteration is ordered by measure id, then community code. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Measurements m = Measurements.builder()
 *     .put(StandardMeasures.COMMUNITY_WORKERS, DivisionCode.parse("440304003001"), 7)
 *     .build()
 *     .merge(StandardMeasures.deliberationsCompleted(matters, from, to, communities));
 * }</pre>
 */
public final class Measurements implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Measurements EMPTY = new Measurements(ImmutableTable.of());

  private final ImmutableTable<MeasureId, DivisionCode, Double> values;

  private Measurements(ImmutableTable<MeasureId, DivisionCode, Double> values) {
    this.values = values;
  }

  /**
   * No measurements.
   *
   * @return the empty measurements
   */
  public static Measurements empty() {
    return EMPTY;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The value of a measure for a community.
   *
   * @param measure the measure
   * @param community the community
   * @return the value, or empty if not measured
   */
  public OptionalDouble get(MeasureId measure, DivisionCode community) {
    Double d = values.get(requireNonNull(measure, "measure"), requireNonNull(community, "community"));
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /**
   * The values of one measure, by community.
   *
   * @param measure the measure
   * @return community to value, ordered by code
   */
  public Map<DivisionCode, Double> of(MeasureId measure) {
    return values.row(requireNonNull(measure, "measure"));
  }

  /**
   * The measures present.
   *
   * @return ordered by id
   */
  public ImmutableSet<MeasureId> measures() {
    return values.rowKeySet();
  }

  /**
   * The communities with at least one value.
   *
   * @return ordered by code
   */
  public ImmutableSortedSet<DivisionCode> communities() {
    return ImmutableSortedSet.copyOf(values.columnKeySet());
  }

  /**
   * The number of values.
   *
   * @return the count of (measure, community) pairs
   */
  public int size() {
    return values.size();
  }

  /**
   * These measurements with {@code other}'s added; where both have a value, {@code other}'s wins.
   *
   * @param other more measurements
   * @return the union
   */
  public Measurements merge(Measurements other) {
    requireNonNull(other, "other");
    Builder b = new Builder();
    b.table.putAll(values);
    b.table.putAll(other.values);
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Measurements other && other.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Returns e.g. {@code Measurements[3 measures, 12 communities, 30 values]}. */
  @Override
  public String toString() {
    return "Measurements[" + values.rowKeySet().size() + " measures, " + values.columnKeySet().size()
        + " communities, " + values.size() + " values]";
  }

  /** Collects measurements; the last value put for a pair wins. Not thread-safe. */
  public static final class Builder {
    private final Table<MeasureId, DivisionCode, Double> table = TreeBasedTable.create();

    private Builder() {}

    /**
     * Puts a value.
     *
     * @param measure the measure
     * @param community the community
     * @param value a finite number
     * @return this builder
     * @throws org.grassroots.governance.validation.InvalidValueException if the value is not finite
     */
    public Builder put(MeasureId measure, DivisionCode community, double value) {
      requireNonNull(measure, "measure");
      requireNonNull(community, "community");
      Violations.of("Measurements")
          .check(Double.isFinite(value), measure + "." + community, value,
              Messages.f(Messages.MEASURE_VALUE, measure, community))
          .throwIfAny();
      table.put(measure, community, value);
      return this;
    }

    /**
     * Puts every value of {@code other}.
     *
     * @param other measurements
     * @return this builder
     */
    public Builder putAll(Measurements other) {
      table.putAll(requireNonNull(other, "other").values);
      return this;
    }

    /**
     * The measurements.
     *
     * @return the measurements
     */
    public Measurements build() {
      return table.isEmpty() ? EMPTY : new Measurements(ImmutableTable.copyOf(table));
    }
  }

  private Object writeReplace() {
    return new SerializedForm(values);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Measurements are serialised through their serialised form");
  }

  /** Re-checks every value on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ImmutableTable<MeasureId, DivisionCode, Double> values;

    SerializedForm(ImmutableTable<MeasureId, DivisionCode, Double> values) {
      this.values = values;
    }

    private Object readResolve() {
      Builder b = builder();
      for (Table.Cell<MeasureId, DivisionCode, Double> c : values.cellSet()) {
        b.put(requireNonNull(c.getRowKey()), requireNonNull(c.getColumnKey()), requireNonNull(c.getValue()));
      }
      return b.build();
    }
  }
}
