package org.grassroots.governance.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void throwIfAny_reportsEveryViolationAtOnce() {
    Violations v = Violations.of("CoBuildingAgreement")
        .require("id", null)
        .check(false, "term.end", "2024-01-01", "must be after term.start 2024-06-30")
        .check(true, "parties", "x", "never reported");
    InvalidValueException e = assertThrows(InvalidValueException.class, v::throwIfAny);
    assertEquals("CoBuildingAgreement", e.valueType());
    assertEquals(2, e.violations().size());
    assertEquals("id", e.violations().get(0).path());
    assertNull(e.violations().get(0).rejectedValue());
    assertEquals("is required", e.violations().get(0).rule());
    assertEquals("term.end", e.violations().get(1).path());
    assertEquals(
        "Invalid CoBuildingAgreement: 2 violations\n"
            + "  - id: is required (missing)\n"
            + "  - term.end: must be after term.start 2024-06-30 (rejected: 2024-01-01)",
        e.getMessage());
  }

  @Test
  void throwIfAny_doesNothingWhenValid() {
    Violations v = Violations.of("X").check(true, "a", 1, "r");
    assertTrue(v.isEmpty());
    v.throwIfAny();
  }

  @Test
  void singleViolation_messageOnOneLine() {
    InvalidValueException e = new InvalidValueException(
        "DivisionCode", List.of(Violation.of("divisionCode[0]", "001234567890", "province segment must not be 00")));
    assertEquals(
        "Invalid DivisionCode: divisionCode[0]: province segment must not be 00 (rejected: 001234567890)",
        e.getMessage());
    assertTrue(e instanceof IllegalArgumentException);
  }

  @Test
  void constructor_refusesEmptyViolations() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidValueException("X", List.of()));
  }

  @Test
  void addAll_prefixesNestedPaths() {
    InvalidValueException nested = new InvalidValueException("Commitment", List.of(
        Violation.of("quantity", -1, "must not be negative"),
        Violation.of("", "x", "whole value rule"),
        Violation.of("[0]", "y", "index rule")));
    Violations v = Violations.of("Agreement").addAll("commitments[2]", nested);
    List<Violation> list = v.list();
    assertEquals("commitments[2].quantity", list.get(0).path());
    assertEquals("commitments[2]", list.get(1).path());
    assertEquals("commitments[2][0]", list.get(2).path());
  }

  @Test
  void nested_returnsValueOrRecordsViolations() {
    Violations v = Violations.of("Outer");
    Integer ok = v.nested("a", () -> 7);
    Integer bad = v.nested("b", () -> {
      throw new InvalidValueException("Inner", List.of(Violation.of("c", 1, "rule")));
    });
    assertEquals(7, ok);
    assertNull(bad);
    assertEquals("b.c", v.list().get(0).path());
  }

  @Test
  void checkPersonal_masksTheRejectedValue() {
    Violations v = Violations.of("Person").checkPersonal(false, "citizenId", "11010519491231002X", "bad");
    assertEquals("110105********002X", v.list().get(0).rejectedValue());
    InvalidValueException e = assertThrows(InvalidValueException.class, v::throwIfAny);
    assertFalse(e.getMessage().contains("11010519491231002X"));
  }

  @Test
  void longRejectedValues_areShortenedSayingSo() {
    String big = "x".repeat(1000);
    Violation v = Violation.of("p", big, "r");
    String shown = v.rejectedValue();
    assertTrue(shown != null && shown.startsWith("x".repeat(Violation.MAX_VALUE_LENGTH)));
    assertTrue(shown.endsWith("(1000 characters in all)"));
  }

  @Test
  void violation_valueEqualityAndSerialisation() throws Exception {
    qt().withExamples(100).forAll(strings().allPossible().ofLengthBetween(0, 20), integers().all())
        .check((path, value) -> {
          Violation a = Violation.of(path, value, "rule");
          Violation b = Violation.of(path, value, "rule");
          return a.equals(b) && a.hashCode() == b.hashCode() && !a.equals(Violation.of(path, value, "other"));
        });
    InvalidValueException e = new InvalidValueException("X", List.of(Violation.of("a.b", 3, "r")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidValueException back = (InvalidValueException) in.readObject();
      assertEquals(e.violations(), back.violations());
      assertEquals(e.getMessage(), back.getMessage());
    }
  }

  @Test
  void violation_equalityLooksAtEveryField() {
    Violation v = Violation.of("a", "1", "r");
    assertEquals(v, v);
    assertTrue(v.equals(Violation.of("a", "1", "r")));
    assertFalse(v.equals(Violation.of("b", "1", "r")));
    assertFalse(v.equals(Violation.of("a", "2", "r")));
    assertFalse(v.equals(Violation.of("a", null, "r")));
    assertFalse(v.equals("a: r (rejected: 1)"));
    assertFalse(Violation.of("a", "1", "r").hashCode() == Violation.of("b", "2", "s").hashCode());
    assertEquals("r (rejected: 1)", Violation.of("", "1", "r").toString());
  }

  @Test
  void violation_valuesUpTo200CharactersAreKeptWhole() {
    String exact = "y".repeat(Violation.MAX_VALUE_LENGTH);
    assertEquals(exact, Violation.of("p", exact, "r").rejectedValue());
    assertTrue(String.valueOf(Violation.of("p", exact + "y", "r").rejectedValue()).endsWith("(201 characters in all)"));
  }

  @Test
  void isEmpty_falseOnceAViolationIsRecorded() {
    Violations v = Violations.of("X");
    assertTrue(v.isEmpty());
    assertTrue(v.add(Violation.of("a", 1, "r")) == v);
    assertFalse(v.isEmpty());
    assertEquals(1, v.list().size());
  }

  @Test
  void under_joinsPathsWithDotsAndBrackets() {
    assertEquals("a.b", Violation.of("b", 1, "r").under("a").path());
    assertEquals("a[0]", Violation.of("[0]", 1, "r").under("a").path());
    assertEquals("a", Violation.of("", 1, "r").under("a").path());
    assertEquals("b", Violation.of("b", 1, "r").under("").path());
  }

  @Test
  void rejectedValues_showControlCharactersEscaped() {
    assertEquals("a<U+000A>b<U+0009>c<U+0000>", Violation.of("p", "a\nb\tc\u0000", "r").rejectedValue());
    InvalidValueException e = new InvalidValueException("X", List.of(Violation.of("p", "line1\nline2", "r")));
    assertFalse(e.getMessage().contains("\n"));
  }
}
