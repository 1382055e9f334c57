package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a document (文档问题): where it is as a JSON pointer (RFC 6901), the rejected
 * value (masked when it is personal data) and the rule it broke. Used both for errors
 * ({@link InvalidDocumentException#problems()}) and for warnings ({@link ReadResult#warnings()}).
 *
 * <p>Control characters in the pointer, value and rule are shown as {@code <U+XXXX>} escapes, so a
 * problem is always one printable line.
 *
 * <p>The pointer of a CSV problem is {@code /<row>/<column>}, the spreadsheet row number (the
 * header is row 1) and the column's key.
 *
 * <pre>{@code
 * DocumentProblem p = e.problems().get(0);
 * p.pointer(); // "/data/2/grid"
 * p.rule();    // "grid 3501020010010001 lies outside division 350103000000: ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final @Nullable String rejectedValue;
  private final String rule;

  private DocumentProblem(String pointer, @Nullable String rejectedValue, String rule) {
    this.pointer = pointer;
    this.rejectedValue = rejectedValue;
    this.rule = rule;
  }

  /**
   * A problem.
   *
   * @param pointer the JSON pointer, {@code ""} for the whole document
   * @param rejectedValue the rejected value as text, already masked if personal, or
   *     {@code null} where the value was missing
   * @param rule the rule broken
   * @return the problem
   */
  public static DocumentProblem of(String pointer, @Nullable String rejectedValue, String rule) {
    requireNonNull(pointer, "pointer");
    requireNonNull(rule, "rule");
    // reuse the core's shortening of long values
    Violation v = Violation.of("", rejectedValue, rule);
    return new DocumentProblem(printable(pointer), printableOrNull(v.rejectedValue()),
        printable(rule));
  }

  /**
   * Control characters of input text shown as {@code <U+XXXX>}, so that a problem printed or logged
   * is one line and cannot forge another.
   */
  static String printable(String text) {
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

  private static @Nullable String printableOrNull(@Nullable String text) {
    return text == null ? null : printable(text);
  }

  /**
   * The problem of a core violation, at a pointer.
   *
   * @param pointer the JSON pointer of the value the violation's path is relative to
   * @param v the violation
   * @return the problem at {@code pointer} + the violation's path as a pointer
   */
  static DocumentProblem of(String pointer, Violation v) {
    return new DocumentProblem(
        printable(pointer + Pointers.fromViolationPath(v.path())),
        printableOrNull(v.rejectedValue()),
        printable(v.rule()));
  }

  /**
   * Where, as a JSON pointer.
   *
   * @return e.g. {@code /data/2/creditCode}, or {@code ""} for the document as a whole
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The rejected value as text, masked when personal, shortened past 200 characters.
   *
   * @return the value, or empty where it was missing or is not a single value
   */
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(rejectedValue);
  }

  /**
   * The rule the value broke.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof DocumentProblem)) {
      return false;
    }
    DocumentProblem p = (DocumentProblem) o;
    return pointer.equals(p.pointer)
        && Objects.equals(rejectedValue, p.rejectedValue)
        && rule.equals(p.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, rejectedValue, rule);
  }

  /** Returns {@code pointer: rule (rejected: value)}. */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    String what = rejectedValue == null ? "" : " (rejected: " + rejectedValue + ")";
    return where + ": " + rule + what;
  }
}
