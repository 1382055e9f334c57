package org.grassroots.governance.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.grassroots.governance.testing.IdGenerators;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void parse_readsSegmentsAndLevel() {
    DivisionCode c = DivisionCode.parse("110101001001");
    assertEquals(11, c.provinceSegment());
    assertEquals(1, c.citySegment());
    assertEquals(1, c.countySegment());
    assertEquals(1, c.townshipSegment());
    assertEquals(1, c.villageSegment());
    assertEquals(DivisionLevel.VILLAGE, c.codeLevel());
    assertEquals(Optional.of(TownshipClass.STREET), c.townshipClass());
    assertEquals(Optional.of(VillageClass.RESIDENTS_COMMITTEE), c.villageClass());
    assertEquals("110101", c.toGbt2260());
    assertEquals("110101001001", c.nativeCode());
    assertEquals(110101001001L, c.toLong());
  }

  @Test
  void parse_acceptsTheSixDigitGbt2260Form() {
    DivisionCode c = DivisionCode.parse("441900");
    assertEquals("441900000000", c.toString());
    assertEquals(DivisionLevel.CITY, c.codeLevel());
    assertEquals("4419", c.nativeCode());
  }

  @Test
  void ofNative_readsEveryLevel() {
    assertEquals("110000000000", DivisionCode.ofNative("11").toString());
    assertEquals("110100000000", DivisionCode.ofNative("1101").toString());
    assertEquals("110101001000", DivisionCode.ofNative("110101001").toString());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DivisionCode.ofNative("110"));
    assertTrue(e.getMessage().contains("must have 2, 4, 6, 9 or 12 characters, has 3"));
  }

  @Test
  void parse_dongguanTownshipUnderTheCityIsLegal() {
    DivisionCode town = DivisionCode.parse("441900003000");
    assertEquals(0, town.countySegment());
    assertEquals(DivisionLevel.TOWNSHIP, town.codeLevel());
    assertEquals(Optional.of(DivisionCode.parse("441900000000")), town.prefixParent());
    assertEquals(List.of(DivisionCode.parse("441900000000"), DivisionCode.parse("440000000000")),
        town.prefixAncestors());
  }

  @Test
  void parse_namesThePositionOfANonDigit() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DivisionCode.parse("11010a001001"));
    assertEquals("divisionCode[5]", e.violations().get(0).path());
    assertEquals("must be a digit 0-9, found 'a'", e.violations().get(0).rule());
    assertEquals("11010a001001", e.violations().get(0).rejectedValue());
  }

  @Test
  void parse_reportsEveryNonDigit() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DivisionCode.parse("x1010a00100y"));
    assertEquals(3, e.violations().size());
  }

  @Test
  void parse_rejectsWrongLength() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DivisionCode.parse("1101010010"));
    assertEquals("must have 12 (or 6, the GB/T 2260 form) characters, has 10", e.violations().get(0).rule());
  }

  @Test
  void parse_rejectsZeroProvince() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DivisionCode.parse("000101001001"));
    assertTrue(e.getMessage().contains("province segment must not be 00"));
  }

  @Test
  void parse_rejectsSegmentsBelowAZeroCity() {
    assertThrows(InvalidValueException.class, () -> DivisionCode.parse("110001000000"));
  }

  @Test
  void parse_rejectsAVillageUnderAZeroTownship() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DivisionCode.parse("110101000001"));
    assertEquals("divisionCode[9]", e.violations().get(0).path());
  }

  @Test
  void tryParse_isEmptyForInvalidAndPresentForValid() {
    assertEquals(Optional.empty(), DivisionCode.tryParse("abc"));
    assertEquals(Optional.empty(), DivisionCode.tryParse("110101000001"));
    assertEquals(Optional.of(DivisionCode.parse("110101")), DivisionCode.tryParse("110101"));
  }

  @Test
  void classes_followTheSegmentRanges() {
    assertEquals(Optional.of(TownshipClass.STREET), TownshipClass.ofSegment(99));
    assertEquals(Optional.of(TownshipClass.TOWN), TownshipClass.ofSegment(100));
    assertEquals(Optional.of(TownshipClass.TOWNSHIP), TownshipClass.ofSegment(399));
    assertEquals(Optional.of(TownshipClass.SIMILAR_UNIT), TownshipClass.ofSegment(400));
    assertEquals(Optional.empty(), TownshipClass.ofSegment(600));
    assertEquals(Optional.empty(), TownshipClass.ofSegment(0));
    assertEquals(Optional.of(VillageClass.VILLAGERS_COMMITTEE), VillageClass.ofSegment(200));
    assertEquals(Optional.of(VillageClass.SIMILAR_TO_RESIDENTS_COMMITTEE), VillageClass.ofSegment(498));
    assertEquals(Optional.of(VillageClass.SIMILAR_TO_VILLAGERS_COMMITTEE), VillageClass.ofSegment(598));
    assertTrue(VillageClass.SIMILAR_TO_RESIDENTS_COMMITTEE.isCommunityLike());
    assertFalse(VillageClass.VILLAGERS_COMMITTEE.isCommunityLike());
  }

  @Test
  void functionalZone_isCountySegment71To79() {
    assertTrue(DivisionCode.parse("130171000000").isFunctionalZone());
    assertFalse(DivisionCode.parse("130102000000").isFunctionalZone());
  }

  @Test
  void isPrefixOf_followsTheNativeCode() {
    DivisionCode city = DivisionCode.parse("441900000000");
    assertTrue(city.isPrefixOf(DivisionCode.parse("441900003000")));
    assertTrue(city.isPrefixOf(DivisionCode.parse("441900003001")));
    assertFalse(city.isPrefixOf(city));
    assertFalse(city.isPrefixOf(DivisionCode.parse("442000003000")));
    assertFalse(DivisionCode.parse("441900003000").isPrefixOf(city));
  }

  @Test
  void urbanRuralClass_readsThePublishedCodes() {
    assertEquals(UrbanRuralClass.MAIN_URBAN_AREA, UrbanRuralClass.ofCode(111));
    assertTrue(UrbanRuralClass.ofCode(123).isUrban());
    assertFalse(UrbanRuralClass.ofCode(220).isUrban());
    assertEquals("村庄", UrbanRuralClass.VILLAGE.chineseName());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> UrbanRuralClass.ofCode(113));
    assertTrue(e.getMessage().contains("must be one of 111, 112, 121, 122, 123, 210, 220"));
  }

  @Test
  void divisionLevel_ofNumber() {
    assertEquals(DivisionLevel.TOWNSHIP, DivisionLevel.ofNumber(4));
    assertThrows(InvalidValueException.class, () -> DivisionLevel.ofNumber(6));
  }

  @Test
  void property_generatedCodesRoundTrip() {
    qt().withExamples(1000).forAll(IdGenerators.divisionCodes()).check(s -> {
      DivisionCode c = DivisionCode.parse(s);
      return c.toString().equals(s)
          && DivisionCode.parse(c.nativeCode().length() == 12 ? c.toString() : c.toString()).equals(c)
          && DivisionCode.ofNative(c.nativeCode()).equals(c)
          && DivisionCode.ofLong(c.toLong()).equals(c)
          && DivisionCode.tryParse(s).equals(Optional.of(c));
    });
  }

  @Test
  void property_prefixAncestorsArePrefixesAndAscend() {
    qt().withExamples(500).forAll(IdGenerators.divisionCodes()).check(s -> {
      DivisionCode c = DivisionCode.parse(s);
      List<DivisionCode> up = c.prefixAncestors();
      DivisionLevel previous = c.codeLevel();
      for (DivisionCode a : up) {
        if (!a.isPrefixOf(c) || a.codeLevel().compareTo(previous) >= 0) {
          return false;
        }
        previous = a.codeLevel();
      }
      return up.isEmpty() == (c.codeLevel() == DivisionLevel.PROVINCE)
          && (up.isEmpty() || up.get(up.size() - 1).codeLevel() == DivisionLevel.PROVINCE);
    });
  }

  @Test
  void property_orderIsTheNumericOrder() {
    qt().withExamples(300).forAll(IdGenerators.divisionCodes(), IdGenerators.divisionCodes()).check((a, b) -> {
      int byCode = DivisionCode.parse(a).compareTo(DivisionCode.parse(b));
      return Integer.signum(byCode) == Integer.signum(a.compareTo(b));
    });
  }

  @Test
  void property_anyNonDigitIsRejectedAtItsPosition() {
    qt().withExamples(300).forAll(IdGenerators.divisionCodes(), integers().between(0, 11), integers().between(0, 0xFFFF))
        .check((s, pos, ch) -> {
          char c = (char) ch.intValue();
          if (c >= '0' && c <= '9') {
            return true;
          }
          String bad = s.substring(0, pos) + c + s.substring(pos + 1);
          try {
            DivisionCode.parse(bad);
            return false;
          } catch (InvalidValueException e) {
            return e.violations().get(0).path().equals("divisionCode[" + pos + "]");
          }
        });
  }
}
