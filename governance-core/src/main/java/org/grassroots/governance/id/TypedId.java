package org.grassroots.governance.id;

import static org.grassroots.governance.id.IdMessages.f;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The common shape of the typed identifiers ({@link OrganizationId}, {@link PersonId},
 * {@link DemandId}, {@link ResourceId}, {@link AgreementId}, {@link ProjectId}): an opaque text
 * chosen by the system that issued it, trimmed, non-blank, at most {@value #MAX_LENGTH}
 * characters, with no control characters. Typed so that a demand id can never be passed where a
 * resource id is meant.
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

  TypedId(String value) {
    this.value = value;
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
}
