package org.grassroots.governance.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.HierarchyLevel;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Provider;
import org.grassroots.governance.matching.ProviderKind;
import org.grassroots.governance.matching.QuantityUnit;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.ServiceArea;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.matching.VulnerableGroup;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Generates a synthetic district from a {@link Scenario} (情景生成): streets, communities, grids
 * and buildings numbered under the district's code, households with vulnerable members, their
 * demands, and the providers of the district with their capacities and service areas.
 *
 * <p>Deterministic: the same scenario gives the same result on any machine. All draws come from
 * one {@link SplittableRandom} seeded by the scenario, split into independent streams for the
 * structure, the demands and the resources, so changing a demand parameter leaves the
 * structure and the providers as they were. Nothing depends on hash order or threads.
 * Linear in the number of households.
 *
 * <pre>{@code
 * GeneratedScenario g = ScenarioGenerator.generate(Scenario.of("baseline", ScenarioParameters.defaults(), 42));
 * MatchingAlgorithm.Result r = ExactMatching.create().solve(g.problem());
 * }</pre>
 */
public final class ScenarioGenerator {
  private static final ServiceCategory[] PARTY_MEMBER_SKILLS = {
    ServiceCategory.ELDER_CARE, ServiceCategory.CHILDCARE, ServiceCategory.CULTURE_SPORTS,
    ServiceCategory.PSYCHOLOGICAL_SUPPORT, ServiceCategory.ENVIRONMENT, ServiceCategory.EMPLOYMENT,
    ServiceCategory.SCHOOLING
  };
  private static final ServiceCategory[] VOLUNTEER_TEAM_SERVICES = {
    ServiceCategory.ELDER_CARE, ServiceCategory.ENVIRONMENT, ServiceCategory.CULTURE_SPORTS,
    ServiceCategory.CHILDCARE, ServiceCategory.HARDSHIP_RELIEF
  };
  private static final ServiceCategory[] RESIDENT_UNIT_SERVICES = {
    ServiceCategory.EMPLOYMENT, ServiceCategory.CULTURE_SPORTS, ServiceCategory.HARDSHIP_RELIEF,
    ServiceCategory.ENVIRONMENT, ServiceCategory.SCHOOLING, ServiceCategory.ELDER_CARE,
    ServiceCategory.LEGAL_AID
  };
  private static final ServiceCategory[] SOCIAL_ORGANISATION_SERVICES = {
    ServiceCategory.ELDER_CARE, ServiceCategory.PSYCHOLOGICAL_SUPPORT, ServiceCategory.LEGAL_AID,
    ServiceCategory.CHILDCARE, ServiceCategory.HARDSHIP_RELIEF
  };
  private static final ServiceCategory[] DEPARTMENT_SERVICES = {
    ServiceCategory.MEDICAL, ServiceCategory.HOUSING, ServiceCategory.LEGAL_AID,
    ServiceCategory.HARDSHIP_RELIEF, ServiceCategory.SCHOOLING, ServiceCategory.EMPLOYMENT
  };

  private ScenarioGenerator() {}

  /**
   * Generates the district of a scenario, with synthetic streets and communities: {@link
   * ScenarioParameters#streets()} streets under {@link ScenarioParameters#district()}, each with
   * {@link ScenarioParameters#communitiesPerStreet()} communities.
   *
   * @param scenario the scenario
   * @return the district, its demands and resources
   */
  public static GeneratedScenario generate(Scenario scenario) {
    requireNonNull(scenario, "scenario");
    return generateOn(scenario, null);
  }

  /**
   * Generates the district of a scenario on its real streets and communities: the streets
   * (街道、乡镇) of {@link ScenarioParameters#district()} in the loaded division table, each with
   * its real communities (社区、村), in code order, so the counts per street are the real ones.
   * {@link ScenarioParameters#streets()} and {@link ScenarioParameters#communitiesPerStreet()}
   * are not used; grids, buildings and households are drawn from the parameters as usual. Streets
   * without a community in the table (a few functional zones) are left out.
   *
   * <pre>{@code
   * GridHierarchy divisions = DivisionTableReader.read(reader).build();
   * GeneratedScenario g = ScenarioGenerator.generate(scenario, divisions);
   * }</pre>
   *
   * @param scenario the scenario
   * @param divisions a hierarchy holding the scenario's district with its streets and communities
   * @return the district, its demands and resources
   * @throws InvalidValueException if the district is not a county-level node of the hierarchy or
   *     has no street with a community
   */
  public static GeneratedScenario generate(Scenario scenario, GridHierarchy divisions) {
    requireNonNull(scenario, "scenario");
    requireNonNull(divisions, "divisions");
    Violations v = Violations.of("ScenarioGenerator");
    List<List<DivisionCode>> layout =
        realLayout(divisions, scenario.parameters().district(), v, "parameters.district");
    v.throwIfAny();
    return generateOn(scenario, layout);
  }

