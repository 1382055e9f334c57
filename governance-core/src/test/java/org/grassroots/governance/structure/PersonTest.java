package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Fixtures.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static final String ID = "11010519491231002X";

  @Test
  void toString_masksNameAndCitizenId() {
    Person p = Person.of(PersonId.of("P-1"), "欧阳娜娜", true)
        .withCitizenId(CitizenIdNumber.parse(ID));
    String s = p.toString();
    assertFalse(s.contains("欧阳娜娜"));
    assertFalse(s.contains(ID));
    assertTrue(s.contains("欧**娜"));
    assertTrue(s.contains("110105********002X"));
    assertEquals("欧**娜", p.maskedName());
  }

  @Test
  void blankName_isRejected_onEveryPath() {
    assertViolation(() -> Person.of(PersonId.of("P-1"), " ", false), "name", Messages.BLANK);
    Person p = Person.of(PersonId.of("P-1"), "张三", false);
    assertViolation(() -> p.withName(""), "name", Messages.BLANK);
    assertViolation(() -> Person.builder().from(p).name("\t").build(), "name", Messages.BLANK);
  }

  @Test
  void tooLongName_isReportedMasked() {
    String longName = "王".repeat(300);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Person.of(PersonId.of("P-1"), longName, false));
    assertFalse(String.valueOf(e.getMessage()).contains(longName));
  }

  @Test
  void serialisation_roundTrips() {
    Fixtures.roundTrip(Person.of(PersonId.of("P-1"), "张三", true)
        .withCitizenId(CitizenIdNumber.parse(ID)));
  }
}
