package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.governance.deliberation.Body;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.deliberation.MatterId;
import org.grassroots.governance.deliberation.MatterKind;
import org.grassroots.governance.deliberation.Meeting;
import org.grassroots.governance.deliberation.Publication;
import org.grassroots.governance.deliberation.Step;
import org.grassroots.governance.deliberation.Tally;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class StandardMeasuresTest {
  private static final DivisionCode A = DivisionCode.parse("440304003001");
  private static final DivisionCode B = DivisionCode.parse("440304003002");
  private static final DivisionCode QUIET = DivisionCode.parse("440304003003");

  /** A matter of {@code community} taken through {@code steps} steps, the last on {@code last}. */
  private static Matter matter(String id, DivisionCode community, int steps, LocalDate last) {
    Matter m = Matter.open(MatterId.of(id), "议题 " + id, MatterKind.COMMUNITY_FUND_USE, community);
    List<PersonId> members = List.of(PersonId.of("p1"), PersonId.of("p2"), PersonId.of("p3"));
    for (int i = 0; i < steps; i++) {
      Step s = Step.values()[i];
      LocalDate day = last.minusDays(steps - 1 - i);
      m = m.record(s.isMeeting()
          ? Meeting.of(s, Body.of(s.body().orElseThrow(), members), day, members, Tally.of(3, 0, 0))
          : Publication.of(s, day, "公开栏", "x")).orElseThrow();
    }
    return m;
  }

  @Test
  void deliberationsCompleted_countsMattersCompletedInThePeriod() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    List<Matter> matters = List.of(
        matter("a1", A, 6, LocalDate.of(2024, 3, 1)),
        matter("a2", A, 6, LocalDate.of(2024, 12, 31)),
        matter("a3", A, 6, LocalDate.of(2025, 1, 1)),   // after the period
        matter("a4", A, 5, LocalDate.of(2024, 6, 1)),   // resolution published, not completed
        matter("b1", B, 3, LocalDate.of(2024, 6, 1)));  // still in deliberation
    Measurements m = StandardMeasures.deliberationsCompleted(matters, from, to, List.of(QUIET));
    assertEquals(2.0, m.get(StandardMeasures.DELIBERATIONS_COMPLETED, A).orElseThrow());
    assertEquals(0.0, m.get(StandardMeasures.DELIBERATIONS_COMPLETED, B).orElseThrow());
    assertEquals(0.0, m.get(StandardMeasures.DELIBERATIONS_COMPLETED, QUIET).orElseThrow());
    assertEquals(3, m.size());
  }

  @Test
  void deliberationsCompleted_feedsTheDefaultSystem() {
    List<Matter> matters = List.of(matter("a1", A, 6, LocalDate.of(2024, 3, 1)), matter("a2", A, 6, LocalDate.of(2024, 4, 1)));
    Measurements m = StandardMeasures.deliberationsCompleted(matters, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of(B));
    Evaluation e = Evaluation.of(DefaultIndicatorSystems.communityStandard(), m);
    IndicatorScore a = e.scoreOf(A).orElseThrow().indicators().stream()
        .filter(s -> s.indicator().equals(IndicatorId.of("selfGovernance.deliberations"))).findFirst().orElseThrow();
    assertEquals(0.7, a.fraction()); // two completed: the ">= 2" band
    assertEquals(e.system().pointsOf(e.system().indicator(a.indicator()).orElseThrow()) * 0.7, a.points(), 1e-12);
  }

  @Test
  void deliberationsCompleted_rejectsAnInvertedPeriod() {
    assertThrows(InvalidValueException.class, () -> StandardMeasures.deliberationsCompleted(
        List.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), List.of()));
  }
}
