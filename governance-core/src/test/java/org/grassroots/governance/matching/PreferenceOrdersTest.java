package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

class PreferenceOrdersTest {

  private static DemandId d(String id) {
    return DemandId.of(id);
  }

  private static ResourceId r(String id) {
    return ResourceId.of(id);
  }

  /** One-to-one: every demand a single visit, every resource capacity 1, all in one community. */
  private static MatchingProblem marriage(int demands, int resources) {
    List<Demand> ds = new ArrayList<>();
    for (int i = 0; i < demands; i++) {
      ds.add(
          Demand.builder()
              .id(d("D" + i))
              .category(ServiceCategory.ELDER_CARE)
              .unit(QuantityUnit.VISIT)
              .quantity(1)
              .urgency(Urgency.ROUTINE)
              .location(Instances.building(0, 0, 0, i % 3))
              .build());
    }
    List<Resource> rs = new ArrayList<>();
    for (int i = 0; i < resources; i++) {
      rs.add(
          Resource.builder()
              .id(r("R" + i))
              .provider(Provider.organisation(ProviderKind.VOLUNTEER_TEAM, OrganizationId.of("O" + i)))
              .addCategories(ServiceCategory.ELDER_CARE)
              .capacity(1)
              .location(Instances.building(0, 0, 1, i % 3))
              .serviceArea(ServiceArea.within(MeetingLevel.COMMUNITY))
              .build());
    }
    return MatchingProblem.of(ds, rs, MatchingPolicy.defaults());
  }

  private static Map<DemandId, ResourceId> pairs(MatchingAlgorithm.Result result) {
    return result.allocations().stream()
        .collect(Collectors.toMap(Allocation::demand, Allocation::resource));
  }

  /**
   * Gale and Shapley's cyclic instance: proposers α, β, γ rank A B C / B C A / C A B; acceptors
   * A, B, C rank β γ α / γ α β / α β γ. Proposer-optimal: everyone proposing gets the first
   * choice; the other side's optimum gives the acceptors theirs.
   */
  @Test
  void deferredAcceptance_textbookCyclicInstance_eachSideGetsItsOptimum() {
    MatchingProblem p = marriage(3, 3);
    PreferenceOrders orders =
        PreferenceOrders.builder()
            .putByDemand(d("D0"), List.of(r("R0"), r("R1"), r("R2")))
            .putByDemand(d("D1"), List.of(r("R1"), r("R2"), r("R0")))
            .putByDemand(d("D2"), List.of(r("R2"), r("R0"), r("R1")))
            .putByResource(r("R0"), List.of(d("D1"), d("D2"), d("D0")))
            .putByResource(r("R1"), List.of(d("D2"), d("D0"), d("D1")))
            .putByResource(r("R2"), List.of(d("D0"), d("D1"), d("D2")))
            .build();
    MatchingAlgorithm.Result byDemands = DeferredAcceptance.demandProposing(orders).solve(p);
    MatchingAlgorithm.Result byResources = DeferredAcceptance.resourceProposing(orders).solve(p);
    assertEquals(Map.of(d("D0"), r("R0"), d("D1"), r("R1"), d("D2"), r("R2")), pairs(byDemands));
    assertEquals(Map.of(d("D1"), r("R0"), d("D2"), r("R1"), d("D0"), r("R2")), pairs(byResources));
    assertEquals(0, byDemands.metrics().blockingPairs());
    assertEquals(0, byResources.metrics().blockingPairs());
    assertEquals(0, orders.blockingPairs(p, byResources));
  }

