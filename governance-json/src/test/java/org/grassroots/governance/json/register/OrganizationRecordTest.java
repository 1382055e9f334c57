package org.grassroots.governance.json.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.json.Fixtures;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

class OrganizationRecordTest {
  private static final UnifiedSocialCreditCode CREDIT =
      UnifiedSocialCreditCode.parse(Fixtures.CREDIT_CODE);

  @Test
  void of_stripsTheName() {
    OrganizationRecord r = OrganizationRecord.of(OrganizationId.of("O"), "  东华社区 ", CREDIT,
        DivisionCode.parse(Fixtures.COMMUNITY), Optional.empty());
    assertEquals("东华社区", r.name());
  }

  @Test
  void of_rejectsAGridOutsideTheDivision() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OrganizationRecord.of(
        OrganizationId.of("O"), "x", CREDIT, DivisionCode.parse("110101001001"),
        Optional.of(GridCode.parse(Fixtures.GRID))));
    Violation v = e.violations().get(0);
    assertEquals("grid", v.path());
    assertTrue(v.rule().contains("lies outside division 110101001001"), v.rule());
  }

  @Test
  void grid_mayLieInAnyAncestorOfItsCommunity() {
    GridCode g = GridCode.parse(Fixtures.GRID);
    for (String division : List.of("350102001001", "350102001000", "350102000000",
        "350100000000", "350000000000")) {
      assertEquals(Optional.of(g), OrganizationRecord.of(OrganizationId.of("O"), "x", CREDIT,
          DivisionCode.parse(division), Optional.of(g)).grid());
    }
  }

  @Test
  void builder_reportsEveryViolationAtOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OrganizationRecord.builder().name(" ").build());
    assertEquals(List.of("id", "creditCode", "division", "name"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void withGrid_checksAgain() {
    OrganizationRecord r = Fixtures.record("O");
    assertThrows(InvalidValueException.class,
        () -> r.withGrid(GridCode.parse("1101010010010001")));
  }

  @Test
  void javaSerialisation_roundTrips() throws IOException, ClassNotFoundException {
    OrganizationRecord r = Fixtures.record("O");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(r, in.readObject());
    }
  }
}
