package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.structure.Duty;
import org.grassroots.governance.structure.DutyId;
import org.grassroots.governance.structure.DutyKind;

/**
 * Writes {@link Duty} through its public accessors; it is read through {@link DutyForm} and
 * {@link Duty#builder()}. Schema: {@code structure.schema.json#/$defs/duty}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "title", "kind", "lead", "cooperating"})
@JsonSerialize(as = Duty.class)
abstract class DutyMixIn {
  private DutyMixIn() {}

  @JsonProperty("id")
  abstract DutyId id();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("kind")
  abstract DutyKind kind();

  @JsonProperty("lead")
  abstract OrganizationId lead();

  @JsonProperty("cooperating")
  abstract Set<OrganizationId> cooperating();
}
