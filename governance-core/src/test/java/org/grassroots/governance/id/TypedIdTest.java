package org.grassroots.governance.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class TypedIdTest {

  @Test
  void of_trims() {
    assertEquals("D-2024-0001", DemandId.of("  D-2024-0001 ").value());
    assertEquals(DemandId.of("a"), DemandId.parse(" a"));
  }

  @Test
  void of_rejectsBlankNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResourceId.of("   "));
    assertEquals("resourceId", e.violations().get(0).path());
    assertEquals("must not be blank", e.violations().get(0).rule());
    assertEquals("ResourceId", e.valueType());
  }

  @Test
  void of_rejectsTooLongAndControlCharacters() {
    InvalidValueException tooLong = assertThrows(InvalidValueException.class, () -> PersonId.of("p".repeat(129)));
    assertEquals("must have at most 128 characters, has 129", tooLong.violations().get(0).rule());
    PersonId.of("p".repeat(128));
    InvalidValueException control = assertThrows(InvalidValueException.class, () -> ProjectId.of("a\u0000b"));
    assertTrue(control.violations().get(0).rule().contains("U+0000 at index 1"));
  }

  @Test
  void idsOfDifferentTypesAreNeverEqual() {
    assertNotEquals(DemandId.of("x"), ResourceId.of("x"));
    assertNotEquals(OrganizationId.of("x"), AgreementId.of("x"));
  }

  @Test
  void tryParse_emptyOnInvalid() {
    assertEquals(Optional.empty(), AgreementId.tryParse(""));
    assertEquals(Optional.of(AgreementId.of("A-1")), AgreementId.tryParse("A-1"));
  }

  @Test
  void property_validTextsRoundTripThroughEveryType() {
    qt().withExamples(300).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 127)).check(raw -> {
      String s = raw.strip();
      if (s.isEmpty() || s.chars().anyMatch(Character::isISOControl)) {
        return DemandId.tryParse(raw).isEmpty();
      }
      return DemandId.of(raw).toString().equals(s)
          && OrganizationId.parse(s).value().equals(s)
          && SerializationRoundTrip.roundTrip(ProjectId.of(s)).equals(ProjectId.of(s))
          && PersonId.of(s).compareTo(PersonId.of(s + "~")) < 0;
    });
  }
}