  /**
   * 4 × 4 with cyclic lists where D_i and R_i are each other's first choice: every stable
   * matching pairs mutual first choices, so both proposing sides give the identity matching.
   */
  @Test
  void deferredAcceptance_mutualFirstChoices_bothSidesAgree() {
    MatchingProblem p = marriage(4, 4);
    PreferenceOrders.Builder b = PreferenceOrders.builder();
    for (int i = 0; i < 4; i++) {
      List<ResourceId> rs = new ArrayList<>();
      List<DemandId> ds = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        rs.add(r("R" + (i + k) % 4));
        ds.add(d("D" + (i + 4 - k) % 4));
      }
      b.putByDemand(d("D" + i), rs).putByResource(r("R" + i), ds);
    }
    PreferenceOrders orders = b.build();
    Map<DemandId, ResourceId> identity = new HashMap<>();
    for (int i = 0; i < 4; i++) {
      identity.put(d("D" + i), r("R" + i));
    }
    assertEquals(identity, pairs(DeferredAcceptance.demandProposing(orders).solve(p)));
    assertEquals(identity, pairs(DeferredAcceptance.resourceProposing(orders).solve(p)));
  }

  @Test
  void deferredAcceptance_unlistedPartnersAreUnacceptable() {
    MatchingProblem p = marriage(2, 2);
    // D0 and D1 accept only R1; R1 accepts only D1: D0 stays unserved, though R0 has room
    PreferenceOrders orders =
        PreferenceOrders.builder()
            .putByDemand(d("D0"), List.of(r("R1")))
            .putByDemand(d("D1"), List.of(r("R1")))
            .putByResource(r("R1"), List.of(d("D1")))
            .build();
    for (DeferredAcceptance a :
        List.of(DeferredAcceptance.demandProposing(orders), DeferredAcceptance.resourceProposing(orders))) {
      MatchingAlgorithm.Result result = a.solve(p);
      assertEquals(Map.of(d("D1"), r("R1")), pairs(result), a.toString());
      assertEquals(0, result.metrics().blockingPairs());
      assertEquals(List.of(d("D0")), result.unmatched().stream().map(Unmatched::demand).collect(Collectors.toList()));
    }
  }

  @Test
  void build_repeatedIds_reportsEveryRepeatAtOnce() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                PreferenceOrders.builder()
                    .putByDemand(d("D0"), List.of(r("R1"), r("R2"), r("R1")))
                    .putByResource(r("R1"), List.of(d("D3"), d("D3")))
                    .build());
    List<String> paths = e.violations().stream().map(Violation::path).collect(Collectors.toList());
    assertEquals(List.of("byDemand[D0][2]", "byResource[R1][1]"), paths);
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
  }

  @Test
  void checkAgainst_unknownIds_reportsEveryOneAtOnce() {
    MatchingProblem p = marriage(2, 2);
    PreferenceOrders orders =
        PreferenceOrders.builder()
            .putByDemand(d("X9"), List.of(r("R0")))
            .putByDemand(d("D1"), List.of(r("R0"), r("Y1")))
            .putByResource(r("R1"), List.of(d("D0"), d("Z2")))
            .build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> orders.checkAgainst(p));
    List<String> paths = e.violations().stream().map(Violation::path).collect(Collectors.toList());
    assertEquals(List.of("byDemand[X9]", "byDemand[D1][1]", "byResource[R1][1]"), paths);
    assertThrows(
        InvalidValueException.class, () -> DeferredAcceptance.demandProposing(orders).solve(p));
  }

  @Test
  void lists_areFrozenCopies() {
    List<ResourceId> mutable = new ArrayList<>(List.of(r("R0")));
    PreferenceOrders orders = PreferenceOrders.of(Map.of(d("D0"), mutable), Map.of());
    mutable.add(r("R1"));
    assertEquals(List.of(r("R0")), orders.byDemand().get(d("D0")));
    List<ResourceId> kept = Reference.get(orders.byDemand(), d("D0"));
    assertThrows(UnsupportedOperationException.class, kept::clear);
  }

  /** Random orders: a random subset of agents lists a random subset of its candidates (and others). */
  private static PreferenceOrders randomOrders(MatchingProblem p, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<DemandId, List<ResourceId>> byDemand = new LinkedHashMap<>();
    for (Demand x : p.demands()) {
      if (rnd.nextInt(3) != 0) {
        List<ResourceId> list = new ArrayList<>();
        for (Resource y : p.resources()) {
          if (rnd.nextInt(4) != 0) {
            list.add(y.id());
          }
        }
        Collections.shuffle(list, new java.util.Random(rnd.nextLong()));
        byDemand.put(x.id(), list);
      }
    }
    Map<ResourceId, List<DemandId>> byResource = new LinkedHashMap<>();
    for (Resource y : p.resources()) {
      if (rnd.nextInt(3) != 0) {
        List<DemandId> list = new ArrayList<>();
        for (Demand x : p.demands()) {
          if (rnd.nextInt(4) != 0) {
            list.add(x.id());
          }
        }
        Collections.shuffle(list, new java.util.Random(rnd.nextLong()));
        byResource.put(y.id(), list);
      }
    }
    return PreferenceOrders.of(byDemand, byResource);
  }

  /** The demand's rank of r (smaller is better), empty if unacceptable or not a candidate. */
  private static Optional<long[]> demandRank(MatchingProblem p, PreferenceOrders o, Demand x, Resource y) {
    Optional<int[]> pair = Reference.pair(p, x, y);
    if (pair.isEmpty()) {
      return Optional.empty();
    }
    List<ResourceId> list = o.byDemand().get(x.id());
    if (list == null) {
      return Optional.of(new long[] {pair.get()[0], p.resources().indexOf(y)});
    }
    int i = list.indexOf(y.id());
    return i < 0 ? Optional.empty() : Optional.of(new long[] {i, 0});
  }

  private static Optional<long[]> resourceRank(MatchingProblem p, PreferenceOrders o, Demand x, Resource y) {
    Optional<int[]> pair = Reference.pair(p, x, y);
    if (pair.isEmpty()) {
      return Optional.empty();
    }
    List<DemandId> list = o.byResource().get(y.id());
    if (list == null) {
      return Optional.of(
          new long[] {-p.policy().weight(x), pair.get()[0], p.demands().indexOf(x)});
    }
    int i = list.indexOf(x.id());
    return i < 0 ? Optional.empty() : Optional.of(new long[] {i, 0, 0});
  }

  private static int compare(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Long.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  /** Blocking pairs by brute force from the public model, and feasibility and acceptability. */
  private static long bruteForceBlocking(
      MatchingProblem p, PreferenceOrders o, MatchingAlgorithm.Result result, boolean onlyAcceptable) {
    Map<DemandId, Integer> served = new HashMap<>();
    Map<ResourceId, Integer> used = new HashMap<>();
    Map<DemandId, Demand> demands = new HashMap<>();
    Map<ResourceId, Resource> resources = new HashMap<>();
    p.demands().forEach(x -> demands.put(x.id(), x));
    p.resources().forEach(y -> resources.put(y.id(), y));
    for (Allocation a : result.allocations()) {
      served.merge(a.demand(), a.quantity(), Integer::sum);
      used.merge(a.resource(), a.quantity(), Integer::sum);
      if (onlyAcceptable) {
        Demand x = Reference.get(demands, a.demand());
        Resource y = Reference.get(resources, a.resource());
        assertTrue(demandRank(p, o, x, y).isPresent() && resourceRank(p, o, x, y).isPresent(), "acceptable " + a);
      }
    }
    for (Demand x : p.demands()) {
      assertTrue(served.getOrDefault(x.id(), 0) <= x.quantity(), "quantity " + x.id());
    }
    for (Resource y : p.resources()) {
      assertTrue(used.getOrDefault(y.id(), 0) <= y.capacity(), "capacity " + y.id());
    }
    long count = 0;
    for (Demand x : p.demands()) {
      for (Resource y : p.resources()) {
        Optional<long[]> dr = demandRank(p, o, x, y);
        Optional<long[]> rr = resourceRank(p, o, x, y);
        if (dr.isEmpty() || rr.isEmpty()) {
          continue;
        }
        boolean dWants = served.getOrDefault(x.id(), 0) < x.quantity();
        boolean rWants = used.getOrDefault(y.id(), 0) < y.capacity();
        for (Allocation a : result.allocations()) {
          if (a.demand().equals(x.id()) && !dWants) {
            Optional<long[]> held = demandRank(p, o, x, Reference.get(resources, a.resource()));
            dWants = held.isEmpty() || compare(dr.get(), held.get()) < 0;
          }
          if (a.resource().equals(y.id()) && !rWants) {
            Optional<long[]> held = resourceRank(p, o, Reference.get(demands, a.demand()), y);
            rWants = held.isEmpty() || compare(rr.get(), held.get()) < 0;
          }
        }
        if (dWants && rWants) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void deferredAcceptance_randomSuppliedOrders_noBlockingPairOnEitherSide() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Instances.Shape shape :
                  List.of(Instances.Shape.MIXED, Instances.Shape.SCARCE, Instances.Shape.GIANT_COMPONENT)) {
                MatchingProblem p = Instances.random(seed, shape);
                PreferenceOrders o = randomOrders(p, seed);
                for (DeferredAcceptance a :
                    List.of(DeferredAcceptance.demandProposing(o), DeferredAcceptance.resourceProposing(o))) {
                  MatchingAlgorithm.Result result = a.solve(p);
                  assertEquals(0, bruteForceBlocking(p, o, result, true), a + " " + shape);
                  assertEquals(0, result.metrics().blockingPairs(), a + " " + shape);
                }
                MatchingAlgorithm.Result exact = ExactMatching.withThreads(1).solve(p);
                assertEquals(bruteForceBlocking(p, o, exact, false), o.blockingPairs(p, exact), "exact " + shape);
              }
            });
  }

  @Test
  void deferredAcceptance_noneOrders_sameAsPolicyPreferences() {
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              MatchingProblem p = Instances.random(seed, Instances.Shape.MIXED);
              assertEquals(
                  DeferredAcceptance.demandProposing().solve(p).allocations(),
                  DeferredAcceptance.demandProposing(PreferenceOrders.none()).solve(p).allocations());
              // the policy's own orders, supplied as lists, give the same allocation
              PreferenceOrders policyOrders = policyOrders(p);
              assertEquals(
                  DeferredAcceptance.resourceProposing().solve(p).allocations(),
                  DeferredAcceptance.resourceProposing(policyOrders).solve(p).allocations());
              assertEquals(
                  DeferredAcceptance.demandProposing().solve(p).allocations(),
                  DeferredAcceptance.demandProposing(policyOrders).solve(p).allocations());
            });
  }

  /** Every agent's full candidate list in the policy's order, written out. */
  private static PreferenceOrders policyOrders(MatchingProblem p) {
    PreferenceOrders none = PreferenceOrders.none();
    Map<DemandId, List<ResourceId>> byDemand = new LinkedHashMap<>();
    for (Demand x : p.demands()) {
      List<Resource> cands = new ArrayList<>();
      for (Resource y : p.resources()) {
        if (Reference.pair(p, x, y).isPresent()) {
          cands.add(y);
        }
      }
      cands.sort((a, b) -> compare(demandRank(p, none, x, a).orElseThrow(), demandRank(p, none, x, b).orElseThrow()));
      byDemand.put(x.id(), cands.stream().map(Resource::id).collect(Collectors.toList()));
    }
    Map<ResourceId, List<DemandId>> byResource = new LinkedHashMap<>();
    for (Resource y : p.resources()) {
      List<Demand> cands = new ArrayList<>();
      for (Demand x : p.demands()) {
        if (Reference.pair(p, x, y).isPresent()) {
          cands.add(x);
        }
      }
      cands.sort((a, b) -> compare(resourceRank(p, none, a, y).orElseThrow(), resourceRank(p, none, b, y).orElseThrow()));
      byResource.put(y.id(), cands.stream().map(Demand::id).collect(Collectors.toList()));
    }
    return PreferenceOrders.of(byDemand, byResource);
  }

  /** Result.of with the orders rebuilds a supplied-orders run exactly, blocking pairs included. */
  @Test
  void resultOf_withTheOrders_equalsTheAlgorithmsResult() {
    MatchingProblem p = marriage(3, 3);
    PreferenceOrders orders =
        PreferenceOrders.builder()
            .putByDemand(d("D0"), List.of(r("R0"), r("R1"), r("R2")))
            .putByDemand(d("D1"), List.of(r("R1"), r("R2"), r("R0")))
            .putByDemand(d("D2"), List.of(r("R2"), r("R0"), r("R1")))
            .putByResource(r("R0"), List.of(d("D1"), d("D2"), d("D0")))
            .putByResource(r("R1"), List.of(d("D2"), d("D0"), d("D1")))
            .putByResource(r("R2"), List.of(d("D0"), d("D1"), d("D2")))
            .build();
    for (DeferredAcceptance da : List.of(DeferredAcceptance.demandProposing(orders),
        DeferredAcceptance.resourceProposing(orders))) {
      MatchingAlgorithm.Result solved = da.solve(p);
      assertEquals(solved, MatchingAlgorithm.Result.of(solved.algorithm(), p,
          solved.allocations(), orders));
    }
    MatchingAlgorithm.Result plain = DeferredAcceptance.demandProposing().solve(p);
    assertEquals(MatchingAlgorithm.Result.of(plain.algorithm(), p, plain.allocations()),
        MatchingAlgorithm.Result.of(plain.algorithm(), p, plain.allocations(),
            PreferenceOrders.none()));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MatchingAlgorithm.Result.of("x", p, List.of(),
            PreferenceOrders.builder().putByDemand(d("D9"), List.of()).build()));
    assertEquals("byDemand[D9]", e.violations().get(0).path());
  }
}