  /**
   * The real streets of a district and their communities, in code order, each row a street
   * followed by its communities; streets without a community are left out. Problems (the district
   * missing from the table, not county-level, without any community) are added to {@code v} under
   * {@code path}, and the layout is then empty.
   */
  static ImmutableList<List<DivisionCode>> realLayout(
      GridHierarchy divisions, DivisionCode district, Violations v, String path) {
    NodeCode node = NodeCode.of(district);
    if (!divisions.contains(node)) {
      v.check(false, path, district, Messages.DISTRICT_NOT_IN_TABLE);
      return ImmutableList.of();
    }
    if (divisions.level(node) != HierarchyLevel.COUNTY) {
      v.check(false, path, district, Messages.DISTRICT_NOT_COUNTY);
      return ImmutableList.of();
    }
    ImmutableList.Builder<List<DivisionCode>> layout = ImmutableList.builder();
    boolean any = false;
    for (NodeCode street : com.google.common.collect.Ordering.natural().sortedCopy(divisions.children(node))) {
      if (divisions.level(street) != HierarchyLevel.STREET) {
        continue;
      }
      List<DivisionCode> communities = new ArrayList<>();
      for (NodeCode community :
          com.google.common.collect.Ordering.natural().sortedCopy(divisions.children(street))) {
        if (divisions.level(community) == HierarchyLevel.COMMUNITY) {
          communities.add(community.division().orElseThrow());
        }
      }
      if (!communities.isEmpty()) {
        List<DivisionCode> row = new ArrayList<>();
        row.add(street.division().orElseThrow());
        row.addAll(communities);
        layout.add(ImmutableList.copyOf(row));
        any = true;
      }
    }
    v.check(any, path, district, Messages.DISTRICT_WITHOUT_COMMUNITIES);
    return layout.build();
  }

