package org.grassroots.governance.json;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.VulnerableGroup;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generators of valid scenarios: every parameter drawn within its range, or left at its default. */
public final class ScenarioGens {
  private static final String[] NAMES = {"baseline", "情景 A", "x", "large-2026"};
  private static final String[] DISTRICTS = {"110105000000", "350102000000", "440305000000"};

  private ScenarioGens() {}

  private static IntRange range(SplittableRandom r, int min, int max) {
    int a = r.nextInt(min, max + 1);
    int b = r.nextInt(min, max + 1);
    return IntRange.of(Math.min(a, b), Math.max(a, b));
  }

  static ScenarioParameters parameters(SplittableRandom r) {
    ScenarioParameters.Builder b = ScenarioParameters.builder();
    if (r.nextInt(4) == 0) {
      return b.build();
    }
    b.district(DivisionCode.parse(DISTRICTS[r.nextInt(DISTRICTS.length)]))
        .streets(r.nextInt(1, ScenarioParameters.MAX_STREETS + 1))
        .communitiesPerStreet(range(r, 1, ScenarioParameters.MAX_COMMUNITIES))
        .gridsPerCommunity(range(r, 1, 50))
        .buildingsPerGrid(range(r, 1, 50))
        .householdsPerBuilding(range(r, 1, 10_000))
        .demandsPerHousehold(r.nextDouble() * 10)
        .vulnerableDemandMultiplier(1 + r.nextDouble() * 19)
        .partyMembersPerCommunity(range(r, 0, 10_000))
        .partyMemberCapacity(range(r, 0, 100))
        .volunteerTeamsPerCommunity(range(r, 0, 1000))
        .volunteerTeamCapacity(range(r, 0, 100_000))
        .residentUnitsPerStreet(range(r, 0, 1000))
        .residentUnitCapacity(range(r, 0, 100_000))
        .socialOrganisationsPerStreet(range(r, 0, 1000))
        .socialOrganisationCapacity(range(r, 0, 100_000))
        .districtDepartments(range(r, 0, 1000))
        .departmentCapacity(range(r, 0, 1_000_000));
    double urgent = r.nextDouble() * 0.5;
    b.urgentShare(urgent).pressingShare(r.nextDouble() * (1 - 2 * urgent));
    if (r.nextBoolean()) {
      Map<VulnerableGroup, Double> v = new EnumMap<>(VulnerableGroup.class);
      for (VulnerableGroup g : VulnerableGroup.values()) {
        if (r.nextBoolean()) {
          v.put(g, r.nextDouble());
        }
      }
      b.vulnerableShares(v);
    }
    if (r.nextBoolean()) {
      // integer weights over their total: the shares sum to 1 within rounding
      Map<ServiceCategory, Integer> w = new EnumMap<>(ServiceCategory.class);
      int total = 0;
      for (ServiceCategory c : ServiceCategory.values()) {
        if (w.isEmpty() || r.nextBoolean()) {
          int x = r.nextInt(1, 100);
          w.put(c, x);
          total += x;
        }
      }
      Map<ServiceCategory, Double> shares = new EnumMap<>(ServiceCategory.class);
      for (Map.Entry<ServiceCategory, Integer> e : w.entrySet()) {
        shares.put(e.getKey(), e.getValue() / (double) total);
      }
      b.categoryShares(shares);
    }
    return b.build();
  }

  /** Valid scenarios, half of them with default parameters in part. */
  public static Gen<Scenario> scenarios() {
    return SourceDSL.longs().all().map(s -> {
      SplittableRandom r = new SplittableRandom(s);
      return Scenario.of(NAMES[r.nextInt(NAMES.length)], parameters(r), r.nextLong());
    });
  }

  /** Tiny districts (one street, a few hundred households at most) for generated problems. */
  public static ScenarioParameters tiny(SplittableRandom r) {
    return ScenarioParameters.builder()
        .streets(1)
        .communitiesPerStreet(range(r, 1, 2))
        .gridsPerCommunity(range(r, 1, 2))
        .buildingsPerGrid(range(r, 1, 3))
        .householdsPerBuilding(range(r, 2, 6))
        .demandsPerHousehold(0.2 + r.nextDouble() / 2)
        .partyMembersPerCommunity(range(r, 0, 5))
        .residentUnitsPerStreet(range(r, 0, 2))
        .districtDepartments(range(r, 0, 1))
        .build();
  }
}
