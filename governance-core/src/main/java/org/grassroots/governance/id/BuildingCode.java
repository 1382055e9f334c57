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
 * A building code (楼栋编码): 20 digits, the 16-digit {@link GridCode} of the grid the building
 * lies in, then a 4-digit sequence 0001-9999 within that grid.
 *
 * <p>No national standard numbers buildings; this is the library's own extension of the grid
 * code, so that every node of the hierarchy down to a building has a code with its ancestors as a
 * prefix. Immutable and thread-safe; ordered by grid, then sequence.
 *
 * <pre>{@code
 * BuildingCode b = BuildingCode.parse("11010100100100030012");
 * b.grid();     // 1101010010010003
 * b.sequence(); // 12
 * }</pre>
 */
public final class BuildingCode implements Comparable<BuildingCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TYPE = "BuildingCode";
  private static final String PATH = "buildingCode";

  private final GridCode grid;
  private final int sequence;

  private BuildingCode(GridCode grid, int sequence) {
    this.grid = grid;
    this.sequence = sequence;
  }

  /**
   * The building with the given sequence number in a grid.
   *
   * @param grid the grid
   * @param sequence 1 to 9999
   * @return the building code
   * @throws InvalidValueException if the sequence is out of range
   */
  public static BuildingCode of(GridCode grid, int sequence) {
    requireNonNull(grid, "grid");
    if (sequence >= 1 && sequence <= 9999) {
      return new BuildingCode(grid, sequence); // the common case: no message is built
    }
    Violations v = Violations.of(TYPE);
    v.check(
        sequence >= 1 && sequence <= 9999,
        PATH + ".sequence",
        sequence,
        "building sequence must be 0001-9999, found " + sequence);
    v.throwIfAny();
    return new BuildingCode(grid, sequence);
  }

  /**
   * Reads a 20-digit building code.
   *
   * @param text the code
   * @return the code
   * @throws InvalidValueException naming the position and the rule that failed
   */
  public static BuildingCode parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    Violations v = Violations.of(TYPE);
    if (!CodeText.checkLength(s, 20, PATH, v, false)) {
      v.throwIfAny();
    }
    CodeText.checkAlphabet(s, 0, 20, CodeText.DIGITS, "0-9", PATH, v, false);
    v.throwIfAny();
    GridCode grid = v.nested(PATH + "[0..15]", () -> GridCode.parse(s.substring(0, 16)));
    int sequence = Integer.parseInt(s.substring(16));
    v.check(
        sequence >= 1,
        PATH + "[16..19]",
        s,
        f("building sequence must be 0001-9999, found %s", s.substring(16)));
    v.throwIfAny();
    return new BuildingCode(requireNonNull(grid, "grid"), sequence);
  }

  /**
   * Reads a building code, or empty if it is not valid.
   *
   * @param text the code
   * @return the code, or empty
   */
  public static Optional<BuildingCode> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * The grid the building lies in.
   *
   * @return the grid code that prefixes this code
   */
  public GridCode grid() {
    return grid;
  }

  /**
   * The building's sequence number within its grid.
   *
   * @return 1 to 9999
   */
  public int sequence() {
    return sequence;
  }

  @Override
  public int compareTo(BuildingCode other) {
    int c = grid.compareTo(other.grid);
    return c != 0 ? c : Integer.compare(sequence, other.sequence);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BuildingCode
        && ((BuildingCode) o).grid.equals(grid)
        && ((BuildingCode) o).sequence == sequence;
  }

  @Override
  public int hashCode() {
    return grid.hashCode() * 31 + sequence;
  }

  /** Returns the canonical 20-digit form. */
  @Override
  public String toString() {
    return grid + CodeText.fourDigits(sequence);
  }

  private Object writeReplace() {
    return new SerialForm(SerialForm.Type.BUILDING_CODE, toString());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("BuildingCode is serialised through its serialised form");
  }
}