  /**
   * Generates on a real layout ({@link #realLayout}, non-empty), or on the synthetic one when
   * {@code real} is {@code null}.
   */
  static GeneratedScenario generateOn(Scenario scenario, @Nullable List<List<DivisionCode>> real) {
    ScenarioParameters p = scenario.parameters();
    SplittableRandom root = new SplittableRandom(scenario.seed());
    SplittableRandom structureRandom = root.split();
    SplittableRandom demandRandom = root.split();
    SplittableRandom resourceRandom = root.split();

    // structure: streets, communities, grids, buildings, households per building
    List<DivisionCode> streets = new ArrayList<>();
    List<List<DivisionCode>> communitiesByStreet = new ArrayList<>();
    List<DivisionCode> communities = new ArrayList<>();
    List<GridCode> grids = new ArrayList<>();
    List<List<BuildingCode>> buildingsByCommunity = new ArrayList<>();
    List<BuildingCode> buildings = new ArrayList<>();
    List<Integer> householdsPerBuilding = new ArrayList<>();
    long district = p.district().toLong();
    int streetCount = real == null ? p.streets() : real.size();
    for (int s = 1; s <= streetCount; s++) {
      DivisionCode street =
          real == null ? DivisionCode.ofLong(district + s * 1000L) : real.get(s - 1).get(0);
      streets.add(street);
      List<DivisionCode> inStreet = new ArrayList<>();
      int n = real == null ? p.communitiesPerStreet().draw(structureRandom) : real.get(s - 1).size() - 1;
      for (int c = 1; c <= n; c++) {
        DivisionCode community =
            real == null ? DivisionCode.ofLong(street.toLong() + c) : real.get(s - 1).get(c);
        inStreet.add(community);
        communities.add(community);
        List<BuildingCode> inCommunity = new ArrayList<>();
        int g = p.gridsPerCommunity().draw(structureRandom);
        for (int k = 1; k <= g; k++) {
          GridCode grid = GridCode.of(community, k);
          grids.add(grid);
          int b = p.buildingsPerGrid().draw(structureRandom);
          for (int j = 1; j <= b; j++) {
            BuildingCode building = BuildingCode.of(grid, j);
            inCommunity.add(building);
            buildings.add(building);
            householdsPerBuilding.add(p.householdsPerBuilding().draw(structureRandom));
          }
        }
        buildingsByCommunity.add(inCommunity);
      }
      communitiesByStreet.add(inStreet);
    }

    // demands, household by household
    List<Demand> demands = new ArrayList<>();
    int households = 0;
    int vulnerableHouseholds = 0;
    // enum order, never the map's iteration order (a caller's HashMap would make it hash-dependent)
    ServiceCategory[] categories = java.util.Arrays.stream(ServiceCategory.values())
        .filter(p.categoryShares()::containsKey).toArray(ServiceCategory[]::new);
    double[] cumulative = cumulativeShares(p.categoryShares(), categories);
    VulnerableGroup[] groups = java.util.Arrays.stream(VulnerableGroup.values())
        .filter(p.vulnerableShares()::containsKey).toArray(VulnerableGroup[]::new);
    for (int i = 0; i < buildings.size(); i++) {
      NodeCode location = NodeCode.of(buildings.get(i));
      int inBuilding = householdsPerBuilding.get(i);
      for (int h = 0; h < inBuilding; h++) {
        households++;
        Set<VulnerableGroup> vulnerable = EnumSet.noneOf(VulnerableGroup.class);
        for (VulnerableGroup group : groups) {
          if (demandRandom.nextDouble() < p.vulnerableShares().getOrDefault(group, 0.0)) {
            vulnerable.add(group);
          }
        }
        if (!vulnerable.isEmpty()) {
          vulnerableHouseholds++;
        }
        double mean = p.demandsPerHousehold() * (vulnerable.isEmpty() ? 1 : p.vulnerableDemandMultiplier());
        int count = poisson(demandRandom, mean);
        for (int d = 0; d < count; d++) {
          ServiceCategory category = categories[pick(demandRandom, cumulative)];
          QuantityUnit unit = unitOf(category);
          int quantity = unit.divisible() ? 1 + demandRandom.nextInt(maxQuantityOf(category)) : 1;
          double urgentShare = vulnerable.isEmpty() ? p.urgentShare() : 2 * p.urgentShare();
          double u = demandRandom.nextDouble();
          Urgency urgency = u < urgentShare ? Urgency.URGENT
              : u < urgentShare + p.pressingShare() ? Urgency.PRESSING : Urgency.ROUTINE;
          demands.add(Demand.builder()
              .id(DemandId.of(String.format(Locale.ROOT, "D%07d", demands.size() + 1)))
              .category(category)
              .quantity(quantity)
              .unit(unit)
              .urgency(urgency)
              .vulnerableGroups(vulnerable)
              .location(location)
              .build());
        }
      }
    }

    // resources: party members and volunteer teams per community, units and organisations per
    // street, departments for the district
    List<Resource> resources = new ArrayList<>();
    for (int c = 0; c < communities.size(); c++) {
      DivisionCode community = communities.get(c);
      List<BuildingCode> inCommunity = buildingsByCommunity.get(c);
      int members = p.partyMembersPerCommunity().draw(resourceRandom);
      for (int m = 1; m <= members; m++) {
        BuildingCode home = inCommunity.get(resourceRandom.nextInt(inCommunity.size()));
        resources.add(resource(resources, "PM",
            Provider.person(ProviderKind.PARTY_MEMBER, PersonId.of("PM-" + community + "-" + m)),
            pickSome(resourceRandom, PARTY_MEMBER_SKILLS, 1, 2),
            p.partyMemberCapacity().draw(resourceRandom), NodeCode.of(home),
            ServiceArea.within(MeetingLevel.COMMUNITY), null));
      }
      int teams = p.volunteerTeamsPerCommunity().draw(resourceRandom);
      for (int t = 1; t <= teams; t++) {
        resources.add(resource(resources, "VT",
            Provider.organisation(ProviderKind.VOLUNTEER_TEAM, OrganizationId.of("VT-" + community + "-" + t)),
            pickSome(resourceRandom, VOLUNTEER_TEAM_SERVICES, 2, 3),
            p.volunteerTeamCapacity().draw(resourceRandom), NodeCode.of(community),
            ServiceArea.within(MeetingLevel.COMMUNITY), null));
      }
    }
    for (int s = 0; s < streets.size(); s++) {
      DivisionCode street = streets.get(s);
      List<DivisionCode> inStreet = communitiesByStreet.get(s);
      int units = p.residentUnitsPerStreet().draw(resourceRandom);
      for (int u = 1; u <= units; u++) {
        DivisionCode paired = inStreet.get(resourceRandom.nextInt(inStreet.size()));
        resources.add(resource(resources, "RU",
            Provider.organisation(ProviderKind.RESIDENT_UNIT, OrganizationId.of("RU-" + street + "-" + u)),
            pickSome(resourceRandom, RESIDENT_UNIT_SERVICES, 1, 3),
            p.residentUnitCapacity().draw(resourceRandom), NodeCode.of(paired),
            ServiceArea.within(MeetingLevel.STREET), paired));
      }
      int organisations = p.socialOrganisationsPerStreet().draw(resourceRandom);
      for (int o = 1; o <= organisations; o++) {
        resources.add(resource(resources, "SO",
            Provider.organisation(ProviderKind.SOCIAL_ORGANISATION, OrganizationId.of("SO-" + street + "-" + o)),
            pickSome(resourceRandom, SOCIAL_ORGANISATION_SERVICES, 2, 4),
            p.socialOrganisationCapacity().draw(resourceRandom), NodeCode.of(street),
            ServiceArea.within(MeetingLevel.STREET), null));
      }
    }
    int departments = p.districtDepartments().draw(resourceRandom);
    for (int k = 1; k <= departments; k++) {
      resources.add(resource(resources, "DP",
          Provider.organisation(ProviderKind.DEPARTMENT, OrganizationId.of("DP-" + p.district() + "-" + k)),
          pickSome(resourceRandom, DEPARTMENT_SERVICES, 2, 3),
          p.departmentCapacity().draw(resourceRandom), NodeCode.of(p.district()),
          ServiceArea.within(MeetingLevel.COUNTY), null));
    }

    MatchingProblem problem = MatchingProblem.of(demands, resources, MatchingPolicy.defaults());
    return new GeneratedScenario(scenario, ImmutableList.copyOf(streets),
        ImmutableList.copyOf(communities), ImmutableList.copyOf(grids), buildings.size(),
        households, vulnerableHouseholds, problem);
  }

