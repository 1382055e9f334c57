package org.grassroots.governance.evaluation;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.immutables.value.Value;

/**
 * A community's score (社区考核得分): the total out of 100, the points of each section and the
 * score of each indicator.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CommunityScore s = evaluation.scoreOf(code).orElseThrow();
 * s.total();
 * s.costliest(3); // the three indicators that cost the most points
 * }</pre>
 */
@Value.Immutable
public abstract class CommunityScore implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<IndicatorScore> COSTLIEST =
      Comparator.comparingDouble(IndicatorScore::lostPoints).reversed()
          .thenComparing(IndicatorScore::indicator);

  CommunityScore() {}

  /** The community. */
  public abstract DivisionCode community();

  /** The total points, 0 to 100. */
  public abstract double total();

  /** The points earned in each section, in section order. */
  public abstract Map<Section, Double> sectionPoints();

  /** The score of every indicator, in system order. */
  public abstract List<IndicatorScore> indicators();

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
