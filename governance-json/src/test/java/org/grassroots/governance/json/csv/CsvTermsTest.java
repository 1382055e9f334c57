package org.grassroots.governance.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class CsvTermsTest {
  enum Light {
    RED,
    AMBER,
    GREEN_LIGHT
  }

  private static CsvTerms.Builder<Light> complete() {
    return CsvTerms.builder(Light.class).term(Light.RED, "红灯").term(Light.AMBER, "黄灯", "黄")
        .term(Light.GREEN_LIGHT, "绿灯");
  }

  @Test
  void build_refusesATableThatLeavesAConstantWithoutATerm() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvTerms.builder(Light.class).term(Light.RED, "红灯").build());
    assertTrue(String.valueOf(e.getMessage()).contains("Light.AMBER has no Chinese term"),
        e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains("Light.GREEN_LIGHT has no Chinese term"),
        e.getMessage());
  }

  @Test
  void build_refusesAmbiguousOrUnwritableSpellings() {
    assertThrows(IllegalArgumentException.class,
        () -> complete().term(Light.RED, "红").build()); // a second term
    assertThrows(IllegalArgumentException.class, () -> CsvTerms.builder(Light.class)
        .term(Light.RED, "灯").term(Light.AMBER, "灯").term(Light.GREEN_LIGHT, "绿灯").build());
    assertThrows(IllegalArgumentException.class, () -> CsvTerms.builder(Light.class)
        .term(Light.RED, "red light", "amber").term(Light.AMBER, "黄灯")
        .term(Light.GREEN_LIGHT, "绿灯").build()); // "amber" is AMBER's name
    assertThrows(IllegalArgumentException.class, () -> CsvTerms.builder(Light.class)
        .term(Light.RED, "红;灯").term(Light.AMBER, "黄灯").term(Light.GREEN_LIGHT, "绿灯")
        .build());
  }

  @Test
  void readsNamesTermsAndOtherSpellings_writesOneTermPerLanguage() {
    CsvTerms<Light> t = complete().build();
    for (String cell : new String[] {"GREEN_LIGHT", "green light", "Green-Light", "绿灯"}) {
      assertEquals(Light.GREEN_LIGHT, t.apply(cell), cell);
    }
    assertEquals(Light.AMBER, t.apply("黄"));
    assertEquals("黄灯", t.format(Light.AMBER, CsvHeaders.CHINESE));
    assertEquals("AMBER", t.format(Light.AMBER, CsvHeaders.ENGLISH));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> t.apply("蓝灯"));
    assertEquals("must be one of [RED, AMBER, GREEN_LIGHT] or [红灯, 黄灯, 黄, 绿灯]",
        e.violations().get(0).rule());
  }
}
