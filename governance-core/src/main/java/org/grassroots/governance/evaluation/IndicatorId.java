package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The id of an indicator (指标标识).
 *
 * <p>Trimmed, non-blank, at most 128 characters, no control characters. Ordered by text.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * IndicatorId id = IndicatorId.of("party.gridBranchCoverage");
 * }</pre>
 */
public final class IndicatorId implements Comparable<IndicatorId>, Serializable {
  private static final long serialVersionUID = 1L;

  private final String value;

  private IndicatorId(String value) {
    this.value = value;
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static IndicatorId of(CharSequence text) {
    requireNonNull(text, "text");
    return new IndicatorId(Ids.normalise("IndicatorId", "indicatorId", text));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is not a valid id
   */
  public static IndicatorId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<IndicatorId> tryParse(CharSequence text) {
    try {
      return Optional.of(of(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * The id text.
   *
   * @return the trimmed text
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(IndicatorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IndicatorId && ((IndicatorId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }

  private Object writeReplace() {
    return new SerializedForm(value);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("IndicatorId is serialised through its serialised form");
  }

  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;

    SerializedForm(String text) {
      this.text = text;
    }

    private Object readResolve() {
      return of(text);
    }
  }
}
