package org.grassroots.governance.json;

import com.google.common.collect.ImmutableSet;

/**
 * The exchange format's name and versions (交换格式).
 *
 * <p>Every document says which format and version it follows; this library writes
 * {@link #CURRENT} and reads every version whose major is in {@link #READABLE_MAJORS}, older
 * minors included. The schemas of each major are published under {@link #SCHEMA_BASE}.
 *
 * <pre>{@code
 * ExchangeFormat.NAME;      // "grassroots-governance"
 * ExchangeFormat.CURRENT;   // 1.0.0
 * ExchangeFormat.reads(FormatVersion.parse("1.0.0")); // true
 * }</pre>
 */
public final class ExchangeFormat {
  /** The value of every document's {@code format} property. */
  public static final String NAME = "grassroots-governance";

  /** The version this library writes. */
  public static final FormatVersion CURRENT = FormatVersion.of(1, 1, 0);

  /** The major versions this library reads (any minor and patch of each). */
  public static final ImmutableSet<Integer> READABLE_MAJORS = ImmutableSet.of(1);

  /** The base {@code $id} of the JSON Schemas of the current major version. */
  public static final String SCHEMA_BASE = "https://grassroots-governance.org/schema/1/";

  /** Where the schemas are in the jar, as a class-path resource folder. */
  public static final String SCHEMA_RESOURCES = "org/grassroots/governance/json/schema/";

  private ExchangeFormat() {}

  /**
   * Whether this library reads documents of a version.
   *
   * @param version the document's version
   * @return {@code true} if its major version is readable
   */
  public static boolean reads(FormatVersion version) {
    return READABLE_MAJORS.contains(version.major());
  }

  /** The readable versions in words, for messages: {@code "1.x"}. */
  static String readableDescription() {
    StringBuilder sb = new StringBuilder();
    for (int major : READABLE_MAJORS) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(major).append(".x");
    }
    return sb.toString();
  }
}
