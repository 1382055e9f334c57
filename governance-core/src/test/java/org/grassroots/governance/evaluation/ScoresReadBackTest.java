package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The public factories that rebuild scores read from elsewhere ({@link IndicatorScore#of}, {@link
 * Scorecard#of}, {@link CommunityScore#of}, {@link Evaluation#of(IndicatorSystem, List)}): what
 * the system makes reads back equal, and a score that is not the system's is refused by path.
 */
class ScoresReadBackTest {
  private static final DivisionCode A = DivisionCode.parse("440304003001");
  private static final DivisionCode B = DivisionCode.parse("440304003002");

  /** coverage and visits in service (0.6), workers and a second reading of coverage in management. */
  private static IndicatorSystem system() {
    return IndicatorSystem.normalising("small", Map.of(Section.SERVICE, 0.6, Section.MANAGEMENT, 0.4), List.of(
        Indicator.builder().id(IndicatorId.of("coverage")).section(Section.SERVICE).name("覆盖率")
            .measure(MeasureId.of("coverage")).unit("比例").rule(ScoringRule.linear(0, 0.8)).weight(0.75).build(),
        Indicator.builder().id(IndicatorId.of("visits")).section(Section.SERVICE).name("走访")
            .measure(MeasureId.of("visits")).unit("次").rule(ScoringRule.atLeast(2)).weight(0.25).build(),
        Indicator.builder().id(IndicatorId.of("workers")).section(Section.MANAGEMENT).name("工作者")
            .measure(MeasureId.of("workers")).unit("人").rule(ScoringRule.atLeast(6)).weight(0.5).build(),
        Indicator.builder().id(IndicatorId.of("coverage-again")).section(Section.MANAGEMENT).name("覆盖率复核")
            .measure(MeasureId.of("coverage")).unit("比例").rule(ScoringRule.linear(0.2, 1)).weight(0.5).build()));
  }

  private static DivisionCode community(int k) {
    return DivisionCode.parse(String.format("440304003%03d", k + 1));
  }

  private static List<String> paths(InvalidValueException e) {
    return e.violations().stream().map(v -> v.path()).toList();
  }

  @Test
  void evaluationOfScores_equalsTheEvaluationThatMadeThem() {
    qt().withExamples(100)
        .forAll(integers().between(1, 12), lists().of(doubles().between(-1, 12)).ofSize(36))
        .check((n, values) -> {
          Measurements.Builder m = Measurements.builder();
          List<DivisionCode> communities = new ArrayList<>();
          String[] measures = {"coverage", "visits", "workers"};
          for (int c = 0; c < n; c++) {
            communities.add(community(c));
            for (int j = 0; j < 3; j++) {
              double v = values.get(c * 3 + j);
              if (v >= 0) { // negative: the measure is missing
                m.put(MeasureId.of(measures[j]), community(c), j == 0 ? v / 12 : Math.floor(v));
              }
            }
          }
          Evaluation e = Evaluation.of(system(), m.build(), communities);
          Evaluation again = Evaluation.of(e.system(), e.scores());
          List<CommunityScore> rebuilt = new ArrayList<>();
          for (CommunityScore s : e.scores()) {
            List<IndicatorScore> items = new ArrayList<>();
            for (IndicatorScore i : s.indicators()) {
              items.add(IndicatorScore.of(i.indicator(), i.section(), i.measure(), i.fraction(), i.maxPoints()));
            }
            rebuilt.add(CommunityScore.of(s.community(), Scorecard.of(items)));
          }
          return again.equals(e) && Evaluation.of(e.system(), rebuilt).equals(e)
              && rebuilt.equals(e.scores());
        });
  }

  @Test
  void evaluationOfScores_refusesAnEditedScoreAtItsIndicator() {
    Evaluation e = Evaluation.of(system(), Measurements.builder()
        .put(MeasureId.of("coverage"), A, 0.4).put(MeasureId.of("workers"), A, 3)
        .put(MeasureId.of("coverage"), B, 0.8).build());
    CommunityScore b = e.scores().get(1);
    List<IndicatorScore> edited = new ArrayList<>(b.indicators());
    IndicatorScore visits = edited.get(1);
    // B has no visits recorded: claiming full points for them is refused
    edited.set(1, IndicatorScore.of(visits.indicator(), visits.section(), visits.measure(), 0, 50));
    InvalidValueException x = assertThrows(InvalidValueException.class,
        () -> Evaluation.of(e.system(), List.of(e.scores().get(0), CommunityScore.of(B, Scorecard.of(edited)))));
    assertEquals(List.of("scores[1].indicators[1]"), paths(x));
    assertTrue(x.violations().get(0).rule().contains("small"), x.getMessage());

    // the same measure read differently by two indicators of one score
    List<IndicatorScore> split = new ArrayList<>(b.indicators());
    IndicatorScore again = split.get(3);
    split.set(3, IndicatorScore.of(again.indicator(), again.section(), OptionalDouble.of(0.2), 0, again.maxPoints()));
    InvalidValueException y = assertThrows(InvalidValueException.class,
        () -> Evaluation.of(e.system(), List.of(CommunityScore.of(B, Scorecard.of(split)))));
    assertEquals(List.of("scores[0].indicators[3]"), paths(y));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose: refused by path, never a bare NPE
  void evaluationOfScores_refusesOrderRepeatsAndForeignIndicators() {
    Evaluation e = Evaluation.of(system(), Measurements.builder()
        .put(MeasureId.of("coverage"), A, 0.4).put(MeasureId.of("coverage"), B, 0.8).build());
    CommunityScore a = e.scores().get(0);
    CommunityScore b = e.scores().get(1);
    InvalidValueException order = assertThrows(InvalidValueException.class,
        () -> Evaluation.of(e.system(), List.of(b, a, a)));
    assertEquals(List.of("scores[1].community", "scores[2].community"), paths(order));
    InvalidValueException foreign = assertThrows(InvalidValueException.class,
        () -> Evaluation.of(e.system(), List.of(CommunityScore.of(A, Scorecard.of(a.indicators().subList(0, 2))))));
    assertEquals(List.of("scores[0].indicators"), paths(foreign));
    assertEquals(List.of("system", "scores"), paths(assertThrows(InvalidValueException.class,
        () -> Evaluation.of(null, (List<CommunityScore>) null))));
    assertEquals(e.system(), Evaluation.of(e.system(), List.of()).system());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose: refused by path, never a bare NPE
  void indicatorScoreOf_refusesEveryBrokenRuleAtOnce() {
    InvalidValueException x = assertThrows(InvalidValueException.class,
        () -> IndicatorScore.of(IndicatorId.of("a"), Section.SERVICE, OptionalDouble.empty(), 1.5, -1));
    assertEquals(List.of("fraction", "fraction", "maxPoints"), paths(x));
    assertEquals(List.of("measure", "maxPoints"), paths(assertThrows(InvalidValueException.class,
        () -> IndicatorScore.of(IndicatorId.of("a"), Section.SERVICE, OptionalDouble.of(Double.NaN), 0.5,
            Double.POSITIVE_INFINITY))));
    assertEquals(List.of("indicator", "section", "measure"), paths(assertThrows(InvalidValueException.class,
        () -> IndicatorScore.of(null, null, null, 0, 0))));
    IndicatorScore ok = IndicatorScore.of(IndicatorId.of("a"), Section.SERVICE, OptionalDouble.of(3), 0.5, 20);
    assertEquals(10.0, ok.points());
    assertEquals(10.0, ok.lostPoints());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose: refused by path, never a bare NPE
  void scorecardOf_sumsAndRefusesRepeatsAndEmptiness() {
    IndicatorScore a = IndicatorScore.of(IndicatorId.of("a"), Section.SERVICE, OptionalDouble.of(1), 1, 30);
    IndicatorScore b = IndicatorScore.of(IndicatorId.of("b"), Section.MANAGEMENT, OptionalDouble.of(1), 0.5, 40);
    IndicatorScore c = IndicatorScore.of(IndicatorId.of("c"), Section.SERVICE, OptionalDouble.empty(), 0, 30);
    Scorecard card = Scorecard.of(List.of(a, b, c));
    assertEquals(50.0, card.total());
    assertEquals(Map.of(Section.SERVICE, 30.0, Section.MANAGEMENT, 20.0), card.sectionPoints());
    assertEquals(List.of(IndicatorId.of("c")), card.missingMeasures());
    assertEquals(List.of("indicators[1].indicator"),
        paths(assertThrows(InvalidValueException.class, () -> Scorecard.of(List.of(a, a)))));
    assertEquals(List.of("indicators"),
        paths(assertThrows(InvalidValueException.class, () -> Scorecard.of(List.of()))));
    List<IndicatorScore> withNull = new ArrayList<>();
    withNull.add(a);
    withNull.add(null);
    assertEquals(List.of("indicators[1]"),
        paths(assertThrows(InvalidValueException.class, () -> Scorecard.of(withNull))));
    assertEquals(List.of("community", "scorecard"),
        paths(assertThrows(InvalidValueException.class, () -> CommunityScore.of(null, null))));
  }
}
