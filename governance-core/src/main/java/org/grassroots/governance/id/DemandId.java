package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a demand (需求标识), as issued by the system that keeps it.
 *
 * <p>Trimmed, non-blank, at most {@value TypedId#MAX_LENGTH} characters, no control characters.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * DemandId id = DemandId.of("D-2024-0001");
 * }</pre>
 */
public final class DemandId extends TypedId<DemandId> {
  private static final long serialVersionUID = 1L;

  private DemandId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static DemandId of(CharSequence text) {
    return new DemandId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static DemandId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<DemandId> tryParse(CharSequence text) {
    return tryOf(DemandId::of, text);
  }
}
