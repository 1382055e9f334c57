package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.agreement.MemberReport;
import org.grassroots.governance.agreement.PostClaim;
import org.grassroots.governance.agreement.ServiceRecord;
import org.grassroots.governance.agreement.UnitReport;

/**
 * The JSON properties of a {@link DualReporting} register, built through {@link
 * DualReporting#builder()} (see {@link FormDeserializer}), whose check refuses a report under an
 * unknown agreement or one not in force, a unit that is not a counterpart, a repeated report, and
 * a claim or service before its member reported. Every list may be left out (empty).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record DualReportingForm(
    @JsonProperty("agreements") Optional<List<CoBuildingAgreement>> agreements,
    @JsonProperty("unitReports") Optional<List<UnitReport>> unitReports,
    @JsonProperty("memberReports") Optional<List<MemberReport>> memberReports,
    @JsonProperty("claims") Optional<List<PostClaim>> claims,
    @JsonProperty("services") Optional<List<ServiceRecord>> services) {

  @JsonCreator
  DualReportingForm {}

  DualReporting toValue() {
    DualReporting.Builder b = DualReporting.builder();
    Forms.elements("DualReporting", "agreements", agreements).ifPresent(b::agreements);
    Forms.elements("DualReporting", "unitReports", unitReports).ifPresent(b::unitReports);
    Forms.elements("DualReporting", "memberReports", memberReports).ifPresent(b::memberReports);
    Forms.elements("DualReporting", "claims", claims).ifPresent(b::claims);
    Forms.elements("DualReporting", "services", services).ifPresent(b::services);
    return b.build();
  }
}
