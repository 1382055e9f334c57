package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.id.TypedId;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a measure (度量标识), the quantity an indicator scores.
 *
 * <p>Trimmed, non-blank, at most 128 characters, no control characters. Ordered by text.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * MeasureId id = MeasureId.of("caller.legalAdvisers");
 * }</pre>
 */
public final class MeasureId extends TypedId<MeasureId> {
  private static final long serialVersionUID = 1L;

  private MeasureId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static MeasureId of(CharSequence text) {
    return new MeasureId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static MeasureId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<MeasureId> tryParse(CharSequence text) {
    return tryOf(MeasureId::of, text);
  }
}
