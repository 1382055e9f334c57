package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.structure.PolicyProfile;
import org.grassroots.governance.structure.PolicyRule;

/**
 * Binds a {@link PolicyProfile} to its public factory {@link PolicyProfile#of}: a name and the
 * rules, each written by its parameters ({@link PolicyRuleSerializer}, read by {@link
 * PolicyRuleForm}). Schema: {@code structure.schema.json} ({@code policyProfile}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"name", "rules"})
@JsonSerialize(as = PolicyProfile.class)
abstract class PolicyProfileMixIn {
  private PolicyProfileMixIn() {}

  @JsonCreator
  static PolicyProfile of(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "rules", required = true) List<PolicyRule> rules) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("rules")
  abstract List<PolicyRule> rules();
}
