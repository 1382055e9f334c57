package org.grassroots.governance.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.grassroots.governance.testing.IdGenerators;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class GridAndBuildingCodeTest {

  @Test
  void gridCode_community_isTheTwelveDigitPrefix() {
    GridCode g = GridCode.parse("1101010010010003");
    assertEquals(DivisionCode.parse("110101001001"), g.community());
    assertEquals(3, g.sequence());
    assertEquals(g, GridCode.of(DivisionCode.parse("110101001001"), 3));
    assertEquals("1101010010010003", g.toString());
  }

  @Test
  void gridCode_of_reportsBothViolations() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GridCode.of(DivisionCode.parse("110101001000"), 0));
    assertEquals(2, e.violations().size());
    assertEquals("gridCode.community", e.violations().get(0).path());
    assertTrue(e.violations().get(0).rule().contains("is TOWNSHIP level"));
    assertEquals("gridCode.sequence", e.violations().get(1).path());
  }

  @Test
  void gridCode_parse_rejectsSequenceZeroAndATownshipPrefix() {
    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> GridCode.parse("1101010010010000"));
    assertEquals("gridCode[12..15]", zero.violations().get(0).path());
    InvalidValueException township = assertThrows(InvalidValueException.class, () -> GridCode.parse("1101010010000003"));
    assertEquals("gridCode[0..11]", township.violations().get(0).path());
  }

  @Test
  void gridCode_localVariantsAreAnExplicitConversion() {
    assertThrows(InvalidValueException.class, () -> GridCode.parse("11010100100103"));
    assertEquals(GridCode.parse("1101010010010003"), GridCode.fromLocalVariant("11010100100103"));
    assertEquals(GridCode.parse("1101010010010123"), GridCode.fromLocalVariant("110101001001123"));
    assertEquals(GridCode.parse("1101010010010123"), GridCode.fromLocalVariant("1101010010010123"));
    assertThrows(InvalidValueException.class, () -> GridCode.fromLocalVariant("1101010010011"));
  }

  @Test
  void buildingCode_gridIsTheSixteenDigitPrefix() {
    BuildingCode b = BuildingCode.parse("11010100100100030012");
    assertEquals(GridCode.parse("1101010010010003"), b.grid());
    assertEquals(12, b.sequence());
    assertEquals(b, BuildingCode.of(b.grid(), 12));
    assertThrows(InvalidValueException.class, () -> BuildingCode.of(b.grid(), 10_000));
    assertThrows(InvalidValueException.class, () -> BuildingCode.parse("11010100100100030000"));
  }

  @Test
  void nodeCode_tellsKindsApartByLength() {
    assertEquals(NodeCode.Kind.DIVISION, NodeCode.parse("110101001001").kind());
    assertEquals(NodeCode.Kind.DIVISION, NodeCode.parse("110101").kind());
    assertEquals(NodeCode.Kind.GRID, NodeCode.parse("1101010010010003").kind());
    assertEquals(NodeCode.Kind.BUILDING, NodeCode.parse("11010100100100030012").kind());
    assertEquals(Optional.of(DivisionCode.parse("110101001001")), NodeCode.parse("11010100100100030012").community());
    assertEquals(Optional.empty(), NodeCode.parse("110101001000").community());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NodeCode.parse("1101010010010"));
    assertTrue(e.getMessage().contains("12 (division), 16 (grid) or 20 (building)"));
  }

  @Test
  void nodeCode_orderPutsAncestorsFirst() {
    NodeCode community = NodeCode.parse("110101001001");
    NodeCode grid = NodeCode.parse("1101010010010003");
    NodeCode building = NodeCode.parse("11010100100100030012");
    assertTrue(community.compareTo(grid) < 0);
    assertTrue(grid.compareTo(building) < 0);
  }

  @Test
  void property_gridAndBuildingCodesRoundTrip() {
    qt().withExamples(500).forAll(IdGenerators.gridCodes(), IdGenerators.buildingCodes()).check((g, b) -> {
      GridCode grid = GridCode.parse(g);
      BuildingCode building = BuildingCode.parse(b);
      return grid.toString().equals(g)
          && GridCode.of(grid.community(), grid.sequence()).equals(grid)
          && building.toString().equals(b)
          && NodeCode.parse(g).grid().equals(Optional.of(grid))
          && NodeCode.parse(b).building().equals(Optional.of(building))
          && SerializationRoundTrip.roundTrip(grid).equals(grid)
          && SerializationRoundTrip.roundTrip(building).equals(building)
          && SerializationRoundTrip.roundTrip(NodeCode.parse(b)).equals(NodeCode.parse(b));
    });
  }

  @Test
  void property_divisionCodesSerialiseBackEqual() {
    qt().withExamples(300).forAll(IdGenerators.divisionCodes()).check(s ->
        SerializationRoundTrip.roundTrip(DivisionCode.parse(s)).equals(DivisionCode.parse(s)));
  }
}
