package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of an organisation (组织标识), as issued by the system that keeps it.
 *
 * <p>Trimmed, non-blank, at most {@value TypedId#MAX_LENGTH} characters, no control characters.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganizationId id = OrganizationId.of("ORG-0001");
 * }</pre>
 */
public final class OrganizationId extends TypedId<OrganizationId> {
  private static final long serialVersionUID = 1L;

  private OrganizationId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static OrganizationId of(CharSequence text) {
    return new OrganizationId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static OrganizationId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<OrganizationId> tryParse(CharSequence text) {
    return tryOf(OrganizationId::of, text);
  }
}
