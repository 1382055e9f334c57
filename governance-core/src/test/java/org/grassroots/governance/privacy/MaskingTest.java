package org.grassroots.governance.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void mask_citizenIdKeepsSixAndFour() {
    assertEquals("110105********002X", Masking.mask("11010519491231002X"));
  }

  @Test
  void mask_mobileKeepsThreeAndFour() {
    assertEquals("138****5678", Masking.mask("13812345678"));
  }

  @Test
  void mask_shortNamesKeepFirstAndLast() {
    assertEquals("张*三", Masking.mask("张小三"));
    assertEquals("**", Masking.mask("张三"));
    assertEquals("", Masking.mask(""));
  }

  @Test
  void mask_countsCodePointsNotUtf16Units() {
    // 𡐓 lies outside the BMP (two UTF-16 units), as in the real village name 莫𡐓村委会
    assertEquals("莫**会", Masking.mask("莫𡐓村会"));
  }

  @Test
  void mask_keepsLengthAndHidesAtLeastAThird() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 40)).check(s -> {
      String m = Masking.mask(s);
      int[] orig = s.codePoints().toArray();
      int[] masked = m.codePoints().toArray();
      if (orig.length != masked.length) {
        return false;
      }
      int hidden = 0;
      for (int i = 0; i < orig.length; i++) {
        if (masked[i] != orig[i]) {
          if (masked[i] != Masking.MASK) {
            return false; // only masks replace characters
          }
          hidden++;
        } else if (orig[i] != Masking.MASK && masked[i] == Masking.MASK) {
          return false;
        }
      }
      int n = orig.length;
      int mustHide = n < 3 ? n : (n + 2) / 3;
      int alreadyStars = (int) s.codePoints().filter(c -> c == Masking.MASK).count();
      return hidden + alreadyStars >= mustHide;
    });
  }

  @Test
  void mask_elevenDigitPhoneAndTenCharacterText() {
    assertEquals("1********0", Masking.mask("1234567890"));
  }

  @Test
  void mask_switchesRuleAtFifteenCharacters() {
    assertEquals("123*******1234", Masking.mask("12345678901234"));
    assertEquals("123456*****2345", Masking.mask("123456789012345"));
  }
}
