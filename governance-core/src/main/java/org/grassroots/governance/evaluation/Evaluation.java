package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.grassroots.governance.id.DivisionCode;
import org.immutables.value.Value;

/**
 * The scores of communities under an indicator system (考核结果): each community's total out of
 * 100, its section points and indicator scores; the ranking; the roll-up to streets and districts
 * through {@link RollUp}.
 *
 * <p>An indicator earns {@code 100 × section weight × indicator weight × rule.fraction(measure)};
 * a missing measure earns nothing and is listed in {@link CommunityScore#missingMeasures()}.
 * O(communities × indicators). Immutable and thread-safe.
 *
 * <pre>{@code
 * Evaluation e = Evaluation.of(DefaultIndicatorSystems.communityStandard(), measurements,
 *     communities);
 * e.ranking().get(0).area();                       // the best community
 * e.scoreOf(code).orElseThrow().costliest(3);      // where it lost most
 * RollUp streets = RollUp.of(e, AreaHierarchy.byCodePrefix());
 * }</pre>
 */
@Value.Immutable
public abstract class Evaluation implements Serializable {
  private static final long serialVersionUID = 1L;

  Evaluation() {}

  /** The indicator system applied. */
  public abstract IndicatorSystem system();

  /** The score of each community, ordered by code. */
  public abstract List<CommunityScore> scores();

  /**
   * Scores the given communities.
   *
   * @param system the indicator system
   * @param measurements the measured values (missing ones score nothing)
   * @param communities the communities to score; duplicates are scored once
   * @return the evaluation
   */
  public static Evaluation of(IndicatorSystem system, Measurements measurements, Iterable<DivisionCode> communities) {
    requireNonNull(system, "system");
    requireNonNull(measurements, "measurements");
    requireNonNull(communities, "communities");
    TreeSet<DivisionCode> ordered = new TreeSet<>();
    communities.forEach(c -> ordered.add(requireNonNull(c, "community")));
    ImmutableList.Builder<CommunityScore> scores = ImmutableList.builderWithExpectedSize(ordered.size());
    for (DivisionCode c : ordered) {
      scores.add(score(system, measurements, c));
    }
    return ImmutableEvaluation.builder().system(system).scores(scores.build()).build();
  }

  /**
   * Scores every community that has a measured value.
   *
   * @param system the indicator system
   * @param measurements the measured values
   * @return the evaluation
   */
  public static Evaluation of(IndicatorSystem system, Measurements measurements) {
    return of(system, measurements, measurements.communities());
  }

  private static CommunityScore score(IndicatorSystem system, Measurements m, DivisionCode community) {
    Map<Section, Double> sections = new EnumMap<>(Section.class);
    for (Section s : system.sectionWeights().keySet()) {
      sections.put(s, 0.0);
    }
    ImmutableList.Builder<IndicatorScore> items = ImmutableList.builderWithExpectedSize(system.indicators().size());
    double total = 0;
    for (Indicator i : system.indicators()) {
      OptionalDouble value = m.get(i.measure(), community);
      double fraction = value.isPresent() ? i.rule().fraction(value.getAsDouble()) : 0;
      IndicatorScore s = ImmutableIndicatorScore.builder()
          .indicator(i.id())
          .section(i.section())
          .measure(value)
          .fraction(fraction)
          .maxPoints(system.pointsOf(i))
          .build();
      items.add(s);
      sections.merge(i.section(), s.points(), Double::sum);
      total += s.points();
    }
    return ImmutableCommunityScore.builder()
        .community(community)
        .total(total)
        .sectionPoints(sections)
        .indicators(items.build())
        .build();
  }

  /**
   * The score of a community.
   *
   * @param community the community
   * @return its score, or empty if it was not scored
   */
  public Optional<CommunityScore> scoreOf(DivisionCode community) {
    requireNonNull(community, "community");
    return scores().stream().filter(s -> s.community().equals(community)).findFirst();
  }

  /**
   * The communities ranked by total, highest first; ties share a rank.
   *
   * @return the ranking
   */
  public ImmutableList<RankedScore> ranking() {
    Map<DivisionCode, Double> totals = new LinkedHashMap<>();
    for (CommunityScore s : scores()) {
      totals.put(s.community(), s.total());
    }
    return Rankings.rank(totals);
  }
}
