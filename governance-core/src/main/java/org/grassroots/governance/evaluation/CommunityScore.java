package org.grassroots.governance.evaluation;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A community's score (社区考核得分): its {@link Scorecard} — the total out of 100, the points of
 * each section and the score of each indicator.
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

  CommunityScore() {}

  /** The community. */
  public abstract DivisionCode community();

  /** Its scorecard. */
  public abstract Scorecard scorecard();

  /**
   * A community's scorecard.
   *
   * <pre>{@code
   * CommunityScore s = CommunityScore.of(DivisionCode.parse("110105001001"), card);
   * }</pre>
   *
   * @param community the community
   * @param scorecard its scorecard
   * @return the score
   * @throws org.grassroots.governance.validation.InvalidValueException if either is null
   */
  public static CommunityScore of(DivisionCode community, Scorecard scorecard) {
    Violations.of("CommunityScore").require("community", community)
        .require("scorecard", scorecard).throwIfAny();
    return ImmutableCommunityScore.builder().community(community).scorecard(scorecard).build();
  }

  /**
   * The total points.
   *
   * @return 0 to 100
   */
  public double total() {
    return scorecard().total();
  }

  /**
   * The points earned in each section.
   *
   * @return in section order
   */
  public Map<Section, Double> sectionPoints() {
    return scorecard().sectionPoints();
  }

  /**
   * The score of every indicator.
   *
   * @return in system order
   */
  public List<IndicatorScore> indicators() {
    return scorecard().indicators();
  }

  /**
   * The points earned in a section.
   *
   * @param section the section
   * @return its points, or 0 if the system does not weigh it
   */
  public double pointsIn(Section section) {
    return scorecard().pointsIn(section);
  }

  /**
   * The indicators that cost the most points, most first; see {@link Scorecard#costliest}.
   *
   * @param limit at most this many
   * @return the costliest indicators
   */
  public ImmutableList<IndicatorScore> costliest(int limit) {
    return scorecard().costliest(limit);
  }

  /**
   * The indicators whose measure was missing.
   *
   * @return in system order
   */
  public ImmutableList<IndicatorId> missingMeasures() {
    return scorecard().missingMeasures();
  }
}
