package org.grassroots.governance.deliberation;

import static java.util.Objects.requireNonNull;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The id of a deliberation matter (议题标识), as issued by the system that keeps it.
 *
 * <p>Trimmed, non-blank, at most {@value #MAX_LENGTH} characters, no control characters; the
 * same rules as the typed ids of {@code org.grassroots.governance.id}. Immutable and thread-safe.
 *
 * <pre>{@code
 * MatterId id = MatterId.of("YS-2024-007");
 * }</pre>
 */
public final class MatterId implements Comparable<MatterId>, Serializable {
  private static final long serialVersionUID = 1L;
  /** The longest id text accepted, in characters (code points). */
  public static final int MAX_LENGTH = 128;

  private final String value;

  private MatterId(String value) {
    this.value = value;
  }

  /**
   * The id with the given text, trimmed.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  public static MatterId of(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    Violations v = Violations.of("MatterId");
    v.check(!s.isEmpty(), "matterId", text, Messages.BLANK);
    int length = s.codePointCount(0, s.length());
    v.check(length <= MAX_LENGTH, "matterId", s,
        Messages.f("must have at most %d characters, has %d", MAX_LENGTH, length));
    v.check(s.chars().noneMatch(Character::isISOControl), "matterId", s,
        "must not contain control characters");
    v.throwIfAny();
    return new MatterId(s);
  }

  /**
   * Reads an id; the same as {@link #of}.
   *
   * @param text the id text
   * @return the id
   * @throws InvalidValueException if the text is not a valid id
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
    try {
      return Optional.of(of(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * The id text.
   *
   * @return the trimmed text
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(MatterId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MatterId && ((MatterId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }

  private Object writeReplace() {
    return new SerializedForm(value);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("MatterId is serialised through its serialised form");
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
