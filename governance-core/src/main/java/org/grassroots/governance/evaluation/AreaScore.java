package org.grassroots.governance.evaluation;

import java.io.Serializable;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The rolled-up score of an area (街道 / 区 得分): the weighted mean of its communities' totals
 * and section points.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AreaScore street = rollUp.scoreOf(DivisionCode.parse("440304003000")).orElseThrow();
 * street.points(); street.communities();
 * }</pre>
 */
@Value.Immutable
public abstract class AreaScore implements Serializable {
  private static final long serialVersionUID = 1L;

  AreaScore() {}

  /** The area. */
  public abstract DivisionCode area();

  /** How many scored communities lie in it. */
  public abstract int communities();

  /** The sum of their weights. */
  public abstract double totalWeight();

  /** The weighted mean of their totals. */
  public abstract double points();

  /** The weighted mean of their section points. */
  public abstract Map<Section, Double> sectionPoints();

  /**
   * An area's score, e.g. one read from a document; {@link RollUp#of(Evaluation, AreaHierarchy)}
   * computes them.
   *
   * @param area the area
   * @param communities how many scored communities lie in it, at least 1
   * @param totalWeight the sum of their weights, positive and finite
   * @param points the weighted mean of their totals, finite
   * @param sectionPoints the weighted mean of their section points, finite
   * @return the score
   * @throws org.grassroots.governance.validation.InvalidValueException if a number is out of range
   */
  public static AreaScore of(DivisionCode area, int communities, double totalWeight,
      double points, Map<Section, Double> sectionPoints) {
    return ImmutableAreaScore.builder().area(area).communities(communities)
        .totalWeight(totalWeight).points(points).sectionPoints(sectionPoints).build();
  }

  /**
   * The points earned in a section.
   *
   * @param section the section
   * @return its points, or 0 if the system does not weigh it
   */
  public double pointsIn(Section section) {
    return sectionPoints().getOrDefault(java.util.Objects.requireNonNull(section, "section"), 0.0);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("AreaScore").require("area", area())
        .check(communities() >= 1, "communities", communities(), Messages.COMMUNITIES_POSITIVE)
        .check(Double.isFinite(totalWeight()) && totalWeight() > 0, "totalWeight", totalWeight(),
            Messages.POSITIVE_WEIGHT)
        .check(Double.isFinite(points()), "points", points(), Messages.FINITE);
    sectionPoints().forEach((k, x) -> v.check(Double.isFinite(x), "sectionPoints." + k, x,
        Messages.FINITE));
    v.throwIfAny();
  }
}
