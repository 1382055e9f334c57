package org.grassroots.governance.validation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
import org.grassroots.governance.privacy.Masking;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule: where ({@link #path()}), what was rejected ({@link #rejectedValue()}) and
 * which rule it broke ({@link #rule()}).
 *
 * <p>Paths use dots for properties and brackets for indices, relative to the value being built,
 * e.g. {@code commitments[2].quantity}; an empty path means the value as a whole. The JSON module
 * maps them to JSON pointers ({@code /commitments/2/quantity}). The rejected value is kept as
 * text, already masked when it is personal data, with control characters shown as {@code <U+XXXX>}
 * (a newline is {@code <U+000A>}) so that it never breaks or forges a log line, and shortened past
 * 200 characters. The JSON module shows them the same way.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Violation v = Violation.of("term.end", "2024-01-01", "must be after term.start 2024-06-30");
 * v.toString(); // "term.end: must be after term.start 2024-06-30 (rejected: 2024-01-01)"
 * }</pre>
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Longest rejected value kept whole; longer ones are shortened, saying so. */
  static final int MAX_VALUE_LENGTH = 200;

  private final String path;
  private final @Nullable String rejectedValue;
  private final String rule;

  private Violation(String path, @Nullable String rejectedValue, String rule) {
    this.path = path;
    this.rejectedValue = rejectedValue;
    this.rule = rule;
  }

  /**
   * A violation of a rule by a value that is not personal data.
   *
   * @param path where, relative to the value being built ({@code ""} for the value itself)
   * @param rejectedValue the rejected value, or {@code null} where it was missing
   * @param rule the rule broken, phrased so that it reads after the path
   * @return the violation
   */
  public static Violation of(String path, @Nullable Object rejectedValue, String rule) {
    requireNonNull(path, "path");
    requireNonNull(rule, "rule");
    return new Violation(path, render(rejectedValue), rule);
  }

  /**
   * A violation whose rejected value is personal data: the value is masked before it is kept.
   *
   * @param path where
   * @param rejectedValue the personal value, or {@code null} where it was missing
   * @param rule the rule broken
   * @return the violation, holding only the masked value
   */
  public static Violation ofPersonal(String path, @Nullable CharSequence rejectedValue, String rule) {
    requireNonNull(path, "path");
    requireNonNull(rule, "rule");
    return new Violation(
        path, rejectedValue == null ? null : shorten(Masking.mask(rejectedValue)), rule);
  }

  private static @Nullable String render(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    return shorten(String.valueOf(value));
  }

  private static String shorten(String raw) {
    String text = escapeControls(raw);
    if (text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    return text.substring(0, MAX_VALUE_LENGTH)
        + "… ("
        + text.length()
        + " characters in all)";
  }

  /** Control characters are shown escaped, so a rejected value never breaks or forges a line. */
  private static String escapeControls(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        sb.append(String.format(java.util.Locale.ROOT, "<U+%04X>", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Where the rule was broken, relative to the value being built.
   *
   * @return a path such as {@code commitments[2].quantity}, or {@code ""}
   */
  public String path() {
    return path;
  }

  /**
   * The rejected value as text (masked when it is personal data, shortened past 200 characters).
   *
   * @return the rejected value, or {@code null} when the value was missing
   */
  public @Nullable String rejectedValue() {
    return rejectedValue;
  }

  /**
   * The rule that was broken.
   *
   * @return the rule, e.g. {@code "must be after term.start 2024-06-30"}
   */
  public String rule() {
    return rule;
  }

  /**
   * The same violation seen from an enclosing value: {@code prefix} is put in front of the path.
   *
   * @param prefix the path of the nested value inside the enclosing one, e.g. {@code commitments[2]}
   * @return the violation with the joined path
   */
  public Violation under(String prefix) {
    return new Violation(Paths.join(prefix, path), rejectedValue, rule);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) o;
    return path.equals(that.path)
        && Objects.equals(rejectedValue, that.rejectedValue)
        && rule.equals(that.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, rejectedValue, rule);
  }

  /** Returns {@code path: rule (rejected: value)}, or {@code path: rule (missing)}. */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "" : path + ": ";
    String what = rejectedValue == null ? " (missing)" : " (rejected: " + rejectedValue + ")";
    return where + rule + what;
  }
}
