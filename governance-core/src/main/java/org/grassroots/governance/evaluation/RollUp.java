package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Community scores rolled up the hierarchy (自下而上汇集): each area's score is the weighted mean
 * of the scores of the communities under it, by an {@link AreaHierarchy}.
 *
 * <p>Weights default to 1 per community; pass households or residents to weigh by size. One pass
 * over the communities and their ancestors: O(communities × depth). The grid hierarchy's roll-up
 * is plugged in through {@link AreaHierarchy} once it is available. Immutable and thread-safe.
 *
 * <pre>{@code
 * RollUp r = RollUp.of(evaluation, AreaHierarchy.byCodePrefix(), code -> households.get(code));
 * r.ranking(DivisionLevel.TOWNSHIP); // the streets, best first
 * }</pre>
 */
@Value.Immutable
public abstract class RollUp implements Serializable {
  private static final long serialVersionUID = 1L;

  RollUp() {}

  /** The score of every area that holds a scored community, ordered by code. */
  public abstract List<AreaScore> areas();

  /**
   * A roll-up from its area scores, e.g. one read from a document.
   *
   * @param areas the area scores, in code order, each area once
   * @return the roll-up
   * @throws org.grassroots.governance.validation.InvalidValueException if the areas are out of
   *     order or repeated
   */
  public static RollUp of(List<AreaScore> areas) {
    return ImmutableRollUp.builder().areas(areas).build();
  }

  /**
   * Rolls up with equal weights.
   *
   * @param evaluation the community scores
   * @param hierarchy where each community sits
   * @return the roll-up
   */
  public static RollUp of(Evaluation evaluation, AreaHierarchy hierarchy) {
    return of(evaluation, hierarchy, c -> 1.0);
  }

  /**
   * Rolls up with a weight per community.
   *
   * @param evaluation the community scores
   * @param hierarchy where each community sits
   * @param weight each community's weight, positive and finite
   * @return the roll-up
   * @throws org.grassroots.governance.validation.InvalidValueException if a weight is not positive
   */
  public static RollUp of(Evaluation evaluation, AreaHierarchy hierarchy, ToDoubleFunction<DivisionCode> weight) {
    requireNonNull(evaluation, "evaluation");
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(weight, "weight");
    Violations v = Violations.of("RollUp");
    Map<DivisionCode, Sum> sums = new TreeMap<>();
    for (CommunityScore s : evaluation.scores()) {
      double w = weight.applyAsDouble(s.community());
      if (!(Double.isFinite(w) && w > 0)) {
        v.check(false, "weight." + s.community(), w, Messages.f(Messages.COMMUNITY_WEIGHT, s.community()));
        continue;
      }
      for (DivisionCode area : requireNonNull(hierarchy.ancestorsOf(s.community()), "ancestors")) {
        sums.computeIfAbsent(area, a -> new Sum()).add(w, s);
      }
    }
    v.throwIfAny();
    ImmutableList.Builder<AreaScore> areas = ImmutableList.builderWithExpectedSize(sums.size());
    for (Map.Entry<DivisionCode, Sum> e : sums.entrySet()) {
      Sum sum = e.getValue();
      Map<Section, Double> sections = new EnumMap<>(Section.class);
      sum.sections.forEach((k, x) -> sections.put(k, x / sum.weight));
      areas.add(ImmutableAreaScore.builder()
          .area(e.getKey())
          .communities(sum.count)
          .totalWeight(sum.weight)
          .points(sum.points / sum.weight)
          .sectionPoints(sections)
          .build());
    }
    return ImmutableRollUp.builder().areas(areas.build()).build();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("RollUp");
    for (int i = 1; i < areas().size(); i++) {
      DivisionCode before = areas().get(i - 1).area();
      DivisionCode here = areas().get(i).area();
      v.check(before.compareTo(here) < 0, "areas[" + i + "].area", here,
          Messages.f(Messages.AREAS_ORDER, here, before));
    }
    v.throwIfAny();
  }

  /** Running weighted sums of one area. */
  private static final class Sum {
    int count;
    double weight;
    double points;
    final Map<Section, Double> sections = new EnumMap<>(Section.class);

    void add(double w, CommunityScore s) {
      count++;
      weight += w;
      points += w * s.total();
      s.sectionPoints().forEach((k, x) -> sections.merge(k, w * x, Double::sum));
    }
  }

  /**
   * The score of an area.
   *
   * @param area the area
   * @return its score, or empty if no scored community lies in it
   */
  public Optional<AreaScore> scoreOf(DivisionCode area) {
    requireNonNull(area, "area");
    return areas().stream().filter(a -> a.area().equals(area)).findFirst();
  }

  /**
   * The areas whose code is written at the given level, ranked by points, highest first.
   *
   * @param level e.g. {@link DivisionLevel#TOWNSHIP} for streets, {@link DivisionLevel#COUNTY} for districts
   * @return the ranking
   */
  public ImmutableList<RankedScore> ranking(DivisionLevel level) {
    requireNonNull(level, "level");
    Map<DivisionCode, Double> points = new LinkedHashMap<>();
    for (AreaScore a : areas()) {
      if (a.area().codeLevel() == level) {
        points.put(a.area(), a.points());
      }
    }
    return Rankings.rank(points);
  }
}
