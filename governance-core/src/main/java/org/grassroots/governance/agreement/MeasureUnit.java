package org.grassroots.governance.agreement;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The unit a quantity is counted in (计量单位): hours, yuan, times, days, items, person-times,
 * square metres, or a caller's own symbol. Immutable and thread-safe.
 *
 * <pre>{@code
 * Quantity.of(200, MeasureUnit.HOUR);
 * MeasureUnit.of("套"); // a caller's own unit
 * }</pre>
 */
@Value.Immutable
public abstract class MeasureUnit implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Hours (小时), e.g. volunteer hours. */
  public static final MeasureUnit HOUR = of("h");
  /** Yuan (元), funds. */
  public static final MeasureUnit YUAN = of("CNY");
  /** Times (次), e.g. activities or visits. */
  public static final MeasureUnit TIMES = of("times");
  /** Days (天). */
  public static final MeasureUnit DAY = of("d");
  /** Items (件 / 台), e.g. equipment. */
  public static final MeasureUnit ITEM = of("items");
  /** Person-times (人次). */
  public static final MeasureUnit PERSON_TIME = of("person-times");
  /** Square metres (平方米), e.g. venues. */
  public static final MeasureUnit SQUARE_METRE = of("m2");

  MeasureUnit() {}

  /**
   * The unit's symbol.
   *
   * @return 1 to 16 characters, no whitespace
   */
  @Value.Parameter
  public abstract String symbol();

  /**
   * The unit with the given symbol.
   *
   * @param symbol 1 to 16 characters, no whitespace
   * @return the unit
   * @throws org.grassroots.governance.validation.InvalidValueException if the symbol is not
   */
  public static MeasureUnit of(String symbol) {
    return ImmutableMeasureUnit.of(symbol);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("MeasureUnit").require("symbol", symbol());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!symbol().isEmpty() && symbol().length() <= 16
            && symbol().codePoints().noneMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c)),
        "symbol", symbol(), Messages.UNIT_SYMBOL).throwIfAny();
  }

  /** Returns the symbol. */
  @Override
  public String toString() {
    return symbol();
  }
}
