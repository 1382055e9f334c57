package org.grassroots.governance.json;

import java.util.List;
import java.util.Optional;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/** Helpers of the forms: absent optional properties and null array elements. */
final class Forms {
  private Forms() {}

  /** The optional, or empty when the reference itself is null (a plain mapper's absent value). */
  static <T> Optional<T> present(@Nullable Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /**
   * The optional list, refusing a null element with its own path ({@code property[i]}), so that
   * {@code [null]} is reported at {@code /property/i} instead of failing in the builder.
   */
  static <T> Optional<List<T>> elements(
      String type, String property, @Nullable Optional<List<T>> value) {
    Optional<List<T>> list = present(value);
    if (list.isPresent()) {
      Violations v = Violations.of(type);
      List<T> items = list.get();
      for (int i = 0; i < items.size(); i++) {
        v.check(items.get(i) != null, property + "[" + i + "]", "null", JsonMessages.NOT_NULL);
      }
      v.throwIfAny();
    }
    return list;
  }

  /**
   * The elements of an array read for a set: refuses a null element and a repeated one at its
   * own index ({@code property[i]}), instead of merging it.
   */
  static <T> List<T> distinct(String type, String property, @Nullable Optional<List<T>> value) {
    List<T> items = elements(type, property, value).orElse(List.of());
    Violations v = Violations.of(type);
    java.util.Set<T> seen = new java.util.HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      v.check(seen.add(items.get(i)), property + "[" + i + "]", items.get(i), JsonMessages.REPEATED);
    }
    v.throwIfAny();
    return items;
  }
}
