package org.grassroots.governance.privacy;

import static java.util.Objects.requireNonNull;

/**
 * How personal data (个人信息: citizen id numbers, phone numbers, residents' names) is shown when
 * it must be shown at all: in messages, logs and default exports.
 *
 * <p>The rule keeps just enough to let a person recognise their own record: for text of 15
 * characters or more the first 6 and the last 4 (a citizen id {@code 110105********002X}); for 11
 * to 14 characters the first 3 and the last 4 (a mobile number {@code 138****5678}); for 3 to 10
 * characters the first and the last one (a name {@code 张*三}); shorter text is masked whole. At
 * least a third of any text of 3 or more characters is always hidden.
 * Code points, not UTF-16 units, are counted, so characters outside the BMP are never split.
 *
 * <pre>{@code
 * Masking.mask("11010519491231002X"); // "110105********002X"
 * }</pre>
 */
public final class Masking {
  /** The character that replaces each hidden character. */
  public static final char MASK = '*';

  private Masking() {}

  /**
   * Masks personal text by the rule in the class description.
   *
   * @param text the personal text
   * @return the masked form, of the same length in code points
   */
  public static String mask(CharSequence text) {
    requireNonNull(text, "text");
    int[] cps = text.toString().codePoints().toArray();
    int n = cps.length;
    int head;
    int tail;
    if (n >= 15) {
      head = 6;
      tail = 4;
    } else if (n >= 11) {
      head = 3;
      tail = 4;
    } else if (n >= 3) {
      head = 1;
      tail = 1;
    } else {
      head = 0;
      tail = 0;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (i < head || i >= n - tail) {
        sb.appendCodePoint(cps[i]);
      } else {
        sb.append(MASK);
      }
    }
    return sb.toString();
  }
}
