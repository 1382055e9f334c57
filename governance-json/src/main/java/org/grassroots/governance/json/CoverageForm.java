package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.matching.Coverage;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Coverage}, built through {@link Coverage#of}; {@code rate} is
 * derived: optional, and when given equal to served over demanded.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record CoverageForm(
    @JsonProperty(value = "demands", required = true) @Nullable Integer demands,
    @JsonProperty(value = "fullyServed", required = true) @Nullable Integer fullyServed,
    @JsonProperty(value = "demanded", required = true) @Nullable Long demanded,
    @JsonProperty(value = "served", required = true) @Nullable Long served,
    @JsonProperty("rate") Optional<Double> rate) {

  @JsonCreator
  CoverageForm {}

  Coverage toValue() {
    if (demands == null || fullyServed == null || demanded == null || served == null) {
      Violations.of("Coverage").require("demands", demands).require("fullyServed", fullyServed)
          .require("demanded", demanded).require("served", served).throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    Coverage c = Coverage.of(demands, fullyServed, demanded, served);
    List<Violation> derived = new ArrayList<>();
    DerivedNumbers.check(derived, "rate", "served and demanded", rate, c.rate());
    if (!derived.isEmpty()) {
      throw new InvalidValueException("Coverage", derived);
    }
    return c;
  }
}
