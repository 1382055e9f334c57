package org.grassroots.governance.json;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
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
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.matching.VulnerableGroup;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generators of valid matching values, built through the public API from a seed. */
public final class MatchingGens {
  private static final List<String> SKILLS =
      List.of("nursing", "护理", "电工 维修", "law", "心理咨询", "tutoring", "=cmd", "驾驶");
  private static final List<String> IDS = List.of("D-1", "需求 007", "x", "R-𠀀-9", "A B");

  private MatchingGens() {}

  private static <T> T pick(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static <E extends Enum<E>> E pick(SplittableRandom r, E[] from) {
    return from[r.nextInt(from.length)];
  }

  static DivisionCode community(SplittableRandom r) {
    return DivisionCode.parse(String.format(Locale.ROOT, "%02d%02d%02d%03d%03d",
        11 + r.nextInt(72), 1 + r.nextInt(99), 1 + r.nextInt(99), 1 + r.nextInt(999),
        1 + r.nextInt(999)));
  }

  static NodeCode node(SplittableRandom r) {
    String c = community(r).toString();
    return switch (r.nextInt(3)) {
      case 0 -> NodeCode.parse(c);
      case 1 -> NodeCode.parse(c + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(9999)));
      default -> NodeCode.parse(c + String.format(Locale.ROOT, "%04d%04d",
          1 + r.nextInt(9999), 1 + r.nextInt(9999)));
    };
  }

