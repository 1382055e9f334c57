package org.grassroots.governance.id;

import java.util.List;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;

/**
 * The level a statistical division code is written at (统计用区划代码的级别): the length of its
 * native code, that is, its deepest non-zero segment.
 *
 * <p>This is the level of the code, which is also the administrative level of the row in the
 * national table. It is not the way to find the parent: a township of Dongguan (441900003000)
 * sits directly under its city, with no county between. The grid hierarchy knows the real
 * parent.
 *
 * <pre>{@code
 * DivisionCode.parse("110101001000").codeLevel(); // TOWNSHIP
 * }</pre>
 */
public enum DivisionLevel {
  /** 省级: 2-digit native code. */
  PROVINCE(1, 2),
  /** 地级: 4-digit native code. */
  CITY(2, 4),
  /** 县级: 6-digit native code (the GB/T 2260 code). */
  COUNTY(3, 6),
  /** 乡级 (街道 / 镇 / 乡): 9-digit native code. */
  TOWNSHIP(4, 9),
  /** 村级 (社区居委会 / 村委会): 12-digit native code. */
  VILLAGE(5, 12);

  private final int number;
  private final int nativeLength;

  DivisionLevel(int number, int nativeLength) {
    this.number = number;
    this.nativeLength = nativeLength;
  }

  /**
   * The level number used by the national table: 1 for a province to 5 for a village.
   *
   * @return 1 to 5
   */
  public int number() {
    return number;
  }

  /**
   * The length of a native code at this level.
   *
   * @return 2, 4, 6, 9 or 12
   */
  public int nativeLength() {
    return nativeLength;
  }

  /**
   * The level with the given number.
   *
   * @param number 1 to 5
   * @return the level
   * @throws InvalidValueException if {@code number} is outside 1 to 5
   */
  public static DivisionLevel ofNumber(int number) {
    if (number < 1 || number > 5) {
      throw new InvalidValueException(
          "DivisionLevel",
          List.of(Violation.of("level", number, "must be 1 (province) to 5 (village)")));
    }
    return values()[number - 1];
  }
}
