package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violations;
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
   * An evaluation read back from its scores (for example from a document): each community's
   * score must be exactly what the system gives for the measures it records, so a score cannot be
   * edited apart from its measures. The scores are kept in community code order.
   *
   * <pre>{@code
   * Evaluation again = Evaluation.of(evaluation.system(), evaluation.scores());
   * again.equals(evaluation); // true
   * }</pre>
   *
   * @param system the indicator system
   * @param scores one score per community, in code order, each community once
   * @return the evaluation
   * @throws org.grassroots.governance.validation.InvalidValueException naming every score (and
   *     indicator) that the system does not give, and every community out of order
   */
  public static Evaluation of(IndicatorSystem system, List<CommunityScore> scores) {
    Violations.of("Evaluation").require("system", system).require("scores", scores).throwIfAny();
    Violations v = Violations.of("Evaluation");
    for (int k = 0; k < scores.size(); k++) {
      v.require("scores[" + k + "]", scores.get(k));
    }
    v.throwIfAny();
    List<IndicatorId> ids = new ArrayList<>(system.indicators().size());
    system.indicators().forEach(i -> ids.add(i.id()));
    for (int k = 0; k < scores.size(); k++) {
      CommunityScore score = scores.get(k);
      if (k > 0) {
        DivisionCode before = scores.get(k - 1).community();
        v.check(before.compareTo(score.community()) < 0, "scores[" + k + "].community",
            score.community(), Messages.f(Messages.SCORES_ORDER, score.community(), before));
      }
      List<IndicatorScore> given = score.indicators();
      List<IndicatorId> givenIds = new ArrayList<>(given.size());
      given.forEach(s -> givenIds.add(s.indicator()));
      if (!givenIds.equals(ids)) {
        v.check(false, "scores[" + k + "].indicators", givenIds,
            Messages.f(Messages.NOT_SYSTEM_INDICATORS, system.name(), ids));
        continue;
      }
      Map<MeasureId, OptionalDouble> recorded = new HashMap<>();
      for (int j = 0; j < given.size(); j++) {
        recorded.putIfAbsent(system.indicators().get(j).measure(), given.get(j).measure());
      }
      List<IndicatorScore> expected =
          system.score(m -> recorded.getOrDefault(m, OptionalDouble.empty())).indicators();
      for (int j = 0; j < given.size(); j++) {
        v.check(given.get(j).equals(expected.get(j)), "scores[" + k + "].indicators[" + j + "]",
            given.get(j), Messages.f(Messages.NOT_SYSTEM_SCORE, system.name(), expected.get(j)));
      }
    }
    v.throwIfAny();
    return ImmutableEvaluation.builder().system(system).scores(scores).build();
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
