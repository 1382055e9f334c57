package org.grassroots.governance.examples.evaluation;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.grassroots.governance.deliberation.*;
import org.grassroots.governance.evaluation.*;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.PartyOrganizationType;
import org.grassroots.governance.grid.PartyOverlay;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;

/**
 * Scores a generated district (3 streets × 4 communities, seeded measures, "deliberations completed"
 * counted from matters taken through 四议两公开, grid party-branch coverage from a party overlay on
 * the district's grid hierarchy) and prints the community ranking with each one's costliest
 * indicator, and the streets and the district rolled up along the grid hierarchy. Run: {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexamples.main=org.grassroots.governance.examples.evaluation.EvaluationExample}
 */
public final class EvaluationExample {
  private EvaluationExample() {}

  /** Prints the demonstration for the given seed to {@code out}. */
  public static void run(PrintStream out, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    IndicatorSystem system = DefaultIndicatorSystems.communityStandard();
    List<DivisionCode> communities = new ArrayList<>();
    List<Matter> matters = new ArrayList<>();
    Measurements.Builder m = Measurements.builder();
    List<PersonId> members = List.of(PersonId.of("m1"), PersonId.of("m2"), PersonId.of("m3"));
    DivisionCode province = DivisionCode.parse("440000000000");
    DivisionCode city = DivisionCode.parse("440300000000");
    DivisionCode districtCode = DivisionCode.parse("440304000000");
    GridHierarchy.Builder grid = GridHierarchy.builder()
        .division(province, Optional.empty(), "广东省")
        .division(city, Optional.of(province), "深圳市")
        .division(districtCode, Optional.of(city), "福田区");
    Map<DivisionCode, Integer> gridsPerCommunity = new TreeMap<>();
    for (int street = 1; street <= 3; street++) {
      DivisionCode streetCode = DivisionCode.ofLong(440304000000L + street * 1000L);
      grid.division(streetCode, Optional.of(districtCode), "街道" + street);
      for (int n = 1; n <= 4; n++) {
        DivisionCode c = DivisionCode.ofLong(440304000000L + street * 1000L + n);
        communities.add(c);
        int grids = 2 + random.nextInt(5);
        grid.division(c, Optional.of(streetCode), "社区" + street + "-" + n).grids(c, grids);
        gridsPerCommunity.put(c, grids);
        for (Indicator i : system.indicators()) { // 40% to 120% of the target; shares at most 1
          double v = Math.round(i.target() * random.nextDouble(0.4, 1.2) * 100) / 100.0;
          if (!i.measure().equals(StandardMeasures.DELIBERATIONS_COMPLETED)
              && !i.measure().equals(StandardMeasures.GRID_PARTY_BRANCH_COVERAGE)) {
            m.put(i.measure(), c, "比例".equals(i.unit()) ? Math.min(v, 1) : v);
          }
        }
        for (int k = random.nextInt(6); k > 0; k--) { // matters taken through all six steps
          Matter matter = Matter.open(MatterId.of(c + "-" + k), "议题", MatterKind.PUBLIC_SERVICE_PROJECT, c);
          LocalDate day = LocalDate.of(2024, 1 + k, 1);
          for (Step s : Step.values()) {
            day = day.plusDays(3);
            matter = matter.record(s.isMeeting()
                ? Meeting.of(s, Body.of(s.body().orElseThrow(), members), day, members, Tally.of(3, 0, 0))
                : Publication.of(s, day, "公开栏", s.chinese())).orElseThrow();
          }
          matters.add(matter);
        }
      }
    }
    m.putAll(StandardMeasures.deliberationsCompleted(
        matters, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), communities));
    // party branches on most grids (党支部建在网格上), from the grid module's overlay
    GridHierarchy hierarchy = grid.build();
    PartyOverlay.Builder overlay = PartyOverlay.builder(hierarchy);
    gridsPerCommunity.forEach((c, grids) -> {
      overlay.attach(NodeCode.of(c), PartyOrganizationType.COMMUNITY_JOINT_COMMITTEE, OrganizationId.of(c + "-PC"));
      for (int g = 1; g <= grids; g++) {
        if (random.nextInt(4) != 0) {
          overlay.attach(NodeCode.of(GridCode.of(c, g)), PartyOrganizationType.GRID_BRANCH,
              OrganizationId.of(c + "-G" + g));
        }
      }
    });
    m.putAll(StandardMeasures.gridPartyBranchCoverage(overlay.build()));
    Evaluation evaluation = Evaluation.of(system, m.build(), communities);
    out.println(system.name() + ": " + communities.size() + " communities, " + matters.size() + " matters completed");
    out.println("rank  community     points  costliest indicator");
    for (RankedScore r : evaluation.ranking()) {
      CommunityScore s = evaluation.scoreOf(r.area()).orElseThrow();
      String costliest = s.costliest(1).stream().map(i -> system.indicator(i.indicator()).orElseThrow().name()
          + String.format(Locale.ROOT, " (-%.1f)", i.lostPoints())).findFirst().orElse("-");
      out.printf(Locale.ROOT, "%4d  %s  %6.1f  %s%n", r.rank(), r.area(), r.points(), costliest);
    }
    RollUp rollUp = RollUp.of(evaluation, AreaHierarchy.of(hierarchy));
    out.println("streets");  // rolled up along the grid hierarchy's real parents
    for (RankedScore r : rollUp.ranking(DivisionLevel.TOWNSHIP)) {
      out.printf(Locale.ROOT, "%4d  %s  %6.1f%n", r.rank(), r.area(), r.points());
    }
    AreaScore district = rollUp.scoreOf(DivisionCode.parse("440304")).orElseThrow();
    out.printf(Locale.ROOT, "district %s  %6.1f  (%d communities)%n", district.area(), district.points(), district.communities());
  }

  /** Runs the demonstration with seed 2024 on standard output. */
  public static void main(String[] args) {
    run(System.out, 2024);
  }
}