  private static Resource resource(List<Resource> sofar, String prefix, Provider provider,
      Set<ServiceCategory> categories, int capacity, NodeCode location, ServiceArea area,
      @Nullable DivisionCode paired) {
    Resource.Builder b = Resource.builder()
        .id(ResourceId.of(String.format(Locale.ROOT, "%s%06d", prefix, sofar.size() + 1)))
        .provider(provider)
        .categories(categories)
        .capacity(capacity)
        .location(location)
        .serviceArea(area);
    if (paired != null) {
      b.pairedCommunity(paired);
    }
    return b.build();
  }

  /** The unit a category's demands are counted in. */
  static QuantityUnit unitOf(ServiceCategory category) {
    switch (category) {
      case ELDER_CARE:
      case CHILDCARE:
      case PSYCHOLOGICAL_SUPPORT:
        return QuantityUnit.HOUR;
      case MEDICAL:
      case HARDSHIP_RELIEF:
        return QuantityUnit.VISIT;
      case ENVIRONMENT:
        return QuantityUnit.ITEM;
      case CULTURE_SPORTS:
        return QuantityUnit.PERSON_TIME;
      default:
        return QuantityUnit.CASE;
    }
  }

  private static int maxQuantityOf(ServiceCategory category) {
    switch (category) {
      case ELDER_CARE:
        return 4;
      case CHILDCARE:
      case ENVIRONMENT:
        return 3;
      default:
        return 2;
    }
  }

  private static double[] cumulativeShares(Map<ServiceCategory, Double> shares, ServiceCategory[] order) {
    double[] c = new double[order.length];
    double sum = 0;
    for (int i = 0; i < order.length; i++) {
      sum += shares.getOrDefault(order[i], 0.0);
      c[i] = sum;
    }
    return c;
  }

  private static int pick(SplittableRandom random, double[] cumulative) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  /** A Poisson draw (Knuth's product method, exact for the small means used here). */
  static int poisson(SplittableRandom random, double mean) {
    if (mean <= 0) {
      return 0;
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      k++;
      product *= random.nextDouble();
    }
    return k;
  }

  private static Set<ServiceCategory> pickSome(SplittableRandom random, ServiceCategory[] from, int min, int max) {
    int n = Math.min(from.length, min + random.nextInt(max - min + 1));
    ServiceCategory[] copy = from.clone();
    Set<ServiceCategory> out = EnumSet.noneOf(ServiceCategory.class);
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(copy.length - i);
      ServiceCategory t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
      out.add(copy[i]);
    }
    return out;
  }
}
