package org.grassroots.governance.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.grassroots.governance.testing.IdGenerators;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {
  private static final String ALPHABET = UnifiedSocialCreditCode.ALPHABET;

  @Test
  void parse_acceptsThePublishedExample() {
    UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    assertEquals('9', c.registrationAuthority());
    assertEquals('1', c.organizationType());
    assertEquals(DivisionCode.parse("350100"), c.division());
    assertEquals(OrganizationCode.parse("M000100Y4"), c.organizationCode());
    assertEquals('3', c.checkCharacter());
    assertEquals("91350100M000100Y43", c.toString());
  }

  @Test
  void parse_rejectsThePublishedCounterExampleNamingExpectedAndFound() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> UnifiedSocialCreditCode.parse("91350211M000100Y40"));
    Violation v = e.violations().get(e.violations().size() - 1);
    assertEquals("unifiedSocialCreditCode[17]", v.path());
    char expected = IdGenerators.creditCheck("91350211M000100Y4");
    assertEquals("check character must be '" + expected + "' (GB 32100), found '0'", v.rule());
  }

  @Test
  void parse_rejectsForbiddenLettersIOSVZ() {
    for (char c : "IOSVZ".toCharArray()) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> UnifiedSocialCreditCode.parse("91350100M000100" + c + "43"));
      assertEquals("unifiedSocialCreditCode[15]", e.violations().get(0).path());
    }
  }

  @Test
  void parse_checksTheEmbeddedOrganizationCode() {
    // change the organisation code's check character and recompute the outer check character
    String body = "91350100M000100Y5";
    String code = body + IdGenerators.creditCheck(body);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> UnifiedSocialCreditCode.parse(code));
    assertEquals(1, e.violations().size());
    assertEquals("unifiedSocialCreditCode[8..16][8]", e.violations().get(0).path());
    assertTrue(e.violations().get(0).rule().contains("GB 11714"));
  }

  @Test
  void parse_zeroRemainderGivesCheckCharacterZero() {
    String found = null;
    for (int i = 0; i < 100_000 && found == null; i++) {
      String org = String.format(java.util.Locale.ROOT, "%08d", i);
      String body = "91350100" + org + IdGenerators.organizationCheck(org);
      if (IdGenerators.creditCheck(body) == '0') {
        found = body + '0';
      }
    }
    assertTrue(found != null);
    String code = found;
    assertEquals('0', UnifiedSocialCreditCode.parse(code).checkCharacter());
    for (char c : ALPHABET.substring(1).toCharArray()) {
      assertThrows(InvalidValueException.class, () -> UnifiedSocialCreditCode.parse(code.substring(0, 17) + c));
    }
  }

  @Test
  void parse_rejectsWrongLength() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> UnifiedSocialCreditCode.parse("91350100M000100Y4"));
    assertEquals("must have 18 characters, has 17", e.violations().get(0).rule());
  }

  @Test
  void parse_rejectsLowerCase() {
    assertThrows(InvalidValueException.class, () -> UnifiedSocialCreditCode.parse("91350100m000100y43"));
  }

  @Test
  void tryParse_emptyOnInvalid() {
    assertEquals(Optional.empty(), UnifiedSocialCreditCode.tryParse("91350211M000100Y40"));
    assertTrue(UnifiedSocialCreditCode.tryParse("91350100M000100Y43").isPresent());
  }

  @Test
  void property_generatedCodesRoundTrip() {
    qt().withExamples(1000).forAll(IdGenerators.creditCodes()).check(s -> {
      UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse(s);
      return c.toString().equals(s) && UnifiedSocialCreditCode.parse(c.toString()).equals(c)
          && SerializationRoundTrip.roundTrip(c).equals(c);
    });
  }

  @Test
  void property_everySingleCharacterSubstitutionIsRejected() {
    qt().withExamples(1000)
        .forAll(IdGenerators.creditCodes(), integers().between(0, 17), integers().between(1, ALPHABET.length() - 1))
        .check((s, pos, shift) -> {
          int d = ALPHABET.indexOf(s.charAt(pos));
          char replacement = ALPHABET.charAt((d + shift) % ALPHABET.length());
          String bad = s.substring(0, pos) + replacement + s.substring(pos + 1);
          return UnifiedSocialCreditCode.tryParse(bad).isEmpty();
        });
  }
}
