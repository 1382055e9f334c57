package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.id.IdMessages.f;

import com.google.common.collect.ImmutableList;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A statistical division code (统计用区划代码): 12 digits, province 2, city 2, county 2,
 * township 3 and village 3; the 6-digit GB/T 2260 code is its prefix.
 *
 * <p>The segments are read as numbers; the township and village segments carry a class
 * ({@link TownshipClass}, {@link VillageClass}). What a code alone cannot tell is its real
 * parent: the townships of Dongguan (4419), Zhongshan (4420) and Danzhou (4604) sit directly under
 * the city, municipalities have placeholder city rows (110100 市辖区), and a code's nominal
 * ancestors ({@link #prefixAncestors()}) need not all exist. The grid hierarchy resolves the real
 * parent as the nearest existing ancestor.
 *
 * <p>Immutable and thread-safe; ordered by the numeric code.
 *
 * <pre>{@code
 * DivisionCode c = DivisionCode.parse("110101001001");
 * c.codeLevel();       // VILLAGE
 * c.villageClass();    // Optional[RESIDENTS_COMMITTEE]
 * c.toGbt2260();       // "110101"
 * DivisionCode.parse("441900"); // the 6-digit form, 441900000000
 * }</pre>
 */
public final class DivisionCode implements Comparable<DivisionCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TYPE = "DivisionCode";
  private static final String PATH = "divisionCode";

  private final long value;

  private DivisionCode(long value) {
    this.value = value;
  }

  /**
   * Reads a 12-digit statistical code, or a 6-digit GB/T 2260 code (padded with six zeros).
   *
   * @param text the code
   * @return the code
   * @throws InvalidValueException naming the position and rule that failed
   */
  public static DivisionCode parse(CharSequence text) {
    requireNonNull(text, "text");
    Violations v = Violations.of(TYPE);
    int n = text.length();
    if (n != 12 && n != 6) {
      v.check(false, PATH, text, f(IdMessages.LENGTH, "12 (or 6, the GB/T 2260 form)", n));
      v.throwIfAny();
    }
    return fromDigits(text, n, v);
  }

  /**
   * Reads a code, or empty if it is not a valid 12- or 6-digit code.
   *
   * @param text the code
   * @return the code, or empty
   */
  public static Optional<DivisionCode> tryParse(CharSequence text) {
    requireNonNull(text, "text");
    long parsed = quickParse(text);
    return parsed < 0 ? Optional.empty() : Optional.of(new DivisionCode(parsed));
  }

  /**
   * Reads a native code of any level: 2 (province), 4 (city), 6 (county), 9 (township) or 12
   * (village) digits, padded to 12 with zeros.
   *
   * @param text the native code
   * @return the code
   * @throws InvalidValueException if the length is not one of those or a rule fails
   */
  public static DivisionCode ofNative(CharSequence text) {
    requireNonNull(text, "text");
    Violations v = Violations.of(TYPE);
    int n = text.length();
    if (n != 2 && n != 4 && n != 6 && n != 9 && n != 12) {
      v.check(false, PATH, text, f(IdMessages.LENGTH, "2, 4, 6, 9 or 12", n));
      v.throwIfAny();
    }
    return fromDigits(text, n, v);
  }

  /**
   * The code with the given 12-digit numeric value, e.g. {@code 110101001001L}.
   *
   * @param value the code as a number
   * @return the code
   * @throws InvalidValueException if the value is not a valid 12-digit code
   */
  public static DivisionCode ofLong(long value) {
    if (value >= 10_000_000_000L && value <= 999_999_999_999L && isValidStructure(value)) {
      return new DivisionCode(value); // the common case: no message is built
    }
    Violations v = Violations.of(TYPE);
    v.check(
        value >= 10_000_000_000L && value <= 999_999_999_999L,
        PATH,
        value,
        "must be a number of at most 12 digits with a non-zero province segment");
    v.throwIfAny();
    checkStructure(value, v);
    v.throwIfAny();
    return new DivisionCode(value);
  }

  private static DivisionCode fromDigits(CharSequence text, int n, Violations v) {
    long value = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        v.check(false, PATH + "[" + i + "]", text, f(IdMessages.DIGIT, IdMessages.printable(c)));
      } else {
        value = value * 10 + (c - '0');
      }
    }
    v.throwIfAny();
    for (int i = n; i < 12; i++) {
      value *= 10;
    }
    if (isValidStructure(value)) {
      return new DivisionCode(value);
    }
    checkStructure(value, v);
    v.throwIfAny();
    return new DivisionCode(value);
  }

  private static void checkStructure(long value, Violations v) {
    int province = (int) (value / 10_000_000_000L);
    int city = (int) (value / 100_000_000L % 100);
    int county = (int) (value / 1_000_000L % 100);
    int township = (int) (value / 1000 % 1000);
    int village = (int) (value % 1000);
    v.check(province != 0, PATH + "[0]", pad(value), IdMessages.PROVINCE_ZERO);
    v.check(
        city != 0 || (county == 0 && township == 0 && village == 0),
        PATH + "[4]",
        pad(value),
        "county, township and village segments " + IdMessages.ZERO_AFTER_CITY);
    v.check(township != 0 || village == 0, PATH + "[9]", pad(value), IdMessages.ZERO_AFTER_TOWNSHIP);
  }

  /** Parses without allocating a message; -1 when invalid. */
  private static long quickParse(CharSequence text) {
    int n = text.length();
    if (n != 12 && n != 6) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    if (n == 6) {
      value *= 1_000_000L;
    }
    return isValidStructure(value) ? value : -1;
  }

  private static boolean isValidStructure(long value) {
    int province = (int) (value / 10_000_000_000L);
    int city = (int) (value / 100_000_000L % 100);
    long belowCity = value % 100_000_000L;
    int township = (int) (value / 1000 % 1000);
    int village = (int) (value % 1000);
    return province != 0 && (city != 0 || belowCity == 0) && (township != 0 || village == 0);
  }

  private static String pad(long value) {
    String s = Long.toString(value);
    return "0".repeat(Math.max(0, 12 - s.length())) + s;
  }

  /**
   * The code as a 12-digit number.
   *
   * @return e.g. {@code 110101001001L}
   */
  public long toLong() {
    return value;
  }

  /**
   * The province segment (省).
   *
   * @return 1 to 99
   */
  public int provinceSegment() {
    return (int) (value / 10_000_000_000L);
  }

  /**
   * The city segment (地级).
   *
   * @return 0 to 99
   */
  public int citySegment() {
    return (int) (value / 100_000_000L % 100);
  }

  /**
   * The county segment (县级).
   *
   * @return 0 to 99
   */
  public int countySegment() {
    return (int) (value / 1_000_000L % 100);
  }

  /**
   * The township segment (乡级).
   *
   * @return 0 to 999
   */
  public int townshipSegment() {
    return (int) (value / 1000 % 1000);
  }

  /**
   * The village segment (村级).
   *
   * @return 0 to 999
   */
  public int villageSegment() {
    return (int) (value % 1000);
  }

  /**
   * The level the code is written at: its deepest non-zero segment.
   *
   * @return the level of the code
   */
  public DivisionLevel codeLevel() {
    if (villageSegment() != 0) {
      return DivisionLevel.VILLAGE;
    }
    if (townshipSegment() != 0) {
      return DivisionLevel.TOWNSHIP;
    }
    if (countySegment() != 0) {
      return DivisionLevel.COUNTY;
    }
    if (citySegment() != 0) {
      return DivisionLevel.CITY;
    }
    return DivisionLevel.PROVINCE;
  }

  /**
   * The class of the township segment, for township- and village-level codes.
   *
   * @return the class, or empty if the segment is 000 or outside the assigned ranges
   */
  public Optional<TownshipClass> townshipClass() {
    return TownshipClass.ofSegment(townshipSegment());
  }

  /**
   * The class of the village segment, for village-level codes.
   *
   * @return the class, or empty if the segment is 000 or outside the assigned ranges
   */
  public Optional<VillageClass> villageClass() {
    return VillageClass.ofSegment(villageSegment());
  }

  /**
   * Whether the county segment marks a county-level functional zone (开发区 / 园区 / 新区, county
   * segment 71-79) rather than an administrative county.
   *
   * @return {@code true} for county segments 71 to 79
   */
  public boolean isFunctionalZone() {
    int county = countySegment();
    return county >= 71 && county <= 79;
  }

  /**
   * The native code: the code cut after its deepest non-zero segment.
   *
   * @return 2, 4, 6, 9 or 12 digits
   */
  public String nativeCode() {
    return toString().substring(0, codeLevel().nativeLength());
  }

  /**
   * The 6-digit GB/T 2260 prefix (the county-level code).
   *
   * @return the first six digits
   */
  public String toGbt2260() {
    return toString().substring(0, 6);
  }

  /**
   * The code cut to the given level: the segments below it set to zero.
   *
   * @param level the level to cut to
   * @return the truncated code (this code if it is already at or above that level)
   */
  public DivisionCode truncatedTo(DivisionLevel level) {
    long divisor;
    switch (level) {
      case PROVINCE:
        divisor = 10_000_000_000L;
        break;
      case CITY:
        divisor = 100_000_000L;
        break;
      case COUNTY:
        divisor = 1_000_000L;
        break;
      case TOWNSHIP:
        divisor = 1000L;
        break;
      default:
        return this;
    }
    long cut = value / divisor * divisor;
    return cut == value ? this : new DivisionCode(cut);
  }

  /**
   * The nominal ancestors: this code with its deepest non-zero segments zeroed one at a time,
   * nearest first, skipping zero segments. The real parent is the nearest of them that exists
   * in a hierarchy; these are only candidates.
   *
   * @return nearest first; empty for a province
   */
  public ImmutableList<DivisionCode> prefixAncestors() {
    ImmutableList.Builder<DivisionCode> out = ImmutableList.builder();
    DivisionLevel[] levels = DivisionLevel.values();
    for (int i = codeLevel().ordinal() - 1; i >= 0; i--) {
      DivisionCode up = truncatedTo(levels[i]);
      if (up.codeLevel() == levels[i]) {
        out.add(up);
      }
    }
    return out.build();
  }

  /**
   * The nearest nominal ancestor, see {@link #prefixAncestors()}.
   *
   * @return the nearest candidate parent, or empty for a province
   */
  public Optional<DivisionCode> prefixParent() {
    ImmutableList<DivisionCode> ancestors = prefixAncestors();
    return ancestors.isEmpty() ? Optional.empty() : Optional.of(ancestors.get(0));
  }

  /**
   * Whether {@code other} lies under this code by prefix: it starts with this code's native code
   * and is deeper.
   *
   * @param other another code
   * @return {@code true} if this code is a nominal ancestor of {@code other}
   */
  public boolean isPrefixOf(DivisionCode other) {
    requireNonNull(other, "other");
    if (other.value == value) {
      return false;
    }
    DivisionLevel level = codeLevel();
    return other.codeLevel().compareTo(level) > 0 && other.truncatedTo(level).value == value;
  }

  @Override
  public int compareTo(DivisionCode other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DivisionCode && ((DivisionCode) o).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** Returns the canonical 12-digit form. */
  @Override
  public String toString() {
    return pad(value);
  }

  private Object writeReplace() {
    return new SerialForm(SerialForm.Type.DIVISION_CODE, toString());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("DivisionCode is serialised through its serialised form");
  }
}
