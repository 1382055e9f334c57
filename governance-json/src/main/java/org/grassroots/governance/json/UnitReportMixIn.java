package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.grassroots.governance.agreement.UnitReport;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;

/**
 * Binds {@link UnitReport} to its public factory {@link UnitReport#of}. Schema: {@code
 * dual-reporting.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"unit", "agreement", "community", "date"})
@JsonSerialize(as = UnitReport.class)
abstract class UnitReportMixIn {
  private UnitReportMixIn() {}

  @JsonCreator
  static UnitReport of(
      @JsonProperty(value = "unit", required = true) OrganizationId unit,
      @JsonProperty(value = "agreement", required = true) AgreementId agreement,
      @JsonProperty(value = "community", required = true) DivisionCode community,
      @JsonProperty(value = "date", required = true) LocalDate date) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("unit")
  abstract OrganizationId unit();

  @JsonProperty("agreement")
  abstract AgreementId agreement();

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate date();
}
