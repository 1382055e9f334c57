package org.grassroots.governance.bench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
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

/**
 * The benchmark family: a generated hierarchy (districts of 5 streets of 5 communities, 4 grids
 * of 10 buildings each); 89% of resources serve their community, 10% their street, 1% their
 * district; a demand type is a category and one of 3 skills (36 types), giving about 10
 * candidates per demand; capacities 1–20; quantities mostly 1; seeded.
 */
public final class MatchingInstances {
  private MatchingInstances() {}

  static final int STREETS_PER_DISTRICT = 5;
  static final int COMMUNITIES_PER_STREET = 5;
  static final int GRIDS = 4;
  static final int BUILDINGS = 10;
  static final int SKILLS = 3;

  /**
   * A problem of the family.
   *
   * @param demands the number of demands
   * @param resources the number of resources
   * @param seed the seed
   * @return the problem
   */
  public static MatchingProblem generate(int demands, int resources, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int communities = Math.max(1, resources / 200);
    int perDistrict = STREETS_PER_DISTRICT * COMMUNITIES_PER_STREET;
    int districts = (communities + perDistrict - 1) / perDistrict;
    NodeCode[][][] buildings = new NodeCode[communities][GRIDS][BUILDINGS];
    NodeCode[] communityNode = new NodeCode[communities];
    for (int c = 0; c < communities; c++) {
      int district = c / perDistrict;
      int street = (c % perDistrict) / COMMUNITIES_PER_STREET;
      int comm = c % COMMUNITIES_PER_STREET;
      DivisionCode code =
          DivisionCode.parse(
              String.format(
                  Locale.ROOT, "44%02d%02d%03d%03d", 1 + district / 90, 1 + district % 90, street + 1, comm + 1));
      communityNode[c] = NodeCode.of(code);
      for (int g = 0; g < GRIDS; g++) {
        GridCode grid = GridCode.of(code, g + 1);
        for (int b = 0; b < BUILDINGS; b++) {
          buildings[c][g][b] = NodeCode.of(BuildingCode.of(grid, b + 1));
        }
      }
    }
    ServiceCategory[] cats = ServiceCategory.values();
    String[] skills = new String[SKILLS];
    for (int s = 0; s < SKILLS; s++) {
      skills[s] = "skill-" + s;
    }
    List<Resource> rs = new ArrayList<>(resources);
    for (int i = 0; i < resources; i++) {
      int kind = rnd.nextInt(100);
      int c = rnd.nextInt(communities);
      MeetingLevel reach =
          kind < 1 ? MeetingLevel.COUNTY : kind < 11 ? MeetingLevel.STREET : MeetingLevel.COMMUNITY;
      Resource.Builder b =
          Resource.builder()
              .id(ResourceId.of("R" + i))
              .provider(
                  Provider.organisation(
                      reach == MeetingLevel.COMMUNITY
                          ? ProviderKind.VOLUNTEER_TEAM
                          : ProviderKind.RESIDENT_UNIT,
                      OrganizationId.of("O" + i)))
              .addCategories(cats[rnd.nextInt(cats.length)])
              .addSkills(skills[rnd.nextInt(SKILLS)])
              .capacity(rnd.nextInt(1, 21))
              .location(buildings[c][rnd.nextInt(GRIDS)][rnd.nextInt(BUILDINGS)])
              .serviceArea(ServiceArea.within(reach));
      if (reach != MeetingLevel.COMMUNITY && rnd.nextInt(20) == 0) {
        b.pairedCommunity(communityNode[rnd.nextInt(communities)].community().orElseThrow());
      }
      rs.add(b.build());
    }
    List<Demand> ds = new ArrayList<>(demands);
    Urgency[] urgencies = Urgency.values();
    VulnerableGroup[] groups = VulnerableGroup.values();
    for (int i = 0; i < demands; i++) {
      int c = rnd.nextInt(communities);
      int u = rnd.nextInt(100);
      Demand.Builder b =
          Demand.builder()
              .id(DemandId.of("D" + i))
              .category(cats[rnd.nextInt(cats.length)])
              .addRequiredSkills(skills[rnd.nextInt(SKILLS)])
              .unit(QuantityUnit.HOUR)
              .quantity(rnd.nextInt(5) == 0 ? rnd.nextInt(2, 5) : 1)
              .urgency(urgencies[u < 80 ? 0 : u < 92 ? 1 : u < 98 ? 2 : 3])
              .location(buildings[c][rnd.nextInt(GRIDS)][rnd.nextInt(BUILDINGS)]);
      if (rnd.nextInt(10) == 0) {
        b.addVulnerableGroups(groups[rnd.nextInt(groups.length)]);
      }
      ds.add(b.build());
    }
    return MatchingProblem.of(ds, rs, MatchingPolicy.defaults());
  }
}
