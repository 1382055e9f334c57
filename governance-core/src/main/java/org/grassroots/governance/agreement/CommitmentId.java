package org.grassroots.governance.agreement;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.id.TypedId;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a commitment in a co-building agreement (承诺事项编号). Trimmed text, non-blank, at most 128
 * characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * CommitmentId id = CommitmentId.of("C-1");
 * }</pre>
 */
public final class CommitmentId extends TypedId<CommitmentId> {
  private static final long serialVersionUID = 1L;

  private CommitmentId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static CommitmentId of(CharSequence text) {
    return new CommitmentId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static CommitmentId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<CommitmentId> tryParse(CharSequence text) {
    return tryOf(CommitmentId::of, text);
  }
}
