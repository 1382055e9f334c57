package org.grassroots.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.grassroots.governance.validation.Violations;

/**
 * Compares derived data written in a document (a result's unmatched demands and metrics) with the
 * values recomputed from the document's own inputs: numbers by value ({@code 1}, {@code 1.0} and
 * {@code 1e0} are equal), everything else exactly; each difference becomes a violation at its
 * path, at most {@link #MAX_REPORTED} of them.
 */
final class DerivedData {
  static final int MAX_REPORTED = 20;

  private DerivedData() {}

  static void compare(Violations v, String path, JsonNode expected, JsonNode actual) {
    compare(v, path, JsonMessages.FROM_ALLOCATIONS, expected, actual);
  }

  /**
   * Compares, naming in each violation what the value was recomputed from.
   *
   * @param from e.g. {@link JsonMessages#FROM_MEASUREMENTS}
   */
  static void compare(Violations v, String path, String from, JsonNode expected, JsonNode actual) {
    new Comparison(v, from).compare(path, expected, actual);
  }

  /** One comparison: where violations go, what the values were recomputed from, how many so far. */
  private static final class Comparison {
    private final Violations v;
    private final String from;
    private int reported;

    Comparison(Violations v, String from) {
      this.v = v;
      this.from = from;
    }

    void compare(String path, JsonNode expected, JsonNode actual) {
      if (reported >= MAX_REPORTED) {
        return;
      }
      if (expected.isObject() && actual.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode a = actual.get(e.getKey());
          if (a == null) {
            differ(path + "." + e.getKey(), "absent", e.getValue());
          } else {
            compare(path + "." + e.getKey(), e.getValue(), a);
          }
        }
        for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (!expected.has(name)) {
            differ(path + "." + name, actual.get(name).toString(), null);
          }
        }
      } else if (expected.isArray() && actual.isArray()) {
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
          String at = path + "[" + i + "]";
          if (i >= actual.size()) {
            differ(at, "absent", expected.get(i));
          } else if (i >= expected.size()) {
            differ(at, actual.get(i).toString(), null);
          } else {
            compare(at, expected.get(i), actual.get(i));
          }
        }
      } else if (expected.isNumber() && actual.isNumber()) {
        if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
          differ(path, actual.toString(), expected);
        }
      } else if (!expected.equals(actual)) {
        differ(path, actual.toString(), expected);
      }
    }

    private void differ(String path, String found,
        @org.jspecify.annotations.Nullable JsonNode expected) {
      reported++;
      v.check(false, path, found, expected == null
          ? JsonMessages.f(JsonMessages.DERIVED_EXTRA, from)
          : JsonMessages.f(JsonMessages.DERIVED_DIFFERS, from, shorten(expected.toString())));
    }
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
