package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.structure.DutyKind;
import org.grassroots.governance.structure.OrganizationKind;
import org.grassroots.governance.structure.PolicyRule;
import org.grassroots.governance.structure.Role;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link PolicyRule}: {@code type} names one of the closed set of
 * standard kinds (a fixed name, never a Java type taken from the input), {@code name}, and that
 * kind's parameters, all required; the rule is built through that kind's public factory ({@link
 * PolicyRule#minimumHolders}, {@link PolicyRule#partyBranchOnEveryGrid}, {@link
 * PolicyRule#dutiesLedBy}, {@link PolicyRule#everyPartTimeMemberChairs(String)}). A property of
 * another kind is refused at its pointer.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record PolicyRuleForm(
    @JsonProperty(value = "type", required = true) @Nullable Type type,
    @JsonProperty(value = "name", required = true) @Nullable String name,
    @JsonProperty("role") Optional<Role> role,
    @JsonProperty("minimum") Optional<Integer> minimum,
    @JsonProperty("fullTimeOnly") Optional<Boolean> fullTimeOnly,
    @JsonProperty("duty") Optional<DutyKind> duty,
    @JsonProperty("leadKind") Optional<OrganizationKind> leadKind) {

  /** The standard kinds of rule, as written in {@code type}. */
  enum Type {
    MINIMUM_HOLDERS(ImmutableSet.of("role", "minimum", "fullTimeOnly")),
    PARTY_BRANCH_ON_EVERY_GRID(ImmutableSet.of()),
    DUTIES_LED_BY(ImmutableSet.of("duty", "leadKind")),
    EVERY_PART_TIME_MEMBER_CHAIRS(ImmutableSet.of());

    /** The properties of this kind besides {@code type} and {@code name}; all required. */
    final ImmutableSet<String> properties;

    Type(ImmutableSet<String> properties) {
      this.properties = properties;
    }

    /**
     * The kind of a rule made by the {@link PolicyRule} factories, or {@code null} for any other
     * implementation (checked by equality with the rule the factory makes).
     */
    static @Nullable Type of(PolicyRule r) {
      if (r instanceof PolicyRule.MinimumHolders) {
        PolicyRule.MinimumHolders m = (PolicyRule.MinimumHolders) r;
        return r.equals(PolicyRule.minimumHolders(r.name(), m.role(), m.minimum(),
            m.fullTimeOnly())) ? MINIMUM_HOLDERS : null;
      }
      if (r instanceof PolicyRule.DutiesLedBy) {
        PolicyRule.DutiesLedBy d = (PolicyRule.DutiesLedBy) r;
        return r.equals(PolicyRule.dutiesLedBy(r.name(), d.duty(), d.leadKind()))
            ? DUTIES_LED_BY : null;
      }
      if (r instanceof PolicyRule.BranchOnEveryGrid) {
        return r.equals(PolicyRule.partyBranchOnEveryGrid(r.name()))
            ? PARTY_BRANCH_ON_EVERY_GRID : null;
      }
      if (r instanceof PolicyRule.EveryPartTimeMemberChairs) {
        return r.equals(PolicyRule.everyPartTimeMemberChairs(r.name()))
            ? EVERY_PART_TIME_MEMBER_CHAIRS : null;
      }
      return null;
    }
  }

  @JsonCreator
  PolicyRuleForm {}

  PolicyRule toValue() {
    Violations.of("PolicyRule").require("type", type).require("name", name).throwIfAny();
    Type t = Objects.requireNonNull(type, "type");
    String n = Objects.requireNonNull(name, "name");
    Map<String, Optional<?>> given = new LinkedHashMap<>();
    given.put("role", Forms.present(role));
    given.put("minimum", Forms.present(minimum));
    given.put("fullTimeOnly", Forms.present(fullTimeOnly));
    given.put("duty", Forms.present(duty));
    given.put("leadKind", Forms.present(leadKind));
    Violations v = Violations.of("PolicyRule");
    for (Map.Entry<String, Optional<?>> e : given.entrySet()) {
      boolean present = e.getValue().isPresent();
      boolean mine = t.properties.contains(e.getKey());
      v.check(!present || mine, e.getKey(), e.getValue().map(String::valueOf).orElse(null),
          JsonMessages.f(JsonMessages.NOT_OF_RULE, t));
      v.check(present || !mine, e.getKey(), null, JsonMessages.REQUIRED);
    }
    v.throwIfAny();
    switch (t) {
      case MINIMUM_HOLDERS:
        return PolicyRule.minimumHolders(n, role.orElseThrow(), minimum.orElseThrow(),
            fullTimeOnly.orElseThrow());
      case DUTIES_LED_BY:
        return PolicyRule.dutiesLedBy(n, duty.orElseThrow(), leadKind.orElseThrow());
      case PARTY_BRANCH_ON_EVERY_GRID:
        return PolicyRule.partyBranchOnEveryGrid(n);
      default:
        return PolicyRule.everyPartTimeMemberChairs(n);
    }
  }
}
