package org.grassroots.governance.structure;

import org.grassroots.governance.validation.Violations;

/** The checks shared by the small ids of this package. */
final class LocalIds {
  static final int MAX_LENGTH = 128;

  private LocalIds() {}

  static void check(String type, String path, String value) {
    Violations v = Violations.of(type).require(path, value);
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!value.isBlank(), path, value, Messages.BLANK)
        .check(value.strip().equals(value), path, value, "must be trimmed")
        .check(
            value.length() <= MAX_LENGTH,
            path,
            value,
            Messages.f(Messages.TOO_LONG, MAX_LENGTH, value.length()))
        .check(value.chars().noneMatch(Character::isISOControl), path, value,
            "must not contain control characters")
        .throwIfAny();
  }
}
