package org.grassroots.governance.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Helpers of the forms: an absent optional property may arrive as a null reference. */
final class Forms {
  private Forms() {}

  /** The optional, or empty when the reference itself is null (a plain mapper's absent value). */
  static <T> Optional<T> present(@Nullable Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
