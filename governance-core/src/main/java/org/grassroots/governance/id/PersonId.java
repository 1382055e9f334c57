package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a person (人员标识), as issued by the system that keeps it.
 *
 * <p>Trimmed, non-blank, at most {@value TypedId#MAX_LENGTH} characters, no control characters.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PersonId id = PersonId.of("P-000123");
 * }</pre>
 */
public final class PersonId extends TypedId<PersonId> {
  private static final long serialVersionUID = 1L;

  private PersonId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static PersonId of(CharSequence text) {
    return new PersonId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static PersonId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<PersonId> tryParse(CharSequence text) {
    return tryOf(PersonId::of, text);
  }
}
