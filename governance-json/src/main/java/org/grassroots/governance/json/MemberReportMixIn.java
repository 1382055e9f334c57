package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Set;
import org.grassroots.governance.agreement.MemberReport;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;

/**
 * Writes {@link MemberReport}; it is read through {@link MemberReportForm}. Schema: {@code
 * dual-reporting.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"person", "unit", "residence", "community", "date", "identityShown",
    "skills"})
@JsonSerialize(as = MemberReport.class)
abstract class MemberReportMixIn {
  private MemberReportMixIn() {}

  @JsonProperty("person")
  abstract PersonId person();

  @JsonProperty("unit")
  abstract OrganizationId unit();

  @JsonProperty("residence")
  abstract NodeCode residence();

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate date();

  @JsonProperty("identityShown")
  abstract boolean identityShown();

  @JsonProperty("skills")
  abstract Set<String> skills();
}
