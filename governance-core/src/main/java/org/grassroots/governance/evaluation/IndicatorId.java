package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.id.TypedId;
import org.grassroots.governance.validation.InvalidValueException;

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
public final class IndicatorId extends TypedId<IndicatorId> {
  private static final long serialVersionUID = 1L;

  private IndicatorId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static IndicatorId of(CharSequence text) {
    return new IndicatorId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
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
    return tryOf(IndicatorId::of, text);
  }
}
