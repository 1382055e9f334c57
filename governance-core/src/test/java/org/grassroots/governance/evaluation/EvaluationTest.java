package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final DivisionCode A = DivisionCode.parse("440304003001");
  private static final DivisionCode B = DivisionCode.parse("440304003002");
  private static final DivisionCode C = DivisionCode.parse("440304004001");

  /** Two sections 0.6 / 0.4; service: coverage (linear to 0.8, 0.75) and visits (at least 2, 0.25). */
  private static IndicatorSystem small() {
    return IndicatorSystem.normalising("small", Map.of(Section.SERVICE, 0.6, Section.MANAGEMENT, 0.4), List.of(
        Indicator.builder().id(IndicatorId.of("coverage")).section(Section.SERVICE).name("覆盖率")
            .measure(MeasureId.of("coverage")).unit("比例").rule(ScoringRule.linear(0, 0.8)).weight(0.75).build(),
        Indicator.builder().id(IndicatorId.of("visits")).section(Section.SERVICE).name("走访")
            .measure(MeasureId.of("visits")).unit("次").rule(ScoringRule.atLeast(2)).weight(0.25).build(),
        Indicator.builder().id(IndicatorId.of("workers")).section(Section.MANAGEMENT).name("工作者")
            .measure(MeasureId.of("workers")).unit("人").rule(ScoringRule.atLeast(6)).weight(1).build()));
  }

  private static Measurements measurements() {
    return Measurements.builder()
        .put(MeasureId.of("coverage"), A, 0.8).put(MeasureId.of("visits"), A, 3).put(MeasureId.of("workers"), A, 6)
        .put(MeasureId.of("coverage"), B, 0.4).put(MeasureId.of("visits"), B, 1).put(MeasureId.of("workers"), B, 7)
        .put(MeasureId.of("coverage"), C, 0.4).put(MeasureId.of("workers"), C, 9)
        .build();
  }

  @Test
  void of_scoresEachIndicatorAsWeightTimesFraction() {
    Evaluation e = Evaluation.of(small(), measurements());
    CommunityScore a = e.scoreOf(A).orElseThrow();
    assertEquals(100.0, a.total(), 1e-9);
    CommunityScore b = e.scoreOf(B).orElseThrow();
    // coverage: 100 x 0.6 x 0.75 x (0.4 / 0.8); visits: 0; workers: 100 x 0.4
    double expected = 100 * 0.6 * 0.75 * 0.5 + 100 * 0.4;
    assertEquals(expected, b.total(), 1e-9);
    assertEquals(100 * 0.6 * 0.75 * 0.5, b.pointsIn(Section.SERVICE), 1e-9);
    assertEquals(List.of(IndicatorId.of("visits")), e.scoreOf(C).orElseThrow().missingMeasures());
  }

  @Test
  void costliest_ordersIndicatorsByPointsLost() {
    CommunityScore b = Evaluation.of(small(), measurements()).scoreOf(B).orElseThrow();
    List<IndicatorScore> costly = b.costliest(5);
    assertEquals(List.of(IndicatorId.of("coverage"), IndicatorId.of("visits")),
        costly.stream().map(IndicatorScore::indicator).collect(java.util.stream.Collectors.toList()));
    assertEquals(100 * 0.6 * 0.75 * 0.5, costly.get(0).lostPoints(), 1e-9);
    assertEquals(1, b.costliest(1).size());
  }

  @Test
  void ranking_tiesShareARank() {
    Evaluation e = Evaluation.of(small(), measurements(), List.of(A, B, C));
    List<RankedScore> r = e.ranking();
    assertEquals(A, r.get(0).area());
    assertEquals(1, r.get(0).rank());
    // B and C both earn coverage 0.5, no visits, full workers: a tie at rank 2, ordered by code
    assertEquals(List.of(2, 2), List.of(r.get(1).rank(), r.get(2).rank()));
    assertEquals(List.of(B, C), List.of(r.get(1).area(), r.get(2).area()));
  }

  @Test
  void of_communityWithoutMeasures_scoresZeroAndListsThemAll() {
    DivisionCode d = DivisionCode.parse("440304005001");
    CommunityScore s = Evaluation.of(small(), measurements(), List.of(d)).scoreOf(d).orElseThrow();
    assertEquals(0.0, s.total());
    assertEquals(3, s.missingMeasures().size());
    assertTrue(s.costliest(3).stream().allMatch(IndicatorScore::missing));
  }

  @Test
  void serialisation_roundTripsTheResults() throws Exception {
    Evaluation e = Evaluation.of(small(), measurements());
    assertEquals(e, IndicatorSystemTest.roundTrip(e));
    RollUp r = RollUp.of(e, AreaHierarchy.byCodePrefix());
    assertEquals(r, IndicatorSystemTest.roundTrip(r));
  }

  @Test
  void measurements_mergeLetsTheLaterWin() {
    Measurements m = measurements().merge(Measurements.builder().put(MeasureId.of("workers"), A, 2).build());
    assertEquals(2.0, m.get(MeasureId.of("workers"), A).orElseThrow());
    assertEquals(measurements().size(), m.size());
    assertEquals(List.of(A, B, C), List.copyOf(m.communities()));
  }
}
