package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.agreement.MemberReport;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link MemberReport}, built through {@link MemberReport#builder()}
 * (see {@link FormDeserializer}); {@code identityShown} defaults to false, {@code skills} (a set:
 * a repeated skill is refused at its index) to none.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record MemberReportForm(
    @JsonProperty(value = "person", required = true) @Nullable PersonId person,
    @JsonProperty(value = "unit", required = true) @Nullable OrganizationId unit,
    @JsonProperty(value = "residence", required = true) @Nullable NodeCode residence,
    @JsonProperty(value = "community", required = true) @Nullable DivisionCode community,
    @JsonProperty(value = "date", required = true) @Nullable LocalDate date,
    @JsonProperty("identityShown") Optional<Boolean> identityShown,
    @JsonProperty("skills") Optional<List<String>> skills) {

  @JsonCreator
  MemberReportForm {}

  MemberReport toValue() {
    List<String> sk = Forms.distinct("MemberReport", "skills", skills);
    MemberReport.Builder b = MemberReport.builder();
    if (person != null) {
      b.person(person);
    }
    if (unit != null) {
      b.unit(unit);
    }
    if (residence != null) {
      b.residence(residence);
    }
    if (community != null) {
      b.community(community);
    }
    if (date != null) {
      b.date(date);
    }
    Forms.present(identityShown).ifPresent(b::identityShown);
    return b.skills(sk).build();
  }
}
