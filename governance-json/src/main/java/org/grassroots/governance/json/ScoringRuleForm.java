package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.evaluation.Band;
import org.grassroots.governance.evaluation.ScoringRule;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link ScoringRule}: {@code type} names one of the closed set of
 * kinds ({@code LINEAR}, {@code AT_LEAST}, {@code AT_MOST}, {@code BANDED}; a fixed name, never a
 * Java type), and the rule is built through that kind's public factory ({@link
 * ScoringRule#linear}, {@link ScoringRule#atLeast}, {@link ScoringRule#atMost}, {@link
 * ScoringRule#banded(List)}). A property of another kind is refused at its pointer.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ScoringRuleForm(
    @JsonProperty(value = "type", required = true) @Nullable Type type,
    @JsonProperty("floor") Optional<Double> floor,
    @JsonProperty("target") Optional<Double> target,
    @JsonProperty("bands") Optional<List<Band>> bands) {

  /** The kinds of rule, as written in {@code type}. */
  enum Type {
    LINEAR(Set.of("floor", "target")),
    AT_LEAST(Set.of("target")),
    AT_MOST(Set.of("target")),
    BANDED(Set.of("bands"));

    /** The properties of this kind besides {@code type}; all of them are required. */
    final Set<String> properties;

    Type(Set<String> properties) {
      this.properties = properties;
    }
  }

  @JsonCreator
  ScoringRuleForm {}

  ScoringRule toValue() {
    Violations.of("ScoringRule").require("type", type).throwIfAny();
    Type t = Objects.requireNonNull(type, "type");
    Map<String, Optional<?>> given = new LinkedHashMap<>();
    given.put("floor", Forms.present(floor));
    given.put("target", Forms.present(target));
    given.put("bands", Forms.elements("ScoringRule", "bands", bands));
    Violations v = Violations.of("ScoringRule");
    for (Map.Entry<String, Optional<?>> e : given.entrySet()) {
      boolean present = e.getValue().isPresent();
      boolean mine = t.properties.contains(e.getKey());
      v.check(!present || mine, e.getKey(), e.getValue().map(String::valueOf).orElse(null),
          JsonMessages.f(JsonMessages.NOT_OF_RULE, t));
      v.check(present || !mine, e.getKey(), null, JsonMessages.REQUIRED);
    }
    v.throwIfAny();
    switch (t) {
      case LINEAR:
        return ScoringRule.linear(floor.orElseThrow(), target.orElseThrow());
      case AT_LEAST:
        return ScoringRule.atLeast(target.orElseThrow());
      case AT_MOST:
        return ScoringRule.atMost(target.orElseThrow());
      default:
        return ScoringRule.banded(bands.orElseThrow());
    }
  }
}
