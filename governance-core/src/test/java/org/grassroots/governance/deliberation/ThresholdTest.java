package org.grassroots.governance.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  @Test
  void neededOf_moreThanHalfAndTwoThirds() {
    assertEquals(5, Threshold.moreThan(1, 2).neededOf(9));
    assertEquals(6, Threshold.moreThan(1, 2).neededOf(10));
    assertEquals(6, Threshold.atLeast(2, 3).neededOf(9));
    assertEquals(7, Threshold.atLeast(2, 3).neededOf(10));
    assertEquals(1, Threshold.moreThan(1, 2).neededOf(0));
    assertEquals(0, Threshold.atLeast(2, 3).neededOf(0));
  }

  @Test
  void toString_readsAsTheRule() {
    assertEquals("more than 1/2", Threshold.moreThan(1, 2).toString());
    assertEquals("at least 2/3", Threshold.atLeast(2, 3).toString());
  }

  @Test
  void of_rejectsFractionsOutsideZeroToOne() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Threshold.atLeast(3, 2));
    assertTrue(e.getMessage().contains("0 <= numerator <= denominator"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> Threshold.moreThan(1, 0));
    assertThrows(InvalidValueException.class, () -> Threshold.moreThan(-1, 2));
  }

  @Test
  void property_neededOfIsTheSmallestCountThatMeetsIt() {
    qt().withExamples(300)
        .forAll(integers().between(1, 12), integers().between(0, 12), integers().between(0, 500), integers().between(0, 1))
        .check((den, rawNum, base, strict) -> {
          int num = Math.min(rawNum, den);
          Threshold t = strict == 1 ? Threshold.moreThan(num, den) : Threshold.atLeast(num, den);
          int k = t.neededOf(base);
          // the fraction k/base compared as rationals, independently of isMetBy
          java.math.BigInteger lhs = java.math.BigInteger.valueOf(k).multiply(java.math.BigInteger.valueOf(den));
          java.math.BigInteger rhs = java.math.BigInteger.valueOf(num).multiply(java.math.BigInteger.valueOf(base));
          boolean meets = strict == 1 ? lhs.compareTo(rhs) > 0 : lhs.compareTo(rhs) >= 0;
          return meets && t.isMetBy(k, base) && (k == 0 || !t.isMetBy(k - 1, base));
        });
  }

  @Test
  void isMetBy_usesExactArithmetic() {
    assertFalse(Threshold.moreThan(1, 2).isMetBy(5, 10));
    assertTrue(Threshold.moreThan(1, 2).isMetBy(6, 10));
    assertTrue(Threshold.atLeast(2, 3).isMetBy(2, 3));
    assertFalse(Threshold.moreThan(2, 3).isMetBy(2, 3));
  }
}