  static TimeWindow window(SplittableRandom r) {
    Instant start = Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000),
        r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
    return TimeWindow.of(start, start.plusSeconds(1 + r.nextInt(100_000)));
  }

  static String id(SplittableRandom r, int i) {
    return pick(r, IDS) + "#" + i;
  }

  /** A valid demand; {@code i} makes the id unique in a list. */
  static Demand demand(SplittableRandom r, int i) {
    QuantityUnit unit = pick(r, QuantityUnit.values());
    Demand.Builder b = Demand.builder()
        .id(DemandId.of(id(r, i)))
        .category(pick(r, ServiceCategory.values()))
        .quantity(unit.divisible() ? 1 + r.nextInt(r.nextBoolean() ? 10 : Demand.MAX_QUANTITY) : 1)
        .unit(unit)
        .location(node(r));
    if (r.nextBoolean()) {
      b.urgency(pick(r, Urgency.values()));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      b.addVulnerableGroups(pick(r, VulnerableGroup.values()));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      b.addRequiredSkills(pick(r, SKILLS));
    }
    if (r.nextBoolean()) {
      b.window(window(r));
    }
    return b.build();
  }

  /** A valid resource; {@code i} makes the id unique in a list. */
  static Resource resource(SplittableRandom r, int i) {
    ProviderKind kind = pick(r, ProviderKind.values());
    Provider provider = r.nextBoolean()
        ? Provider.organisation(kind, OrganizationId.of(id(r, i)))
        : Provider.person(kind, PersonId.of(id(r, i)));
    Resource.Builder b = Resource.builder()
        .id(ResourceId.of(id(r, i)))
        .provider(provider)
        .capacity(r.nextBoolean() ? r.nextInt(100) : r.nextInt(Resource.MAX_CAPACITY + 1))
        .location(node(r))
        .serviceArea(r.nextBoolean() ? ServiceArea.subtree(node(r))
            : ServiceArea.within(pick(r, MeetingLevel.values())));
    b.addCategories(pick(r, ServiceCategory.values()));
    for (int k = r.nextInt(3); k > 0; k--) {
      b.addCategories(pick(r, ServiceCategory.values()));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      b.addSkills(pick(r, SKILLS));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      b.addAvailability(window(r));
    }
    if (r.nextBoolean()) {
      b.pairedCommunity(community(r));
    }
    return b.build();
  }

  static MatchingPolicy policy(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return MatchingPolicy.defaults();
    }
    ImmutableList.Builder<Integer> costs = ImmutableList.builder();
    for (int k = 0; k < MeetingLevel.values().length; k++) {
      costs.add(r.nextInt(MatchingPolicy.MAX_LEVEL_COST + 1));
    }
    MatchingPolicy.Builder b = MatchingPolicy.builder().levelCosts(costs.build())
        .vulnerableGroupWeight(r.nextInt(MatchingPolicy.MAX_WEIGHT + 1))
        .pairedCommunityBonus(r.nextInt(1000))
        .maxMeetingLevel(pick(r, MeetingLevel.values()));
    for (Urgency u : Urgency.values()) {
      b.putUrgencyWeights(u, 1 + r.nextInt(MatchingPolicy.MAX_WEIGHT));
    }
    return b.build();
  }

  static ImmutableList<Demand> demands(SplittableRandom r) {
    ImmutableList.Builder<Demand> b = ImmutableList.builder();
    for (int i = r.nextInt(5); i > 0; i--) {
      b.add(demand(r, i));
    }
    return b.build();
  }

  static ImmutableList<Resource> resources(SplittableRandom r) {
    ImmutableList.Builder<Resource> b = ImmutableList.builder();
    for (int i = r.nextInt(5); i > 0; i--) {
      b.add(resource(r, i));
    }
    return b.build();
  }

  /** Lists of 0 to 4 valid demands with distinct ids. */
  public static Gen<ImmutableList<Demand>> demandLists() {
    return SourceDSL.longs().all().map(s -> demands(new SplittableRandom(s)));
  }

  /** Lists of 0 to 4 valid resources with distinct ids. */
  public static Gen<ImmutableList<Resource>> resourceLists() {
    return SourceDSL.longs().all().map(s -> resources(new SplittableRandom(s)));
  }

  /** Valid matching problems. */
  public static Gen<MatchingProblem> problems() {
    return SourceDSL.longs().all().map(s -> {
      SplittableRandom r = new SplittableRandom(s);
      return MatchingProblem.builder().demands(demands(r)).resources(resources(r))
          .policy(policy(r)).build();
    });
  }

  // ---- report values (bind1)

  /** Valid supplied orders: some demands and resources with lists of distinct ids. */
  public static Gen<org.grassroots.governance.matching.PreferenceOrders> preferenceOrders() {
    return SourceDSL.longs().all().map(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      java.util.Map<DemandId, List<ResourceId>> byDemand = new java.util.LinkedHashMap<>();
      java.util.Map<ResourceId, List<DemandId>> byResource = new java.util.LinkedHashMap<>();
      for (int i = r.nextInt(4); i > 0; i--) {
        List<ResourceId> list = new java.util.ArrayList<>();
        for (int k = r.nextInt(4); k > 0; k--) {
          list.add(ResourceId.of(id(r, k)));
        }
        byDemand.put(DemandId.of(id(r, i)), list);
      }
      for (int i = r.nextInt(4); i > 0; i--) {
        List<DemandId> list = new java.util.ArrayList<>();
        for (int k = r.nextInt(4); k > 0; k--) {
          list.add(DemandId.of(id(r, k)));
        }
        byResource.put(ResourceId.of(id(r, i)), list);
      }
      return org.grassroots.governance.matching.PreferenceOrders.of(byDemand, byResource);
    });
  }

  /** Valid gaps, an infinite cost gap among them. */
  public static Gen<org.grassroots.governance.matching.OptimalityGap> optimalityGaps() {
    return SourceDSL.longs().all().map(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      double w = r.nextInt(5) == 0 ? 0.0 : 1.0 - r.nextDouble() * 3;
      double c = switch (r.nextInt(4)) {
        case 0 -> Double.POSITIVE_INFINITY;
        case 1 -> 0.0;
        default -> r.nextDouble() * 10 - 1;
      };
      return org.grassroots.governance.matching.OptimalityGap.of(w, c);
    });
  }
}
