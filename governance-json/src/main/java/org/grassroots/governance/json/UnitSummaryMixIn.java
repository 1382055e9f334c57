package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Set;
import org.grassroots.governance.agreement.UnitSummary;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;

/** Binds {@link UnitSummary} to its public factory {@link UnitSummary#of}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"unit", "reportedTo", "membersReported", "membersServing", "hours",
    "postsClaimed"})
@JsonSerialize(as = UnitSummary.class)
abstract class UnitSummaryMixIn {
  private UnitSummaryMixIn() {}

  @JsonCreator
  static UnitSummary of(
      @JsonProperty(value = "unit", required = true) OrganizationId unit,
      @JsonProperty(value = "reportedTo", required = true) Set<DivisionCode> reportedTo,
      @JsonProperty(value = "membersReported", required = true) int membersReported,
      @JsonProperty(value = "membersServing", required = true) int membersServing,
      @JsonProperty(value = "hours", required = true) BigDecimal hours,
      @JsonProperty(value = "postsClaimed", required = true) int postsClaimed) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("unit")
  abstract OrganizationId unit();

  @JsonProperty("reportedTo")
  abstract Set<DivisionCode> reportedTo();

  @JsonProperty("membersReported")
  abstract int membersReported();

  @JsonProperty("membersServing")
  abstract int membersServing();

  @JsonProperty("hours")
  abstract BigDecimal hours();

  @JsonProperty("postsClaimed")
  abstract int postsClaimed();
}
