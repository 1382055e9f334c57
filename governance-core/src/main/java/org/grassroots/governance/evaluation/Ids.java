package org.grassroots.governance.evaluation;

import org.grassroots.governance.validation.Violations;

/** The text rules of this package's ids: trimmed, non-blank, bounded, no control characters. */
final class Ids {
  static final int MAX_LENGTH = 128;

  private Ids() {}

  static String normalise(String type, String path, CharSequence raw) {
    String s = raw.toString().strip();
    Violations v = Violations.of(type);
    v.check(!s.isEmpty(), path, raw, Messages.BLANK);
    int length = s.codePointCount(0, s.length());
    v.check(length <= MAX_LENGTH, path, s, Messages.f(Messages.TOO_LONG, MAX_LENGTH, length));
    v.check(s.chars().noneMatch(Character::isISOControl), path, s, Messages.CONTROL);
    v.throwIfAny();
    return s;
  }
}
