package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.evaluation.IndicatorScore;
import org.grassroots.governance.evaluation.Scorecard;
import org.grassroots.governance.evaluation.Section;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Scorecard}, built through {@link Scorecard#of} from its
 * {@code indicators}; {@code total} and {@code sectionPoints} are derived: optional, and when
 * given equal to the sums of the indicators' points. Schema: {@code evaluation.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record ScorecardForm(
    @JsonProperty(value = "total") Optional<Double> total,
    @JsonProperty("sectionPoints") Optional<Map<Section, Double>> sectionPoints,
    @JsonProperty(value = "indicators", required = true) @Nullable List<IndicatorScore> indicators) {

  @JsonCreator
  ScorecardForm {}

  Scorecard toValue() {
    return scorecard("Scorecard", indicators, total, sectionPoints);
  }

  /**
   * The scorecard of the indicators, with the derived total and section points checked.
   *
   * @param type the type named in the violations ({@code Scorecard}, {@code CommunityScore})
   */
  static Scorecard scorecard(String type, @Nullable List<IndicatorScore> indicators,
      @Nullable Optional<Double> total, @Nullable Optional<Map<Section, Double>> sectionPoints) {
    if (indicators == null) {
      Violations.of(type).require("indicators", indicators).throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    Scorecard card = Scorecard.of(indicators);
    List<Violation> derived = new ArrayList<>();
    DerivedNumbers.check(derived, "total", JsonMessages.FROM_INDICATOR_SCORES, total, card.total());
    Optional<Map<Section, Double>> given = Forms.present(sectionPoints);
    if (given.isPresent()) {
      for (Map.Entry<Section, Double> e : card.sectionPoints().entrySet()) {
        Double g = given.get().get(e.getKey());
        String path = "sectionPoints." + e.getKey().name();
        if (g == null) {
          derived.add(Violation.of(path, "absent", JsonMessages.f(JsonMessages.DERIVED_DIFFERS,
              JsonMessages.FROM_INDICATOR_SCORES, e.getValue())));
        } else {
          DerivedNumbers.check(derived, path, JsonMessages.FROM_INDICATOR_SCORES, Optional.of(g),
              e.getValue());
        }
      }
      for (Map.Entry<Section, Double> e : given.get().entrySet()) {
        if (!card.sectionPoints().containsKey(e.getKey())) {
          derived.add(Violation.of("sectionPoints." + e.getKey().name(), e.getValue(),
              JsonMessages.f(JsonMessages.DERIVED_DIFFERS, JsonMessages.FROM_INDICATOR_SCORES,
                  "absent")));
        }
      }
    }
    if (!derived.isEmpty()) {
      throw new InvalidValueException(type, derived);
    }
    return card;
  }
}
