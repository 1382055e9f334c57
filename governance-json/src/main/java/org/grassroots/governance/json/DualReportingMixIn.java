package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.agreement.MemberReport;
import org.grassroots.governance.agreement.PostClaim;
import org.grassroots.governance.agreement.ServiceRecord;
import org.grassroots.governance.agreement.UnitReport;

/**
 * Writes {@link DualReporting}; it is read through {@link DualReportingForm}. Schema: {@code
 * dual-reporting.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"agreements", "unitReports", "memberReports", "claims", "services"})
@JsonSerialize(as = DualReporting.class)
abstract class DualReportingMixIn {
  private DualReportingMixIn() {}

  @JsonProperty("agreements")
  abstract List<CoBuildingAgreement> agreements();

  @JsonProperty("unitReports")
  abstract List<UnitReport> unitReports();

  @JsonProperty("memberReports")
  abstract List<MemberReport> memberReports();

  @JsonProperty("claims")
  abstract List<PostClaim> claims();

  @JsonProperty("services")
  abstract List<ServiceRecord> services();
}
