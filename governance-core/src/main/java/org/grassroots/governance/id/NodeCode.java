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
 * The code of any node of the grid hierarchy (层级节点代码): a {@link DivisionCode} (province down
 * to community), a {@link GridCode} or a {@link BuildingCode}, told apart by length (12, 16 or 20
 * digits). Used wherever the model places something "somewhere in the hierarchy" — a demand's
 * location, a resource's service area, an organisation's seat.
 *
 * <p>Immutable and thread-safe; ordered by canonical text, which puts every node right before
 * the nodes whose code it prefixes.
 *
 * <pre>{@code
 * NodeCode n = NodeCode.parse("1101010010010003");
 * n.kind();  // GRID
 * n.grid();  // Optional[1101010010010003]
 * NodeCode.of(DivisionCode.parse("110101001001")).kind(); // DIVISION
 * }</pre>
 */
public final class NodeCode implements Comparable<NodeCode>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Which kind of code a node code holds. */
  public enum Kind {
    /** A statistical division code, province to community (12 digits). */
    DIVISION,
    /** A grid code (16 digits). */
    GRID,
    /** A building code (20 digits). */
    BUILDING
  }

  private final String text;
  private final Kind kind;

  private NodeCode(String text, Kind kind) {
    this.text = text;
    this.kind = kind;
  }

  /**
   * The node of a division.
   *
   * @param division the division code
   * @return the node code
   */
  public static NodeCode of(DivisionCode division) {
    return new NodeCode(requireNonNull(division, "division").toString(), Kind.DIVISION);
  }

  /**
   * The node of a grid.
   *
   * @param grid the grid code
   * @return the node code
   */
  public static NodeCode of(GridCode grid) {
    return new NodeCode(requireNonNull(grid, "grid").toString(), Kind.GRID);
  }

  /**
   * The node of a building.
   *
   * @param building the building code
   * @return the node code
   */
  public static NodeCode of(BuildingCode building) {
    return new NodeCode(requireNonNull(building, "building").toString(), Kind.BUILDING);
  }

  /**
   * Reads a node code: 12 (or 6) digits for a division, 16 for a grid, 20 for a building.
   *
   * @param text the code
   * @return the node code
   * @throws InvalidValueException naming the position and the rule that failed
   */
  public static NodeCode parse(CharSequence text) {
    requireNonNull(text, "text");
    switch (text.length()) {
      case 6:
      case 12:
        return of(DivisionCode.parse(text));
      case 16:
        return of(GridCode.parse(text));
      case 20:
        return of(BuildingCode.parse(text));
      default:
        Violations v = Violations.of("NodeCode");
        v.check(
            false,
            "nodeCode",
            text,
            f(IdMessages.LENGTH, "12 (division), 16 (grid) or 20 (building)", text.length()));
        v.throwIfAny();
        throw new AssertionError("unreachable");
    }
  }

  /**
   * Reads a node code, or empty if it is not valid.
   *
   * @param text the code
   * @return the node code, or empty
   */
  public static Optional<NodeCode> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * Which kind of code this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The division code, if this is a division's node.
   *
   * @return the division code, or empty
   */
  public Optional<DivisionCode> division() {
    return kind == Kind.DIVISION ? Optional.of(DivisionCode.parse(text)) : Optional.empty();
  }

  /**
   * The grid code, if this is a grid's node.
   *
   * @return the grid code, or empty
   */
  public Optional<GridCode> grid() {
    return kind == Kind.GRID ? Optional.of(GridCode.parse(text)) : Optional.empty();
  }

  /**
   * The building code, if this is a building's node.
   *
   * @return the building code, or empty
   */
  public Optional<BuildingCode> building() {
    return kind == Kind.BUILDING ? Optional.of(BuildingCode.parse(text)) : Optional.empty();
  }

  /**
   * The community (village-level division) this node lies in, for grids and buildings, and for
   * a village-level division itself.
   *
   * @return the community's code, or empty for divisions above the village level
   */
  public Optional<DivisionCode> community() {
    if (kind == Kind.DIVISION) {
      DivisionCode d = DivisionCode.parse(text);
      return d.codeLevel() == DivisionLevel.VILLAGE ? Optional.of(d) : Optional.empty();
    }
    return Optional.of(DivisionCode.parse(text.substring(0, 12)));
  }

  @Override
  public int compareTo(NodeCode other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NodeCode && ((NodeCode) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the canonical 12-, 16- or 20-digit form. */
  @Override
  public String toString() {
    return text;
  }

  private Object writeReplace() {
    return new SerialForm(SerialForm.Type.NODE_CODE, text);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("NodeCode is serialised through its serialised form");
  }
}
