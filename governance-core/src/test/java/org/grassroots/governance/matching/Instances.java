package org.grassroots.governance.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ResourceId;

/** Seeded random matching problems on a small hierarchy, including degenerate shapes. */
final class Instances {
  private Instances() {}

  /** Shapes of random problems. */
  enum Shape {
    MIXED,
    NO_EDGES,
    ZERO_CAPACITIES,
    TIES,
    GIANT_COMPONENT,
    SCARCE
  }

  static final String COUNTY = "110101";
  private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
  private static final ServiceCategory[] CATS = {
    ServiceCategory.ELDER_CARE, ServiceCategory.MEDICAL, ServiceCategory.LEGAL_AID
  };

  static NodeCode street(int s) {
    return NodeCode.of(DivisionCode.parse(COUNTY + String.format(Locale.ROOT, "%03d", s + 1) + "000"));
  }

  static NodeCode community(int s, int c) {
    return NodeCode.parse(COUNTY + String.format(Locale.ROOT, "%03d%03d", s + 1, c + 1));
  }

  static NodeCode grid(int s, int c, int g) {
    return NodeCode.parse(community(s, c) + String.format(Locale.ROOT, "%04d", g + 1));
  }

  static NodeCode building(int s, int c, int g, int b) {
    return NodeCode.parse(grid(s, c, g) + String.format(Locale.ROOT, "%04d", b + 1));
  }

  static NodeCode randomNode(SplittableRandom rnd, int streets) {
    int s = rnd.nextInt(streets);
    int c = rnd.nextInt(2);
    int kind = rnd.nextInt(10);
    if (kind == 0) {
      return community(s, c);
    }
    int g = rnd.nextInt(2);
    return kind < 4 ? grid(s, c, g) : building(s, c, g, rnd.nextInt(3));
  }

  static TimeWindow window(int slot) {
    return TimeWindow.of(T0.plusSeconds(3600L * slot), T0.plusSeconds(3600L * (slot + 2)));
  }

  static MatchingProblem random(long seed, Shape shape) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int streets = shape == Shape.GIANT_COMPONENT ? 1 : 1 + rnd.nextInt(3);
    int nD = rnd.nextInt(1, 16);
    int nR = shape == Shape.SCARCE ? rnd.nextInt(0, 4) : rnd.nextInt(0, 10);
    List<Demand> demands = new ArrayList<>();
    for (int i = 0; i < nD; i++) {
      boolean divisible = rnd.nextInt(4) != 0;
      Demand.Builder b =
          Demand.builder()
              .id(DemandId.of("D" + i))
              .category(shape == Shape.GIANT_COMPONENT ? CATS[0] : CATS[rnd.nextInt(CATS.length)])
              .unit(divisible ? QuantityUnit.HOUR : QuantityUnit.VISIT)
              .quantity(divisible ? rnd.nextInt(1, shape == Shape.SCARCE ? 12 : 6) : 1)
              .urgency(Urgency.values()[rnd.nextInt(Urgency.values().length)])
              .location(randomNode(rnd, streets));
      if (rnd.nextInt(3) == 0) {
        b.addVulnerableGroups(VulnerableGroup.values()[rnd.nextInt(VulnerableGroup.values().length)]);
      }
      if (rnd.nextInt(6) == 0) {
        b.addRequiredSkills("nursing");
      }
      if (rnd.nextInt(4) == 0) {
        b.window(window(rnd.nextInt(6)));
      }
      demands.add(b.build());
    }
    List<Resource> resources = new ArrayList<>();
    for (int i = 0; i < nR; i++) {
      NodeCode loc = randomNode(rnd, streets);
      EnumSet<ServiceCategory> cats = EnumSet.noneOf(ServiceCategory.class);
      if (shape == Shape.NO_EDGES) {
        cats.add(ServiceCategory.HOUSING);
      } else if (shape == Shape.GIANT_COMPONENT) {
        cats.add(CATS[0]);
      } else {
        cats.add(CATS[rnd.nextInt(CATS.length)]);
        if (rnd.nextBoolean()) {
          cats.add(CATS[rnd.nextInt(CATS.length)]);
        }
      }
      ServiceArea area;
      int a = rnd.nextInt(6);
      if (shape == Shape.GIANT_COMPONENT) {
        area = ServiceArea.within(MeetingLevel.COUNTY);
      } else if (a == 0) {
        area = ServiceArea.subtree(street(rnd.nextInt(streets)));
      } else if (a == 1) {
        area = ServiceArea.subtree(community(rnd.nextInt(streets), rnd.nextInt(2)));
      } else {
        area = ServiceArea.within(MeetingLevel.values()[1 + rnd.nextInt(4)]);
      }
      Resource.Builder b =
          Resource.builder()
              .id(ResourceId.of("R" + i))
              .provider(Provider.organisation(ProviderKind.VOLUNTEER_TEAM, OrganizationId.of("O" + i)))
              .categories(cats)
              .capacity(shape == Shape.ZERO_CAPACITIES ? 0 : rnd.nextInt(0, shape == Shape.SCARCE ? 3 : 7))
              .location(loc)
              .serviceArea(area);
      if (rnd.nextInt(4) == 0) {
        b.addSkills("nursing");
      }
      if (rnd.nextInt(5) == 0) {
        b.addAvailability(window(rnd.nextInt(6)));
      }
      if (rnd.nextInt(5) == 0) {
        b.pairedCommunity(DivisionCode.parse(community(rnd.nextInt(streets), rnd.nextInt(2)).toString()));
      }
      resources.add(b.build());
    }
    MatchingPolicy policy = MatchingPolicy.defaults();
    if (shape == Shape.TIES) {
      policy = policy.withLevelCosts(List.of(1, 1, 1, 1, 1, 1, 1, 1)).withPairedCommunityBonus(0);
    } else if (rnd.nextInt(3) == 0) {
      policy = policy.withMaxMeetingLevel(MeetingLevel.values()[2 + rnd.nextInt(3)]);
    }
    if (shape == Shape.TIES) {
      List<Demand> same = new ArrayList<>();
      for (Demand d : demands) {
        same.add(Demand.builder().from(d).urgency(Urgency.ROUTINE).vulnerableGroups(List.of()).build());
      }
      demands = same;
    }
    return MatchingProblem.of(demands, resources, policy);
  }
}
