package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a resource (资源标识), as issued by the system that keeps it.
 *
 * <p>Trimmed, non-blank, at most {@value TypedId#MAX_LENGTH} characters, no control characters.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ResourceId id = ResourceId.of("R-2024-0001");
 * }</pre>
 */
public final class ResourceId extends TypedId<ResourceId> {
  private static final long serialVersionUID = 1L;

  private ResourceId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static ResourceId of(CharSequence text) {
    return new ResourceId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static ResourceId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<ResourceId> tryParse(CharSequence text) {
    return tryOf(ResourceId::of, text);
  }
}
