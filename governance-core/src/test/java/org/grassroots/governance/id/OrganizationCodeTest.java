package org.grassroots.governance.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.grassroots.governance.testing.IdGenerators;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class OrganizationCodeTest {

  @Test
  void parse_acceptsTheCodeEmbeddedInThePublishedCreditCode() {
    OrganizationCode c = OrganizationCode.parse("M000100Y4");
    assertEquals("M000100Y", c.body());
    assertEquals('4', c.checkCharacter());
    assertEquals("M000100Y-4", c.toHyphenated());
  }

  @Test
  void parse_acceptsTheHyphenatedForm() {
    assertEquals(OrganizationCode.parse("M000100Y4"), OrganizationCode.parse("M000100Y-4"));
  }

  @Test
  void parse_namesExpectedAndFoundCheckCharacter() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OrganizationCode.parse("M000100Y5"));
    assertEquals("organizationCode[8]", e.violations().get(0).path());
    assertEquals("check character must be '4' (GB 11714), found '5'", e.violations().get(0).rule());
  }

  @Test
  void parse_remainderZeroIsWrittenZeroAndRemainderOneIsWrittenX() {
    boolean sawZero = false;
    boolean sawX = false;
    for (int i = 0; i < 1000 && !(sawZero && sawX); i++) {
      String body = String.format(Locale.ROOT, "%08d", i);
      char check = IdGenerators.organizationCheck(body);
      if (check == '0') {
        sawZero = true;
        assertEquals('0', OrganizationCode.parse(body + "0").checkCharacter());
      }
      if (check == 'X') {
        sawX = true;
        assertEquals('X', OrganizationCode.parse(body + "X").checkCharacter());
        assertThrows(InvalidValueException.class, () -> OrganizationCode.parse(body + "0"));
      }
    }
    assertTrue(sawZero && sawX);
  }

  @Test
  void property_generatedCodesRoundTrip() {
    qt().withExamples(500).forAll(IdGenerators.organizationCodes()).check(s ->
        OrganizationCode.parse(s).toString().equals(s)
            && OrganizationCode.parse(OrganizationCode.parse(s).toHyphenated()).toString().equals(s)
            && SerializationRoundTrip.roundTrip(OrganizationCode.parse(s)).equals(OrganizationCode.parse(s)));
  }
}
