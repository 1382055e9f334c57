package org.grassroots.governance.structure;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.id.TypedId;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a duty on a responsibility list (责任事项编号). Trimmed text, non-blank, at most 128
 * characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * DutyId id = DutyId.of("D-07");
 * }</pre>
 */
public final class DutyId extends TypedId<DutyId> {
  private static final long serialVersionUID = 1L;

  private DutyId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static DutyId of(CharSequence text) {
    return new DutyId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static DutyId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<DutyId> tryParse(CharSequence text) {
    return tryOf(DutyId::of, text);
  }
}
