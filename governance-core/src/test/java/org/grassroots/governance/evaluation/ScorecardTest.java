package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  @Test
  void memberAndUnitSystems_areNormalisedAndNamedForTheirSeed() {
    for (IndicatorSystem s : List.of(DefaultIndicatorSystems.inServicePartyMember(), DefaultIndicatorSystems.pairedUnit())) {
      assertTrue(IndicatorSystemTest.normalised(s), s.name());
      assertTrue(s.indicators().stream().allMatch(i -> i.source().orElseThrow().contains("双报到")), s.name());
    }
    assertEquals(3, DefaultIndicatorSystems.inServicePartyMember().sectionWeights().size());
    assertEquals(2, DefaultIndicatorSystems.pairedUnit().sectionWeights().size());
  }

  @Test
  void score_unitMeetingEveryTarget_earnsFullPoints() {
    IndicatorSystem unit = DefaultIndicatorSystems.pairedUnit();
    Map<MeasureId, Double> all = new HashMap<>();
    for (Indicator i : unit.indicators()) {
      all.put(i.measure(), i.target());
    }
    assertEquals(100.0, unit.score(all).total(), 1e-9);
  }

  @Test
  void score_unitThatNeverVisits_losesTheVisitsPointsFirst() {
    IndicatorSystem unit = DefaultIndicatorSystems.pairedUnit();
    Map<MeasureId, Double> m = new HashMap<>();
    for (Indicator i : unit.indicators()) {
      m.put(i.measure(), i.target());
    }
    m.put(StandardMeasures.LEADERSHIP_VISITS, 1.0);  // once a month: below "at least twice"
    m.remove(StandardMeasures.UNIT_DEMANDS_CLAIMED);  // not reported
    Scorecard s = unit.score(m);
    assertEquals(100 - 100 * 0.5 * 0.4 - 100 * 0.5 * 0.2, s.total(), 1e-9);
    assertEquals(List.of(IndicatorId.of("unit.leadershipVisits"), IndicatorId.of("unit.demandsClaimed")),
        s.costliest(5).stream().map(IndicatorScore::indicator).collect(java.util.stream.Collectors.toList()));
    assertEquals(List.of(IndicatorId.of("unit.demandsClaimed")), s.missingMeasures());
    assertEquals(100 * 0.5 - 100 * 0.5 * 0.4, s.pointsIn(Section.PARTY_BUILDING), 1e-9);
    assertEquals(0.0, s.pointsIn(Section.MANAGEMENT));
  }

  @Test
  void score_member_bandsServiceHours() {
    IndicatorSystem member = DefaultIndicatorSystems.inServicePartyMember();
    Scorecard s = member.score(Map.of(StandardMeasures.MEMBER_SERVICE_HOURS, 17.5));
    IndicatorScore hours = s.indicators().stream()
        .filter(i -> i.indicator().equals(IndicatorId.of("member.serviceHours"))).findFirst().orElseThrow();
    assertEquals(0.8, hours.fraction());
    assertEquals(100 * 0.5 * 0.5 * 0.8, s.total(), 1e-9);
  }

  @Test
  void score_rejectsNonFiniteMeasures() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DefaultIndicatorSystems.pairedUnit().score(id -> OptionalDouble.of(Double.NaN)));
    assertTrue(e.getMessage().contains("measures.unit.firstSecretary: must be a finite number"), e.getMessage());
  }
}
