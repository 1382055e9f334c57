package org.grassroots.governance.id;

import static org.grassroots.governance.id.IdMessages.f;

import org.grassroots.governance.validation.Violations;

/** Position-by-position checks shared by the fixed-length code parsers. */
final class CodeText {
  private CodeText() {}

  /** A sequence as four digits with leading zeros ({@code 7} → {@code 0007}), without a Formatter. */
  static String fourDigits(int sequence) {
    if (sequence >= 0 && sequence <= 9999) {
      return Integer.toString(10_000 + sequence).substring(1);
    }
    return String.format(java.util.Locale.ROOT, "%04d", sequence);
  }

  /** Records a length violation; returns whether the length is right. */
  static boolean checkLength(
      CharSequence text, int expected, String path, Violations v, boolean personal) {
    if (text.length() == expected) {
      return true;
    }
    String rule = f(IdMessages.LENGTH, expected, text.length());
    if (personal) {
      v.checkPersonal(false, path, text, rule);
    } else {
      v.check(false, path, text, rule);
    }
    return false;
  }

  /** Records a violation for each position in [from, to) that is not in {@code alphabet}. */
  static void checkAlphabet(
      CharSequence text,
      int from,
      int to,
      String alphabet,
      String alphabetName,
      String path,
      Violations v,
      boolean personal) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (alphabet.indexOf(c) < 0) {
        String rule =
            alphabetName.equals("0-9")
                ? f(IdMessages.DIGIT, IdMessages.printable(c))
                : f(IdMessages.CHARSET, alphabetName, IdMessages.printable(c));
        if (personal) {
          v.checkPersonal(false, path + "[" + i + "]", text, rule);
        } else {
          v.check(false, path + "[" + i + "]", text, rule);
        }
      }
    }
  }

  static final String DIGITS = "0123456789";
}
