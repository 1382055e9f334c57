package org.grassroots.governance.deliberation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.id.TypedId;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a deliberation matter (议题标识), as issued by the system that keeps it.
 *
 * <p>Trimmed, non-blank, at most {@value TypedId#MAX_LENGTH} characters, no control characters; the
 * same rules as the typed ids of {@code org.grassroots.governance.id}. Immutable and thread-safe.
 *
 * <pre>{@code
 * MatterId id = MatterId.of("YS-2024-007");
 * }</pre>
 */
public final class MatterId extends TypedId<MatterId> {
  private static final long serialVersionUID = 1L;

  private MatterId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static MatterId of(CharSequence text) {
    return new MatterId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static MatterId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<MatterId> tryParse(CharSequence text) {
    return tryOf(MatterId::of, text);
  }
}
