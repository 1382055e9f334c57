package org.grassroots.governance.structure;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.id.TypedId;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of an administrative task (matter) on an access list (事项编号). Trimmed text, non-blank, at most 128
 * characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * TaskId id = TaskId.of("T-12");
 * }</pre>
 */
public final class TaskId extends TypedId<TaskId> {
  private static final long serialVersionUID = 1L;

  private TaskId(CharSequence text) {
    super(text);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static TaskId of(CharSequence text) {
    return new TaskId(requireNonNull(text, "text"));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static TaskId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<TaskId> tryParse(CharSequence text) {
    return tryOf(TaskId::of, text);
  }
}
