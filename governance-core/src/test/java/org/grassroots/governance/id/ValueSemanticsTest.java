package org.grassroots.governance.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The value contract every identifier keeps: equal texts give equal values with equal hash codes,
 * different texts give different values ordered like their canonical texts, {@code tryParse}
 * agrees with {@code parse}, and Java serialisation gives back an equal value.
 */
class ValueSemanticsTest {

  /** Two valid texts per type, in increasing canonical order, and the type's parse functions. */
  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of("DivisionCode", "110101001001", "110101001002",
            (Function<String, Object>) DivisionCode::parse, (Function<String, Optional<?>>) DivisionCode::tryParse),
        Arguments.of("GridCode", "1101010010010003", "1101010010010004",
            (Function<String, Object>) GridCode::parse, (Function<String, Optional<?>>) GridCode::tryParse),
        Arguments.of("BuildingCode", "11010100100100030001", "11010100100100040001",
            (Function<String, Object>) BuildingCode::parse, (Function<String, Optional<?>>) BuildingCode::tryParse),
        Arguments.of("NodeCode", "110101001001", "1101010010010003",
            (Function<String, Object>) NodeCode::parse, (Function<String, Optional<?>>) NodeCode::tryParse),
        Arguments.of("OrganizationCode", "M000100Y4", "MA0000015",
            (Function<String, Object>) OrganizationCode::parse, (Function<String, Optional<?>>) OrganizationCode::tryParse),
        Arguments.of("UnifiedSocialCreditCode", "91350100M000100Y43", "91350100MA0000015" + checkOf("91350100MA0000015"),
            (Function<String, Object>) UnifiedSocialCreditCode::parse,
            (Function<String, Optional<?>>) UnifiedSocialCreditCode::tryParse),
        Arguments.of("CitizenIdNumber", "11010519491231002X", "110105194912310038",
            (Function<String, Object>) CitizenIdNumber::parse, (Function<String, Optional<?>>) CitizenIdNumber::tryParse),
        Arguments.of("OrganizationId", "a", "b", (Function<String, Object>) OrganizationId::parse,
            (Function<String, Optional<?>>) OrganizationId::tryParse),
        Arguments.of("PersonId", "a", "b", (Function<String, Object>) PersonId::parse,
            (Function<String, Optional<?>>) PersonId::tryParse),
        Arguments.of("DemandId", "a", "b", (Function<String, Object>) DemandId::parse,
            (Function<String, Optional<?>>) DemandId::tryParse),
        Arguments.of("ResourceId", "a", "b", (Function<String, Object>) ResourceId::parse,
            (Function<String, Optional<?>>) ResourceId::tryParse),
        Arguments.of("AgreementId", "a", "b", (Function<String, Object>) AgreementId::parse,
            (Function<String, Optional<?>>) AgreementId::tryParse),
        Arguments.of("ProjectId", "a", "b", (Function<String, Object>) ProjectId::parse,
            (Function<String, Optional<?>>) ProjectId::tryParse));
  }

  private static char checkOf(String body) {
    return org.grassroots.governance.testing.IdGenerators.creditCheck(body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void valueContract(String type, String low, String high, Function<String, Object> parse,
      Function<String, Optional<?>> tryParse) {
    Object a = parse.apply(low);
    Object a2 = parse.apply(low);
    Object b = parse.apply(high);
    assertEquals(a, a2, type);
    assertEquals(a.hashCode(), a2.hashCode(), type);
    assertNotEquals(a, b, type);
    assertNotEquals(a.hashCode(), b.hashCode(), type);
    assertFalse(a.equals(low), type + " is not equal to its text");
    assertEquals(Optional.of(a), tryParse.apply(low), type);
    assertEquals(Optional.empty(), tryParse.apply(" "), type + " tryParse of a blank");
    if (a instanceof Comparable) {
      assertTrue(((Comparable) a).compareTo(b) < 0, type);
      assertTrue(((Comparable) b).compareTo(a) > 0, type);
      assertEquals(0, ((Comparable) a).compareTo(a2), type);
    }
    Object back = SerializationRoundTrip.roundTrip((Serializable) a);
    assertEquals(a, back, type);
    assertEquals(a.toString(), back.toString(), type);
    if (!(a instanceof CitizenIdNumber)) {
      assertEquals(low, a.toString(), type + " canonical text");
    }
  }

  @Test
  void boundaries_functionalZone() {
    assertFalse(DivisionCode.parse("130170000000").isFunctionalZone());
    assertTrue(DivisionCode.parse("130171000000").isFunctionalZone());
    assertTrue(DivisionCode.parse("130179000000").isFunctionalZone());
    assertFalse(DivisionCode.parse("130180000000").isFunctionalZone());
  }

  @Test
  void boundaries_sequences() {
    GridCode grid = GridCode.parse("1101010010010003");
    assertEquals(1, BuildingCode.of(grid, 1).sequence());
    assertEquals(9999, BuildingCode.of(grid, 9999).sequence());
    assertThrows(InvalidValueException.class, () -> BuildingCode.of(grid, 0));
    assertThrows(InvalidValueException.class, () -> BuildingCode.of(grid, 10_000));
    DivisionCode community = grid.community();
    assertEquals(9999, GridCode.of(community, 9999).sequence());
    assertThrows(InvalidValueException.class, () -> GridCode.of(community, 10_000));
    assertEquals(110101001001_0003L, grid.toLong());
    assertTrue(GridCode.of(community, 2).compareTo(grid) < 0);
  }

  @Test
  void boundaries_levelsAndClasses() {
    assertEquals(DivisionLevel.PROVINCE, DivisionLevel.ofNumber(1));
    assertEquals(DivisionLevel.VILLAGE, DivisionLevel.ofNumber(5));
    assertThrows(InvalidValueException.class, () -> DivisionLevel.ofNumber(0));
    assertEquals(List.of(1, 2, 3, 4, 5), Stream.of(DivisionLevel.values()).map(DivisionLevel::number).toList());
    assertEquals(Optional.of(VillageClass.RESIDENTS_COMMITTEE), VillageClass.ofSegment(1));
    assertEquals(Optional.of(VillageClass.RESIDENTS_COMMITTEE), VillageClass.ofSegment(199));
    assertEquals(Optional.of(VillageClass.SIMILAR_TO_VILLAGERS_COMMITTEE), VillageClass.ofSegment(599));
    assertEquals(Optional.empty(), VillageClass.ofSegment(600));
    assertEquals(Optional.empty(), VillageClass.ofSegment(0));
    assertTrue(UrbanRuralClass.SPECIAL_AREA.isUrban());
    assertFalse(UrbanRuralClass.TOWNSHIP_CENTRE.isUrban());
    assertEquals(210, UrbanRuralClass.TOWNSHIP_CENTRE.code());
    assertEquals(Optional.empty(), UrbanRuralClass.tryOfCode(0));
  }

  @Test
  void parse_wrongLengthGivesExactlyOneViolation() {
    for (Function<String, Object> parse : List.<Function<String, Object>>of(
        DivisionCode::parse, GridCode::parse, BuildingCode::parse, OrganizationCode::parse,
        UnifiedSocialCreditCode::parse, CitizenIdNumber::parse)) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> parse.apply("12345x7"));
      assertEquals(1, e.violations().size(), e.getMessage());
      assertTrue(e.violations().get(0).rule().startsWith("must have "), e.getMessage());
    }
  }

  @Test
  void parse_nonDigitsGiveOnlyCharacterViolations() {
    InvalidValueException grid = assertThrows(InvalidValueException.class, () -> GridCode.parse("110101001001000a"));
    assertEquals(List.of("gridCode[15]"), grid.violations().stream().map(v -> v.path()).toList());
    InvalidValueException building = assertThrows(InvalidValueException.class,
        () -> BuildingCode.parse("1101010010010003000a"));
    assertEquals(List.of("buildingCode[19]"), building.violations().stream().map(v -> v.path()).toList());
    InvalidValueException citizen = assertThrows(InvalidValueException.class,
        () -> CitizenIdNumber.parse("1101051949123100aX"));
    assertEquals(List.of("citizenIdNumber[16]"), citizen.violations().stream().map(v -> v.path()).toList());
    InvalidValueException credit = assertThrows(InvalidValueException.class,
        () -> UnifiedSocialCreditCode.parse("913501A0M000100Y43"));
    assertEquals(List.of("unifiedSocialCreditCode[6]"), credit.violations().stream().map(v -> v.path()).toList());
    InvalidValueException org = assertThrows(InvalidValueException.class, () -> OrganizationCode.parse("m000100Y4"));
    assertEquals(List.of("organizationCode[0]"), org.violations().stream().map(v -> v.path()).toList());
    InvalidValueException orgCheck = assertThrows(InvalidValueException.class, () -> OrganizationCode.parse("M000100YA"));
    assertEquals(List.of("organizationCode[8]"), orgCheck.violations().stream().map(v -> v.path()).toList());
    assertTrue(orgCheck.violations().get(0).rule().startsWith("must be one of 0-9 X"));
  }

  @Test
  void parse_citizenIdWithABadAddressCode() {
    String body = "00010519491231002";
    String id = body + org.grassroots.governance.testing.IdGenerators.citizenCheck(body);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CitizenIdNumber.parse(id));
    assertEquals(List.of("citizenIdNumber[0..5]"), e.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void sex_oddIsMaleEvenIsFemale() {
    for (int d = 0; d <= 9; d++) {
      String body = "1101051949123100" + d;
      CitizenIdNumber id = CitizenIdNumber.parse(body + org.grassroots.governance.testing.IdGenerators.citizenCheck(body));
      assertEquals(d % 2 == 1 ? Sex.MALE : Sex.FEMALE, id.sex(), "digit " + d);
    }
  }

  @Test
  void truncatedTo_cutsToEachLevel() {
    DivisionCode v = DivisionCode.parse("110101001001");
    assertEquals("110101001000", v.truncatedTo(DivisionLevel.TOWNSHIP).toString());
    assertEquals("110101000000", v.truncatedTo(DivisionLevel.COUNTY).toString());
    assertEquals("110100000000", v.truncatedTo(DivisionLevel.CITY).toString());
    assertEquals("110000000000", v.truncatedTo(DivisionLevel.PROVINCE).toString());
    assertEquals(v, v.truncatedTo(DivisionLevel.VILLAGE));
    assertTrue(DivisionCode.parse("110100000000").isPrefixOf(v));
    assertFalse(DivisionCode.parse("110101001001").isPrefixOf(DivisionCode.parse("110101001000")));
  }

  @Test
  void nodeCode_accessorsOfOtherKindsAreEmpty() {
    NodeCode division = NodeCode.parse("110101001001");
    assertEquals(Optional.of(DivisionCode.parse("110101001001")), division.division());
    assertEquals(Optional.empty(), division.grid());
    assertEquals(Optional.empty(), division.building());
    NodeCode grid = NodeCode.parse("1101010010010003");
    assertEquals(Optional.empty(), grid.division());
    assertEquals(Optional.of(DivisionCode.parse("110101001001")), grid.community());
    assertEquals("1101010010010003", grid.toString());
  }

  @Test
  void deserialisation_reChecksTheText() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(UnifiedSocialCreditCode.parse("91350100M000100Y43"));
    }
    byte[] tampered = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
        .replace("91350100M000100Y43", "91350100M000100Y40")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    java.io.InvalidObjectException e = assertThrows(java.io.InvalidObjectException.class, () -> {
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(tampered))) {
        in.readObject();
      }
    });
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("UNIFIED_SOCIAL_CREDIT_CODE"), message);
    assertTrue(message.contains("check character must be '3'"), message);
  }
}
