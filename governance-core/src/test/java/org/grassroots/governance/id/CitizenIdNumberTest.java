package org.grassroots.governance.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Locale;
import org.grassroots.governance.testing.IdGenerators;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

class CitizenIdNumberTest {
  private static final String EXAMPLE = "11010519491231002X";

  @Test
  void parse_acceptsThePublishedExample() {
    CitizenIdNumber id = CitizenIdNumber.parse(EXAMPLE);
    assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
    assertEquals(Sex.FEMALE, id.sex());
    assertEquals(DivisionCode.parse("110105"), id.addressCode());
    assertEquals(EXAMPLE, id.reveal());
  }

  @Test
  void toString_isMasked() {
    CitizenIdNumber id = CitizenIdNumber.parse(EXAMPLE);
    assertEquals("110105********002X", id.toString());
    assertEquals(id.toString(), id.masked());
  }

  @Test
  void parse_wrongCheckNamesExpectedAndFoundAndMasksTheNumber() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CitizenIdNumber.parse("110105194912310021"));
    Violation v = e.violations().get(0);
    assertEquals("citizenIdNumber[17]", v.path());
    assertEquals("check character must be 'X' (ISO 7064 MOD 11-2), found '1'", v.rule());
    assertEquals("110105********0021", v.rejectedValue());
    assertFalse(e.getMessage().contains("110105194912310021"));
  }

  @Test
  void parse_rejectsAnImpossibleBirthDate() {
    String body = "11010519490230002";
    String id = body + IdGenerators.citizenCheck(body);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CitizenIdNumber.parse(id));
    assertEquals("citizenIdNumber[6..13]", e.violations().get(0).path());
    assertFalse(e.getMessage().contains(id));
  }

  @Test
  void parse_rejectsLowerCaseX() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CitizenIdNumber.parse("11010519491231002x"));
    assertEquals("citizenIdNumber[17]", e.violations().get(0).path());
  }

  @Test
  void parse_remainderZeroGivesOneAndRemainderTwoGivesX() {
    boolean sawZero = false;
    boolean sawTwo = false;
    for (int i = 0; i < 1000 && !(sawZero && sawTwo); i++) {
      String body = "11010519491231" + String.format(Locale.ROOT, "%03d", i);
      char check = IdGenerators.citizenCheck(body);
      if (check == '1') {
        sawZero = true;
        assertEquals(body + "1", CitizenIdNumber.parse(body + "1").reveal());
      }
      if (check == 'X') {
        sawTwo = true;
        assertEquals(body + "X", CitizenIdNumber.parse(body + "X").reveal());
      }
    }
    assertTrue(sawZero && sawTwo);
  }

  @Test
  void sex_isTheParityOfThe17thDigit() {
    String male = "11010519491231001";
    assertEquals(Sex.MALE, CitizenIdNumber.parse(male + IdGenerators.citizenCheck(male)).sex());
  }

  @Test
  void property_generatedNumbersRoundTripAndNeverPrintWhole() {
    qt().withExamples(1000).forAll(IdGenerators.citizenIds()).check(s -> {
      CitizenIdNumber id = CitizenIdNumber.parse(s);
      return id.reveal().equals(s) && !id.toString().contains(s.substring(6, 14))
          && SerializationRoundTrip.roundTrip(id).equals(id);
    });
  }

  @Test
  void property_everySingleCharacterSubstitutionIsRejected() {
    String alphabet = "0123456789X";
    qt().withExamples(1000)
        .forAll(IdGenerators.citizenIds(), integers().between(0, 17), integers().between(1, 10))
        .check((s, pos, shift) -> {
          int d = alphabet.indexOf(s.charAt(pos));
          char replacement = alphabet.charAt((d + shift) % alphabet.length());
          String bad = s.substring(0, pos) + replacement + s.substring(pos + 1);
          return CitizenIdNumber.tryParse(bad).isEmpty();
        });
  }
}
