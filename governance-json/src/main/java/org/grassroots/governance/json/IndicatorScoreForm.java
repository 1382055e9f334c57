package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.grassroots.governance.evaluation.IndicatorId;
import org.grassroots.governance.evaluation.IndicatorScore;
import org.grassroots.governance.evaluation.Section;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of an {@link IndicatorScore}, built through {@link IndicatorScore#of};
 * {@code measure} is absent when it was missing, and {@code points} is derived: optional, and
 * when given equal to fraction × maxPoints. Schema: {@code evaluation.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record IndicatorScoreForm(
    @JsonProperty(value = "indicator", required = true) @Nullable IndicatorId indicator,
    @JsonProperty(value = "section", required = true) @Nullable Section section,
    @JsonProperty("measure") Optional<Double> measure,
    @JsonProperty(value = "fraction", required = true) @Nullable Double fraction,
    @JsonProperty("points") Optional<Double> points,
    @JsonProperty(value = "maxPoints", required = true) @Nullable Double maxPoints) {

  @JsonCreator
  IndicatorScoreForm {}

  IndicatorScore toValue() {
    if (indicator == null || section == null || fraction == null || maxPoints == null) {
      Violations.of("IndicatorScore").require("indicator", indicator).require("section", section)
          .require("fraction", fraction).require("maxPoints", maxPoints).throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    Optional<Double> m = Forms.present(measure);
    IndicatorScore s = IndicatorScore.of(indicator, section,
        m.isPresent() ? OptionalDouble.of(m.get()) : OptionalDouble.empty(), fraction, maxPoints);
    List<Violation> derived = new ArrayList<>();
    DerivedNumbers.check(derived, "points", "fraction and maxPoints", points, s.points());
    if (!derived.isEmpty()) {
      throw new InvalidValueException("IndicatorScore", derived);
    }
    return s;
  }
}
