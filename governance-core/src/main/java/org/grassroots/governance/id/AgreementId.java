package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a co-building agreement (协议标识), as issued by the system that keeps it.
 *
 * <p>Trimmed, non-blank, at most {@value TypedId#MAX_LENGTH} characters, no control characters.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * AgreementId id = AgreementId.of("A-2024-0001");
 * }</pre>
 */
public final class AgreementId extends TypedId<AgreementId> {
  private static final long serialVersionUID = 1L;

  private AgreementId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static AgreementId of(CharSequence text) {
    return new AgreementId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static AgreementId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<AgreementId> tryParse(CharSequence text) {
    return tryOf(AgreementId::of, text);
  }
}
