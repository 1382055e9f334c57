package org.grassroots.governance.json;

import java.util.List;
import java.util.Optional;
import org.grassroots.governance.validation.Violation;

/**
 * Checks a derived number given in a document (a rate, a mean) against the one the value
 * computes: optional on read, and when given it must be equal (written doubles read back
 * exactly).
 */
final class DerivedNumbers {
  private DerivedNumbers() {}

  static void check(List<Violation> out, String path, String from,
      @org.jspecify.annotations.Nullable Optional<Double> given,
      double computed) {
    Optional<Double> g = Forms.present(given);
    if (g.isPresent() && Double.compare(g.get(), computed) != 0) {
      out.add(Violation.of(path, g.get(),
          JsonMessages.f(JsonMessages.DERIVED_DIFFERS, from, computed)));
    }
  }
}
