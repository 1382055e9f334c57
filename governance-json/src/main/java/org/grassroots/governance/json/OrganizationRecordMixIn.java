package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.json.register.OrganizationRecord;

/**
 * Binds {@link OrganizationRecord} to JSON through its public factory {@link OrganizationRecord#of}
 * (so its check runs on every read) and its public accessors; Jackson never sees the generated
 * class's constructor or fields. The template for every core value type's mix-in.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "name", "creditCode", "division", "grid"})
@JsonSerialize(as = OrganizationRecord.class)
abstract class OrganizationRecordMixIn {
  private OrganizationRecordMixIn() {}

  @JsonCreator
  static OrganizationRecord of(
      @JsonProperty(value = "id", required = true) OrganizationId id,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "creditCode", required = true) UnifiedSocialCreditCode creditCode,
      @JsonProperty(value = "division", required = true) DivisionCode division,
      @JsonProperty("grid") Optional<GridCode> grid) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("id")
  abstract OrganizationId id();

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("creditCode")
  abstract UnifiedSocialCreditCode creditCode();

  @JsonProperty("division")
  abstract DivisionCode division();

  @JsonProperty("grid")
  abstract Optional<GridCode> grid();
}
