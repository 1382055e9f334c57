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
import org.grassroots.governance.agreement.MemberSummary;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;

/**
 * Binds {@link MemberSummary} to its public factory {@link MemberSummary#of} (a repeated skill
 * is merged, as the factory does).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"person", "community", "unit", "identityShown", "skills", "postsClaimed",
    "services", "hours"})
@JsonSerialize(as = MemberSummary.class)
abstract class MemberSummaryMixIn {
  private MemberSummaryMixIn() {}

  @JsonCreator
  static MemberSummary of(
      @JsonProperty(value = "person", required = true) PersonId person,
      @JsonProperty(value = "community", required = true) DivisionCode community,
      @JsonProperty(value = "unit", required = true) OrganizationId unit,
      @JsonProperty(value = "identityShown", required = true) boolean identityShown,
      @JsonProperty(value = "skills", required = true) Set<String> skills,
      @JsonProperty(value = "postsClaimed", required = true) int postsClaimed,
      @JsonProperty(value = "services", required = true) int services,
      @JsonProperty(value = "hours", required = true) BigDecimal hours) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("person")
  abstract PersonId person();

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("unit")
  abstract OrganizationId unit();

  @JsonProperty("identityShown")
  abstract boolean identityShown();

  @JsonProperty("skills")
  abstract Set<String> skills();

  @JsonProperty("postsClaimed")
  abstract int postsClaimed();

  @JsonProperty("services")
  abstract int services();

  @JsonProperty("hours")
  abstract BigDecimal hours();
}
