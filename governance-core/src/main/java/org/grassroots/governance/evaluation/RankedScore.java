package org.grassroots.governance.evaluation;

import java.io.Serializable;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One row of a ranking (排名): rank, area and points. Ties share a rank and the next rank skips
 * (1, 2, 2, 4: standard competition ranking).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (RankedScore r : evaluation.ranking()) System.out.println(r.rank() + " " + r.area());
 * }</pre>
 */
@Value.Immutable
public abstract class RankedScore implements Serializable {
  private static final long serialVersionUID = 1L;

  RankedScore() {}

  /** The rank, from 1. */
  public abstract int rank();

  /** The community or area. */
  public abstract DivisionCode area();

  /** Its points. */
  public abstract double points();

  /**
   * A row, e.g. one read from a document; {@link Evaluation#ranking()} and {@link
   * RollUp#ranking} rank scores themselves.
   *
   * @param rank the rank, at least 1
   * @param area the community or area
   * @param points its points, finite
   * @return the row
   * @throws org.grassroots.governance.validation.InvalidValueException if the rank is below 1 or
   *     the points are not finite
   */
  public static RankedScore of(int rank, DivisionCode area, double points) {
    return ImmutableRankedScore.builder().rank(rank).area(area).points(points).build();
  }

  @Value.Check
  void check() {
    Violations.of("RankedScore").require("area", area())
        .check(rank() >= 1, "rank", rank(), Messages.RANK)
        .check(Double.isFinite(points()), "points", points(), Messages.FINITE)
        .throwIfAny();
  }
}
