package org.grassroots.governance.id;

import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;

/**
 * The urban-rural class of a village-level unit (城乡分类代码), a 3-digit code published beside
 * the statistical division code.
 *
 * <pre>{@code
 * UrbanRuralClass.ofCode(111).isUrban(); // true (主城区)
 * }</pre>
 */
public enum UrbanRuralClass {
  /** 111 主城区. */
  MAIN_URBAN_AREA(111, "主城区"),
  /** 112 城乡结合区. */
  URBAN_FRINGE(112, "城乡结合区"),
  /** 121 镇中心区. */
  TOWN_CENTRE(121, "镇中心区"),
  /** 122 镇乡结合区. */
  TOWN_FRINGE(122, "镇乡结合区"),
  /** 123 特殊区域. */
  SPECIAL_AREA(123, "特殊区域"),
  /** 210 乡中心区. */
  TOWNSHIP_CENTRE(210, "乡中心区"),
  /** 220 村庄. */
  VILLAGE(220, "村庄");

  private final int code;
  private final String chineseName;

  UrbanRuralClass(int code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /**
   * The 3-digit code.
   *
   * @return 111, 112, 121, 122, 123, 210 or 220
   */
  public int code() {
    return code;
  }

  /**
   * The published Chinese name.
   *
   * @return e.g. {@code 主城区}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether the class is urban (城镇, codes 1xx) rather than rural (乡村, codes 2xx).
   *
   * @return {@code true} for 111 to 123
   */
  public boolean isUrban() {
    return code < 200;
  }

  /**
   * The class with the given code.
   *
   * @param code the 3-digit code
   * @return the class
   * @throws InvalidValueException naming the code if it is not one of the seven published
   */
  public static UrbanRuralClass ofCode(int code) {
    return tryOfCode(code)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "UrbanRuralClass",
                    java.util.List.of(
                        Violation.of(
                            "urbanRuralClass",
                            code,
                            "must be one of 111, 112, 121, 122, 123, 210, 220"))));
  }

  /**
   * The class with the given code, if there is one.
   *
   * @param code the 3-digit code
   * @return the class, or empty
   */
  public static Optional<UrbanRuralClass> tryOfCode(int code) {
    for (UrbanRuralClass c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
