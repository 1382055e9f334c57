package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.junit.jupiter.api.Test;

/** How failures while reading are told to the caller: pointer, rejected value and rule. */
class ProblemTranslatorTest {
  enum Colour {
    RED,
    GREEN
  }

  private static DocumentProblem only(List<DocumentProblem> problems) {
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  private static String mismatchFor(Class<?> target) throws IOException {
    try (JsonParser p = new JsonFactory().createParser("{}")) {
      MismatchedInputException e = MismatchedInputException.from(p, target, "wrong shape");
      DocumentProblem d = only(ProblemTranslator.problems("/items/0", e));
      assertEquals("/items/0", d.pointer());
      assertEquals(Optional.empty(), d.rejectedValue());
      return d.rule();
    }
  }

  @Test
  void mismatch_namesTheExpectedShapeOfEveryKindOfTarget() throws IOException {
    assertEquals("does not fit the expected shape: must be an array", mismatchFor(List.class));
    assertEquals("does not fit the expected shape: must be an array", mismatchFor(int[].class));
    assertEquals("does not fit the expected shape: must be an object", mismatchFor(Map.class));
    assertEquals("does not fit the expected shape: must be a string", mismatchFor(String.class));
    assertEquals("does not fit the expected shape: must be a number", mismatchFor(BigDecimal.class));
    assertEquals("does not fit the expected shape: must be a number", mismatchFor(int.class));
    assertEquals("does not fit the expected shape: must be true or false", mismatchFor(boolean.class));
    assertEquals("does not fit the expected shape: must be true or false", mismatchFor(Boolean.class));
    assertEquals(
        "does not fit the expected shape: must be one of [RED, GREEN]", mismatchFor(Colour.class));
    assertEquals(
        "does not fit the expected shape: must be a value or null", mismatchFor(Optional.class));
    assertEquals(
        "does not fit the expected shape: must be an object (DemandId)", mismatchFor(DemandId.class));
  }

  @Test
  void mismatch_withoutATargetType_saysAnotherShape() throws IOException {
    try (JsonParser p = new JsonFactory().createParser("{}")) {
      MismatchedInputException e = MismatchedInputException.from(p, (Class<?>) null, "odd");
      assertEquals(
          "does not fit the expected shape: must be another shape",
          only(ProblemTranslator.problems("", e)).rule());
    }
  }

  @Test
  void notJson_pointsAtTheParserAndTellsLineAndColumn() throws IOException {
    try (JsonParser p = new JsonFactory().createParser("{\"a\": [1, 2,\n x]}")) {
      JsonParseException e = assertThrows(JsonParseException.class, () -> {
        while (p.nextToken() != null) {
          // read on until the bad token
        }
      });
      DocumentProblem d = only(ProblemTranslator.problems("", e));
      assertEquals("/a/2", d.pointer());
      assertTrue(d.rule().startsWith("is not well-formed JSON: "), d.rule());
      assertTrue(d.rule().endsWith(" (line 2, column 2)"), d.rule());
      DocumentProblem prefixed = only(ProblemTranslator.problems("/doc", e));
      assertEquals("/doc/a/2", prefixed.pointer());
    }
  }

  @Test
  void notText_andOtherFailures() {
    DocumentProblem d =
        only(ProblemTranslator.problems("/x", new CharConversionException("bad byte 0x00")));
    assertEquals("", d.pointer());
    assertTrue(d.rule().startsWith("cannot be decoded as UTF-8/16/32 text: "), d.rule());
    IOException io = new IOException("disk");
    UncheckedIOException u =
        assertThrows(UncheckedIOException.class, () -> ProblemTranslator.problems("", io));
    assertSame(io, u.getCause());
    assertEquals("could not be read: IOException", u.getMessage());
    DocumentProblem other = only(ProblemTranslator.problems("/y", new IllegalStateException("no")));
    assertEquals("/y", other.pointer());
    assertEquals(
        "does not fit the expected shape: the value could not be made (IllegalStateException)",
        other.rule());
  }

  @Test
  void unknownRule_listsTheKnownPropertiesIfAny() {
    assertEquals(
        "is not a property of this document (none expected here)", ProblemTranslator.unknownRule(null));
    assertEquals(
        "is not a property of this document (none expected here)",
        ProblemTranslator.unknownRule(List.of()));
    assertEquals(
        "is not a property of this document (expected one of [a, b])",
        ProblemTranslator.unknownRule(List.of("a", "b")));
  }

  @Test
  void detail_keepsTheFirstLineShortensAndMasksLongWordsWithDigits() {
    assertEquals("no detail", ProblemTranslator.detail(null));
    assertEquals("first line", ProblemTranslator.detail("first line\nsecond line"));
    assertEquals("short words only", ProblemTranslator.detail("short words only"));
    String longWord = "abcdefghij";
    assertEquals("keep " + longWord, ProblemTranslator.detail("keep " + longWord));
    String masked = ProblemTranslator.detail("id 110101199003074514 here");
    assertFalse(masked.contains("110101199003074514"), masked);
    assertTrue(masked.startsWith("id ") && masked.endsWith(" here"), masked);
    String twoHundred = "a ".repeat(100);
    assertEquals(twoHundred, ProblemTranslator.detail(twoHundred));
    String longer = "b ".repeat(150);
    assertEquals(longer.substring(0, 200) + "…", ProblemTranslator.detail(longer));
  }
}
