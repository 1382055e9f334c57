package org.grassroots.governance.evaluation;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The score of one subject under an indicator system (考核得分表): a community, or any other
 * subject a system is made for — an in-service party member, a paired unit. The total out of
 * 100, the points of each section and the score of each indicator. Made by
 * {@link IndicatorSystem#score}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Scorecard unit = DefaultIndicatorSystems.pairedUnit().score(Map.of(
 *     StandardMeasures.FIRST_SECRETARY, 1.0, StandardMeasures.LEADERSHIP_VISITS, 1.0));
 * unit.total();
 * unit.costliest(2);
 * }</pre>
 */
@Value.Immutable
public abstract class Scorecard implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<IndicatorScore> COSTLIEST =
      Comparator.comparingDouble(IndicatorScore::lostPoints).reversed()
          .thenComparing(IndicatorScore::indicator);

  Scorecard() {}

  /**
   * The scorecard of these indicator scores: the total and the section points are their sums.
   *
   * <pre>{@code
   * Scorecard card = Scorecard.of(List.of(
   *     IndicatorScore.of(IndicatorId.of("services"), Section.SERVICE, OptionalDouble.of(1), 1, 40)));
   * card.total(); // 40.0
   * }</pre>
   *
   * @param indicators the scores, at least one, each indicator once, in the system's order
   * @return the scorecard
   * @throws org.grassroots.governance.validation.InvalidValueException naming every broken rule
   */
  public static Scorecard of(List<IndicatorScore> indicators) {
    Violations.of("Scorecard").require("indicators", indicators).throwIfAny();
    Violations nulls = Violations.of("Scorecard");
    for (int k = 0; k < indicators.size(); k++) {
      nulls.require("indicators[" + k + "]", indicators.get(k));
    }
    nulls.throwIfAny();
    Map<Section, Double> sections = new EnumMap<>(Section.class);
    double total = 0;
    for (IndicatorScore s : indicators) {
      sections.merge(s.section(), s.points(), Double::sum);
      total += s.points();
    }
    return ImmutableScorecard.builder().total(total).sectionPoints(sections)
        .indicators(indicators).build();
  }

  /** The total points, 0 to 100. */
  public abstract double total();

  /** The points earned in each section, in section order. */
  public abstract Map<Section, Double> sectionPoints();

  /** The score of every indicator, in system order. */
  public abstract List<IndicatorScore> indicators();

  /**
   * The points earned in a section.
   *
   * @param section the section
   * @return its points, or 0 if the system does not weigh it
   */
  public double pointsIn(Section section) {
    return sectionPoints().getOrDefault(Objects.requireNonNull(section, "section"), 0.0);
  }

  /**
   * The indicators that cost the most points, most first (ties by id); indicators that lost
   * nothing are left out.
   *
   * @param limit at most this many
   * @return the costliest indicators
   */
  public ImmutableList<IndicatorScore> costliest(int limit) {
    return indicators().stream()
        .filter(s -> s.lostPoints() > 0)
        .sorted(COSTLIEST)
        .limit(Math.max(0, limit))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The indicators whose measure was missing.
   *
   * @return in system order
   */
  public ImmutableList<IndicatorId> missingMeasures() {
    return indicators().stream()
        .filter(IndicatorScore::missing)
        .map(IndicatorScore::indicator)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Scorecard")
        .check(!indicators().isEmpty(), "indicators", "[]", Messages.NO_SCORED_INDICATORS);
    Set<IndicatorId> seen = new HashSet<>();
    for (int k = 0; k < indicators().size(); k++) {
      IndicatorId id = indicators().get(k).indicator();
      v.check(seen.add(id), "indicators[" + k + "].indicator", id,
          Messages.f(Messages.DUPLICATE_SCORED_INDICATOR, id));
    }
    v.throwIfAny();
  }
}
