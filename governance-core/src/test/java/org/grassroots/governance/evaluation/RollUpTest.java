package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class RollUpTest {

  /** Community i of a generated district: 2 districts, 3 streets each, up to 40 communities each. */
  private static DivisionCode community(int district, int street, int n) {
    return DivisionCode.ofLong(440300000000L + (district + 4) * 1_000_000L + (street + 1) * 1000L + n + 1);
  }

  @Test
  void property_rollUpEqualsTheNaiveWeightedMean() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, 239)).ofSizeBetween(1, 40),
            lists().of(doubles().between(0, 1)).ofSize(40),
            lists().of(doubles().between(0.01, 50)).ofSize(40),
            lists().of(integers().between(0, 12)).ofSize(40))
        .check((slots, coverage, weights, workers) -> {
          List<DivisionCode> communities = new ArrayList<>();
          Measurements.Builder m = Measurements.builder();
          Map<DivisionCode, Double> weight = new HashMap<>();
          for (int k = 0; k < slots.size(); k++) {
            int s = slots.get(k);
            DivisionCode c = community(s / 120, s / 40 % 3, s % 40);
            communities.add(c);
            m.put(StandardMeasures.DEMAND_COVERAGE, c, coverage.get(k));
            m.put(StandardMeasures.COMMUNITY_WORKERS, c, workers.get(k));
            weight.put(c, weights.get(k));
          }
          Evaluation e = Evaluation.of(DefaultIndicatorSystems.communityStandard(), m.build(), communities);
          RollUp r = RollUp.of(e, AreaHierarchy.byCodePrefix(), weight::get);
          // naive: for every area, loop over every community and test whether the area is a prefix of it
          for (AreaScore area : r.areas()) {
            double sw = 0;
            double sum = 0;
            int count = 0;
            for (CommunityScore cs : e.scores()) {
              if (area.area().isPrefixOf(cs.community())) {
                sw += java.util.Objects.requireNonNull(weight.get(cs.community()));
                sum += java.util.Objects.requireNonNull(weight.get(cs.community())) * cs.total();
                count++;
              }
            }
            if (count != area.communities() || Math.abs(sum / sw - area.points()) > 1e-9) {
              return false;
            }
          }
          // and every ancestor of every community has an area score
          return e.scores().stream().allMatch(cs -> cs.community().prefixAncestors().stream()
              .allMatch(a -> r.scoreOf(a).isPresent()));
        });
  }

  @Test
  void ranking_ranksStreetsAndDistricts() {
    DivisionCode a = community(0, 0, 0);
    DivisionCode b = community(0, 1, 0);
    DivisionCode c = community(1, 0, 0);
    Measurements m = Measurements.builder()
        .put(StandardMeasures.COMMUNITY_WORKERS, a, 6)
        .put(StandardMeasures.COMMUNITY_WORKERS, c, 6)
        .put(StandardMeasures.LEGAL_ADVISERS, c, 1)
        .build();
    Evaluation e = Evaluation.of(DefaultIndicatorSystems.communityStandard(), m, List.of(a, b, c));
    RollUp r = RollUp.of(e, AreaHierarchy.byCodePrefix());
    List<RankedScore> streets = r.ranking(DivisionLevel.TOWNSHIP);
    assertEquals(3, streets.size());
    assertEquals(c.truncatedTo(DivisionLevel.TOWNSHIP), streets.get(0).area());
    assertEquals(b.truncatedTo(DivisionLevel.TOWNSHIP), streets.get(2).area());
    List<RankedScore> districts = r.ranking(DivisionLevel.COUNTY);
    assertEquals(List.of(c.truncatedTo(DivisionLevel.COUNTY), a.truncatedTo(DivisionLevel.COUNTY)),
        List.of(districts.get(0).area(), districts.get(1).area()));
    AreaScore district0 = r.scoreOf(a.truncatedTo(DivisionLevel.COUNTY)).orElseThrow();
    assertEquals(2, district0.communities());
    assertEquals((e.scoreOf(a).orElseThrow().total() + e.scoreOf(b).orElseThrow().total()) / 2, district0.points(), 1e-9);
    // the public factories rebuild what the roll-up computes
    List<AreaScore> rebuilt = new ArrayList<>();
    for (AreaScore x : r.areas()) {
      rebuilt.add(AreaScore.of(x.area(), x.communities(), x.totalWeight(), x.points(),
          x.sectionPoints()));
    }
    assertEquals(r, RollUp.of(rebuilt));
    for (RankedScore x : streets) {
      assertEquals(x, RankedScore.of(x.rank(), x.area(), x.points()));
    }
  }

  @Test
  void factories_refuseOutOfRangeValues_andAreasOutOfOrder() {
    DivisionCode a = community(0, 0, 0);
    DivisionCode b = community(0, 1, 0);
    InvalidValueException rank = assertThrows(InvalidValueException.class,
        () -> RankedScore.of(0, a, Double.NaN));
    assertEquals(List.of("rank", "points"), rank.violations().stream().map(v -> v.path()).toList());
    InvalidValueException area = assertThrows(InvalidValueException.class,
        () -> AreaScore.of(a, 0, 0, Double.POSITIVE_INFINITY, Map.of(Section.SERVICE, Double.NaN)));
    assertEquals(List.of("communities", "totalWeight", "points", "sectionPoints.SERVICE"),
        area.violations().stream().map(v -> v.path()).toList());
    AreaScore sa = AreaScore.of(a, 1, 1, 50, Map.of());
    AreaScore sb = AreaScore.of(b, 1, 1, 60, Map.of());
    assertEquals(List.of(sa, sb), RollUp.of(List.of(sa, sb)).areas());
    InvalidValueException order = assertThrows(InvalidValueException.class,
        () -> RollUp.of(List.of(sb, sa)));
    assertEquals("areas[1].area", order.violations().get(0).path());
    assertThrows(InvalidValueException.class, () -> RollUp.of(List.of(sa, sa)));
  }

  @Test
  void of_acceptsAnyHierarchy() {
    DivisionCode a = community(0, 0, 0);
    DivisionCode b = community(1, 2, 3);
    DivisionCode region = DivisionCode.parse("440000000000");
    Evaluation e = Evaluation.of(DefaultIndicatorSystems.communityStandard(),
        Measurements.builder().put(StandardMeasures.LEGAL_ADVISERS, a, 1).build(), List.of(a, b));
    RollUp r = RollUp.of(e, c -> List.of(region));
    assertEquals(1, r.areas().size());
    assertEquals(2, r.areas().get(0).communities());
  }

  @Test
  void of_rejectsNonPositiveWeightsNamingTheCommunity() {
    DivisionCode a = community(0, 0, 0);
    Evaluation e = Evaluation.of(DefaultIndicatorSystems.communityStandard(), Measurements.empty(), List.of(a));
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> RollUp.of(e, AreaHierarchy.byCodePrefix(), c -> 0));
    assertTrue(x.getMessage().contains("community 440304001001: roll-up weight must be a positive finite number"), x.getMessage());
  }
}
