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
    compare(v, path, expected, actual, new int[] {0});
  }

  private static void compare(
      Violations v, String path, JsonNode expected, JsonNode actual, int[] reported) {
    if (reported[0] >= MAX_REPORTED) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode a = actual.get(e.getKey());
        if (a == null) {
          differ(v, path + "." + e.getKey(), "absent", e.getValue(), reported);
        } else {
          compare(v, path + "." + e.getKey(), e.getValue(), a, reported);
        }
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!expected.has(name)) {
          differ(v, path + "." + name, actual.get(name).toString(), null, reported);
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      int n = Math.max(expected.size(), actual.size());
      for (int i = 0; i < n; i++) {
        String at = path + "[" + i + "]";
        if (i >= actual.size()) {
          differ(v, at, "absent", expected.get(i), reported);
        } else if (i >= expected.size()) {
          differ(v, at, actual.get(i).toString(), null, reported);
        } else {
          compare(v, at, expected.get(i), actual.get(i), reported);
        }
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        differ(v, path, actual.toString(), expected, reported);
      }
    } else if (!expected.equals(actual)) {
      differ(v, path, actual.toString(), expected, reported);
    }
  }

  private static void differ(Violations v, String path, String found,
      @org.jspecify.annotations.Nullable JsonNode expected, int[] reported) {
    reported[0]++;
    v.check(false, path, found, expected == null
        ? JsonMessages.DERIVED_EXTRA
        : JsonMessages.f(JsonMessages.DERIVED_DIFFERS, shorten(expected.toString())));
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
