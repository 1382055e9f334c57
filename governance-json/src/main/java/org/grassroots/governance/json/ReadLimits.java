package org.grassroots.governance.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;

/**
 * The limits a reader enforces before it builds anything (读取限制): document size, nesting
 * depth, string length, number length and property-name length. The defaults are safe for
 * untrusted input and generous for real documents; raise {@link #maxDocumentLength()} for large
 * lists (the streaming reader holds one item at a time whatever the size).
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentLength(2L << 30); // 2 GiB lists
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadLimits {
  /** Default maximum document length: 256 MiB (bytes or characters of input). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L << 20;
  /** Default maximum nesting depth of arrays and objects. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default maximum length of one string value: 1 MiB characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;
  /** Default maximum number of characters of one number. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
  /** Default maximum length of one property name. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH);

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;

  private ReadLimits(
      long maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength) {
    this.maxDocumentLength = positive(maxDocumentLength, "maxDocumentLength");
    this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
    this.maxNameLength = (int) positive(maxNameLength, "maxNameLength");
  }

  private static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be positive, is %d", name, value));
    }
    return value;
  }

  /**
   * The safe defaults.
   *
   * @return the default limits
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another maximum document length.
   *
   * @param bytes the maximum, positive
   * @return the copy
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxDocumentLength(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * A copy with another maximum nesting depth.
   *
   * @param depth the maximum, positive
   * @return the copy
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * A copy with another maximum string length.
   *
   * @param chars the maximum, positive
   * @return the copy
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxStringLength(int chars) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, chars, maxNumberLength, maxNameLength);
  }

  /**
   * A copy with another maximum number length.
   *
   * @param chars the maximum, positive
   * @return the copy
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxNumberLength(int chars) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, chars, maxNameLength);
  }

  /**
   * A copy with another maximum property-name length.
   *
   * @param chars the maximum, positive
   * @return the copy
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxNameLength(int chars) {
    return new ReadLimits(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, chars);
  }

  /**
   * The maximum document length, in bytes (or characters for text input).
   *
   * @return the maximum
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The maximum nesting depth.
   *
   * @return the maximum
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The maximum length of a string value, in characters.
   *
   * @return the maximum
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The maximum length of a number, in characters.
   *
   * @return the maximum
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The maximum length of a property name, in characters.
   *
   * @return the maximum
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  StreamReadConstraints toConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .build();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ReadLimits[document %d, depth %d, string %d, number %d, name %d]",
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength);
  }
}
