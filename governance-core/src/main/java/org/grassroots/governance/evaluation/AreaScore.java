package org.grassroots.governance.evaluation;

import java.io.Serializable;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
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
   * The points earned in a section.
   *
   * @param section the section
   * @return its points, or 0 if the system does not weigh it
   */
  public double pointsIn(Section section) {
    return sectionPoints().getOrDefault(java.util.Objects.requireNonNull(section, "section"), 0.0);
  }
}
