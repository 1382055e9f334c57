package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Role;
import org.grassroots.governance.structure.RoleHolders;

/**
 * Binds {@link RoleHolders} to its public factory {@link RoleHolders#of}: role, date, and the
 * memberships {@code held} and {@code unknown} on that date (each must have that role and that
 * holding, else refused at {@code /held/i}). Schema: {@code structure.schema.json} ({@code
 * roleHolders}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"role", "date", "held", "unknown"})
@JsonSerialize(as = RoleHolders.class)
abstract class RoleHoldersMixIn {
  private RoleHoldersMixIn() {}

  @JsonCreator
  static RoleHolders of(
      @JsonProperty(value = "role", required = true) Role role,
      @JsonProperty(value = "date", required = true) LocalDate date,
      @JsonProperty(value = "held", required = true) List<Membership> held,
      @JsonProperty(value = "unknown", required = true) List<Membership> unknown) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("role")
  abstract Role role();

  @JsonProperty("date")
  abstract LocalDate date();

  @JsonProperty("held")
  abstract List<Membership> held();

  @JsonProperty("unknown")
  abstract List<Membership> unknown();
}
