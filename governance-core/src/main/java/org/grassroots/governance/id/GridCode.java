package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.id.IdMessages.f;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A grid code (单元网格代码, after GB/T 30428.1): 16 digits, the 12-digit code of the community
 * the grid lies in, then a 4-digit sequence 0001-9999 (numbered west to east, north to south by
 * convention).
 *
 * <p>City systems also use 14- and 15-digit local variants (the community code and a 2- or
 * 3-digit sequence); reading one is the explicit conversion {@link #fromLocalVariant}, never a
 * guess made by {@link #parse}.
 *
 * <p>Immutable and thread-safe; ordered by community, then sequence.
 *
 * <pre>{@code
 * GridCode g = GridCode.parse("1101010010010003");
 * g.community(); // 110101001001
 * g.sequence();  // 3
 * GridCode.of(DivisionCode.parse("110101001001"), 3).equals(g); // true
 * }</pre>
 */
public final class GridCode implements Comparable<GridCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TYPE = "GridCode";
  private static final String PATH = "gridCode";

  private final DivisionCode community;
  private final int sequence;

  private GridCode(DivisionCode community, int sequence) {
    this.community = community;
    this.sequence = sequence;
  }

  /**
   * The grid with the given sequence number in a community.
   *
   * @param community a village-level code (its village segment non-zero)
   * @param sequence 1 to 9999
   * @return the grid code
   * @throws InvalidValueException if the community is not village-level or the sequence is out
   *     of range (both reported)
   */
  public static GridCode of(DivisionCode community, int sequence) {
    requireNonNull(community, "community");
    if (community.villageSegment() != 0 && sequence >= 1 && sequence <= 9999) {
      return new GridCode(community, sequence); // the common case: no message is built
    }
    Violations v = Violations.of(TYPE);
    checkCommunity(community, PATH + ".community", v);
    v.check(
        sequence >= 1 && sequence <= 9999,
        PATH + ".sequence",
        sequence,
        f(IdMessages.GRID_SEQUENCE, sequence));
    v.throwIfAny();
    return new GridCode(community, sequence);
  }

  /**
   * Reads a 16-digit grid code.
   *
   * @param text the code
   * @return the code
   * @throws InvalidValueException naming the position and the rule that failed
   */
  public static GridCode parse(CharSequence text) {
    requireNonNull(text, "text");
    return read(text.toString(), 16);
  }

  /**
   * Reads a grid code, or empty if it is not valid.
   *
   * @param text the code
   * @return the code, or empty
   */
  public static Optional<GridCode> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * Converts a city system's local variant: 14 digits (community code and a 2-digit sequence) or
   * 15 digits (community code and a 3-digit sequence). The 16-digit form is accepted unchanged.
   *
   * @param text the local code
   * @return the standard grid code with the same community and sequence
   * @throws InvalidValueException if the length is not 14, 15 or 16 or a rule fails
   */
  public static GridCode fromLocalVariant(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() != 14 && s.length() != 15 && s.length() != 16) {
      Violations v = Violations.of(TYPE);
      v.check(false, PATH, s, f(IdMessages.LENGTH, "14, 15 or 16", s.length()));
      v.throwIfAny();
    }
    return read(s, s.length());
  }

  private static GridCode read(String s, int length) {
    Violations v = Violations.of(TYPE);
    if (!CodeText.checkLength(s, length, PATH, v, false)) {
      v.throwIfAny();
    }
    CodeText.checkAlphabet(s, 0, length, CodeText.DIGITS, "0-9", PATH, v, false);
    v.throwIfAny();
    DivisionCode community = v.nested(PATH + "[0..11]", () -> DivisionCode.parse(s.substring(0, 12)));
    if (community != null) {
      checkCommunity(community, PATH + "[0..11]", v);
    }
    int sequence = Integer.parseInt(s.substring(12));
    if (sequence < 1) { // the message is formatted only for a violation
      v.check(false, PATH + "[12.." + (length - 1) + "]", s,
          f(IdMessages.GRID_SEQUENCE, s.substring(12)));
    }
    v.throwIfAny();
    return new GridCode(requireNonNull(community, "community"), sequence);
  }

  private static void checkCommunity(DivisionCode community, String path, Violations v) {
    v.check(
        community.codeLevel() == DivisionLevel.VILLAGE,
        path,
        community,
        f(IdMessages.NOT_VILLAGE, community.codeLevel()));
  }

  /**
   * The community (or village) the grid lies in.
   *
   * @return the village-level division code that prefixes this code
   */
  public DivisionCode community() {
    return community;
  }

  /**
   * The grid's sequence number within its community.
   *
   * @return 1 to 9999
   */
  public int sequence() {
    return sequence;
  }

  /**
   * The code as a 16-digit number.
   *
   * @return {@code community * 10000 + sequence}
   */
  public long toLong() {
    return community.toLong() * 10_000L + sequence;
  }

  @Override
  public int compareTo(GridCode other) {
    return Long.compare(toLong(), other.toLong());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GridCode
        && ((GridCode) o).community.equals(community)
        && ((GridCode) o).sequence == sequence;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(toLong());
  }

  /** Returns the canonical 16-digit form. */
  @Override
  public String toString() {
    return community.toString() + CodeText.fourDigits(sequence);
  }

  private Object writeReplace() {
    return new SerialForm(SerialForm.Type.GRID_CODE, toString());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("GridCode is serialised through its serialised form");
  }
}
