package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.id.IdMessages.f;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Function;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The common shape of the typed identifiers ({@link OrganizationId}, {@link PersonId},
 * {@link DemandId}, {@link ResourceId}, {@link AgreementId}, {@link ProjectId}, and the ids of
 * the model packages): an opaque text chosen by the system that issued it, trimmed, non-blank,
 * at most {@value #MAX_LENGTH} characters, with no control characters. Typed so that a demand
 * id can never be passed where a resource id is meant.
 *
 * <p>A new id type is a final subclass with a private constructor calling {@code super(text)}
 * (which trims and checks, naming the type in any violation) and the static factories {@code of},
 * {@code parse} and {@code tryParse} (via {@link #tryOf}). Java deserialisation re-checks the
 * text, so a crafted stream cannot make an invalid id.
 *
 * <p>Ids of the same type are equal when their texts are; they are ordered by text. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * DemandId d = DemandId.of("  D-2024-0001 "); // "D-2024-0001"
 * }</pre>
 *
 * @param <T> the concrete id type
 */
public abstract class TypedId<T extends TypedId<T>> implements Comparable<T>, Serializable {
  private static final long serialVersionUID = 1L;
  /** The longest id text accepted, in characters (code points). */
  public static final int MAX_LENGTH = 128;

  private final String value;

  /**
   * Trims and checks the text; the violation's path is the type's simple name in lower camel
   * case (e.g. {@code demandId}).
   *
   * @param text the id text
   * @throws InvalidValueException if the text is blank, too long or holds control characters
   */
  protected TypedId(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    if (isValid(s)) {
      this.value = s; // the common case: no collector, no message
    } else {
      String type = getClass().getSimpleName();
      this.value =
          normalise(type, Character.toLowerCase(type.charAt(0)) + type.substring(1), text);
    }
  }

  /** Whether stripped text passes every check of {@link #normalise} (which names the failure). */
  private static boolean isValid(String s) {
    if (s.isEmpty() || s.length() > 2 * MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return false;
      }
    }
    return s.length() <= MAX_LENGTH || s.codePointCount(0, s.length()) <= MAX_LENGTH;
  }

  /**
   * Makes an id with {@code of}, or returns empty if the text is not a valid id.
   *
   * @param of the type's factory
   * @param text the id text
   * @param <I> the id type
   * @return the id, or empty
   */
  protected static <I> Optional<I> tryOf(Function<CharSequence, I> of, CharSequence text) {
    try {
      return Optional.of(of.apply(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** Trims and checks an id text; throws naming the type and the rule. */
  static String normalise(String type, String path, CharSequence raw) {
    String s = raw.toString().strip();
    Violations v = Violations.of(type);
    v.check(!s.isEmpty(), path, raw, IdMessages.BLANK);
    int length = s.codePointCount(0, s.length());
    v.check(length <= MAX_LENGTH, path, s, f(IdMessages.TOO_LONG, MAX_LENGTH, length));
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        v.check(false, path, s, f(IdMessages.CONTROL, (int) c, i));
        break;
      }
    }
    v.throwIfAny();
    return s;
  }

  /**
   * The id text.
   *
   * @return the trimmed text
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((TypedId<?>) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Returns the id text. */
  @Override
  public final String toString() {
    return value;
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    String type = getClass().getSimpleName();
    try {
      if (!normalise(type, type, requireNonNull(value, "value")).equals(value)) {
        throw new InvalidObjectException(type + " text is not trimmed");
      }
    } catch (InvalidValueException | NullPointerException e) {
      throw new InvalidObjectException(type + ": " + e.getMessage());
    }
  }
}
