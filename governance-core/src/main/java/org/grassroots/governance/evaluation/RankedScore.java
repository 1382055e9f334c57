package org.grassroots.governance.evaluation;

import java.io.Serializable;
import org.grassroots.governance.id.DivisionCode;
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

  static RankedScore of(int rank, DivisionCode area, double points) {
    return ImmutableRankedScore.builder().rank(rank).area(area).points(points).build();
  }
}
