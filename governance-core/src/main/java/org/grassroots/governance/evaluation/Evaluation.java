package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      scores.add(CommunityScore.of(c, system.score(measure -> measurements.get(measure, c))));
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
