package org.grassroots.governance.validation;

/** Joins violation paths: {@code a} + {@code b.c} = {@code a.b.c}; {@code a} + {@code [2]} = {@code a[2]}. */
final class Paths {
  private Paths() {}

  static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.charAt(0) == '[' ? prefix + path : prefix + "." + path;
  }
}
