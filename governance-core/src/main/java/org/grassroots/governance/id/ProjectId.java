package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The id of a project (项目标识), as issued by the system that keeps it.
 *
 * <p>Trimmed, non-blank, at most {@value TypedId#MAX_LENGTH} characters, no control characters.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ProjectId id = ProjectId.of("PJ-2024-0001");
 * }</pre>
 */
public final class ProjectId extends TypedId<ProjectId> {
  private static final long serialVersionUID = 1L;

  private ProjectId(String value) {
    super(value);
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static ProjectId of(CharSequence text) {
    requireNonNull(text, "text");
    return new ProjectId(normalise("ProjectId", "projectId", text));
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static ProjectId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads an id, or empty if the text is not a valid id.
   *
   * @param text the id text
   * @return the id, or empty
   */
  public static Optional<ProjectId> tryParse(CharSequence text) {
    try {
      return Optional.of(of(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private Object writeReplace() {
    return new SerializedForm(value());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("ProjectId is serialised through its serialised form");
  }

  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;

    SerializedForm(String text) {
      this.text = text;
    }

    private Object readResolve() {
      return of(text);
    }
  }
}
