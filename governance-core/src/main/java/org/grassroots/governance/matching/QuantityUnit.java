package org.grassroots.governance.matching;

/**
 * The unit a demand's quantity and a resource's capacity are counted in (计量单位), and whether a
 * demand in it can be split across providers.
 *
 * <pre>{@code
 * QuantityUnit.HOUR.divisible();  // true: 6 hours may come from two volunteers
 * QuantityUnit.VISIT.divisible(); // false: one home visit is made by one provider
 * }</pre>
 */
public enum QuantityUnit {
  /** 小时: service hours, divisible. */
  HOUR(true),
  /** 份: portions or items (meals, parcels), divisible. */
  ITEM(true),
  /** 人次: person-times of a service, divisible. */
  PERSON_TIME(true),
  /** 次上门: one home visit, indivisible. */
  VISIT(false),
  /** 件: one case handled whole (a legal case, a repair), indivisible. */
  CASE(false);

  private final boolean divisible;

  QuantityUnit(boolean divisible) {
    this.divisible = divisible;
  }

  /**
   * Whether a demand in this unit may be served by several providers.
   *
   * @return {@code true} if divisible
   */
  public boolean divisible() {
    return divisible;
  }
}
