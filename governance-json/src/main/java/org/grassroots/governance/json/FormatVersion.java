package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A version of the exchange format (格式版本), in SemVer {@code MAJOR.MINOR.PATCH}: a minor
 * version adds (and may deprecate), only a major version removes or changes. A reader of major
 * {@code N} reads every {@code N.x.y}.
 *
 * <pre>{@code
 * FormatVersion v = FormatVersion.parse("1.2.0");
 * v.major(); // 1
 * }</pre>
 *
 * <p>Immutable and thread-safe; ordered by major, minor, patch.
 */
public final class FormatVersion implements Comparable<FormatVersion>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_PART_DIGITS = 6;

  private final int major;
  private final int minor;
  private final int patch;

  private FormatVersion(int major, int minor, int patch) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
  }

  /**
   * The version with the given parts.
   *
   * @param major at least 0
   * @param minor at least 0
   * @param patch at least 0
   * @return the version
   * @throws InvalidValueException if a part is negative
   */
  public static FormatVersion of(int major, int minor, int patch) {
    Violations.of("FormatVersion")
        .check(major >= 0, "major", major, "must not be negative")
        .check(minor >= 0, "minor", minor, "must not be negative")
        .check(patch >= 0, "patch", patch, "must not be negative")
        .throwIfAny();
    return new FormatVersion(major, minor, patch);
  }

  /**
   * Reads {@code MAJOR.MINOR.PATCH}: three non-negative decimal numbers without leading zeros.
   *
   * @param text the version text
   * @return the version
   * @throws InvalidValueException if the text is not of that form
   */
  public static FormatVersion parse(CharSequence text) {
    requireNonNull(text, "text");
    Optional<FormatVersion> v = tryParse(text);
    if (v.isEmpty()) {
      Violations.of("FormatVersion").check(false, "version", text, JsonMessages.BAD_VERSION)
          .throwIfAny();
    }
    return v.orElseThrow();
  }

  /**
   * Reads a version, or empty if the text is not {@code MAJOR.MINOR.PATCH}.
   *
   * @param text the version text
   * @return the version, or empty
   */
  public static Optional<FormatVersion> tryParse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int[] parts = new int[3];
    int part = 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        if (part > 2) {
          return Optional.empty();
        }
        int len = i - start;
        if (len == 0 || len > MAX_PART_DIGITS || (len > 1 && s.charAt(start) == '0')) {
          return Optional.empty();
        }
        int value = 0;
        for (int j = start; j < i; j++) {
          char c = s.charAt(j);
          if (c < '0' || c > '9') {
            return Optional.empty();
          }
          value = value * 10 + (c - '0');
        }
        parts[part++] = value;
        start = i + 1;
      }
    }
    return part == 3
        ? Optional.of(new FormatVersion(parts[0], parts[1], parts[2]))
        : Optional.empty();
  }

  /**
   * The major version.
   *
   * @return the major version
   */
  public int major() {
    return major;
  }

  /**
   * The minor version.
   *
   * @return the minor version
   */
  public int minor() {
    return minor;
  }

  /**
   * The patch version.
   *
   * @return the patch version
   */
  public int patch() {
    return patch;
  }

  @Override
  public int compareTo(FormatVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FormatVersion && compareTo((FormatVersion) o) == 0;
  }

  @Override
  public int hashCode() {
    return (major * 31 + minor) * 31 + patch;
  }

  /** Returns {@code MAJOR.MINOR.PATCH}. */
  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
