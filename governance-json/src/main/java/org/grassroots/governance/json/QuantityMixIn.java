package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.grassroots.governance.agreement.MeasureUnit;
import org.grassroots.governance.agreement.Quantity;

/**
 * Binds {@link Quantity} through its public factory {@link Quantity#of(BigDecimal, MeasureUnit)}:
 * a quantity carries its unit, {@code {"amount": 12.5, "unit": "h"}}; the amount is a JSON number
 * read exactly (as a {@code BigDecimal}, never through a {@code double}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"amount", "unit"})
@JsonSerialize(as = Quantity.class)
abstract class QuantityMixIn {
  private QuantityMixIn() {}

  @JsonCreator
  static Quantity of(
      @JsonProperty(value = "amount", required = true) BigDecimal amount,
      @JsonProperty(value = "unit", required = true) MeasureUnit unit) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("amount")
  abstract BigDecimal amount();

  @JsonProperty("unit")
  abstract MeasureUnit unit();
}
