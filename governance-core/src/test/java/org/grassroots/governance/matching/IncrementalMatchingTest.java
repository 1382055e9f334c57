package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class IncrementalMatchingTest {

  /** The problem's demands and resources with ids prefixed (to add them to another). */
  private static MatchingProblem renamed(MatchingProblem p, String prefix) {
    List<Demand> ds = new ArrayList<>();
    for (Demand d : p.demands()) {
      ds.add(Demand.builder().from(d).id(DemandId.of(prefix + d.id().value())).build());
    }
    List<Resource> rs = new ArrayList<>();
    for (Resource r : p.resources()) {
      rs.add(Resource.builder().from(r).id(ResourceId.of(prefix + r.id().value())).build());
    }
    return MatchingProblem.of(ds, rs, p.policy());
  }

  private static Instances.Shape shape(SplittableRandom rnd) {
    Instances.Shape[] all = Instances.Shape.values();
    // mostly mixed problems, whose street- and county-level resources couple communities
    return rnd.nextInt(3) == 0 ? all[rnd.nextInt(all.length)] : Instances.Shape.MIXED;
  }

  /** Up to 4 random problems on the same hierarchy merged into one (about 30 x 20 on average). */
  private static MatchingProblem medium(SplittableRandom rnd) {
    int parts = 1 + rnd.nextInt(4);
    List<Demand> ds = new ArrayList<>();
    List<Resource> rs = new ArrayList<>();
    MatchingPolicy policy = MatchingPolicy.defaults();
    for (int i = 0; i < parts; i++) {
      MatchingProblem p = renamed(Instances.random(rnd.nextLong(), shape(rnd)), "P" + i + "-");
      ds.addAll(p.demands());
      rs.addAll(p.resources());
      if (i == 0) {
        policy = p.policy();
      }
    }
    return MatchingProblem.of(ds, rs, policy);
  }

  /** The expected demands and resources of a session, kept independently of it. */
  private static final class Model {
    final List<Demand> demands;
    final List<Resource> resources;

    Model(MatchingProblem p) {
      demands = new ArrayList<>(p.demands());
      resources = new ArrayList<>(p.resources());
    }
  }

  /** One random batch: adds or withdraws a random subset of demands or resources. */
  private static IncrementalMatching.Change batch(
      IncrementalMatching s, Model model, SplittableRandom rnd, int step) {
    int kind = rnd.nextInt(4);
    if (kind == 0 || kind == 2) {
      MatchingProblem src = renamed(Instances.random(rnd.nextLong(), shape(rnd)), "S" + step + "-");
      if (kind == 0) {
        List<Demand> add = new ArrayList<>();
        for (Demand d : src.demands()) {
          if (rnd.nextInt(3) != 0) {
            add.add(d);
          }
        }
        model.demands.addAll(add);
        return s.addDemands(add);
      }
      List<Resource> add = new ArrayList<>();
      for (Resource r : src.resources()) {
        if (rnd.nextInt(3) != 0) {
          add.add(r);
        }
      }
      model.resources.addAll(add);
      return s.addResources(add);
    }
    if (kind == 1) {
      List<DemandId> out = new ArrayList<>();
      List<Demand> keep = new ArrayList<>();
      for (Demand d : model.demands) {
        if (rnd.nextInt(4) == 0) {
          out.add(d.id());
        } else {
          keep.add(d);
        }
      }
      model.demands.clear();
      model.demands.addAll(keep);
      return s.withdrawDemands(out);
    }
    List<ResourceId> out = new ArrayList<>();
    List<Resource> keep = new ArrayList<>();
    for (Resource r : model.resources) {
      if (rnd.nextInt(4) == 0) {
        out.add(r.id());
      } else {
        keep.add(r);
      }
    }
    model.resources.clear();
    model.resources.addAll(keep);
    return s.withdrawResources(out);
  }

  @Test
  void batches_sameObjectiveAsAFreshSolve_feasibleWithRightReasons() {
    qt().withExamples(80)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom rnd = new SplittableRandom(seed);
              MatchingProblem first = medium(rnd);
              IncrementalMatching s = ExactMatching.withThreads(2).session(first);
              assertEquals("", s.invariantViolation(), "potentials of the first solve");
              Model model = new Model(first);
              for (int step = 0; step < 6; step++) {
                IncrementalMatching.Change c = batch(s, model, rnd, step);
                assertEquals("", s.invariantViolation(), "invariant after step " + step);
                MatchingProblem now = s.problem();
                assertEquals(model.demands, now.demands());
                assertEquals(model.resources, now.resources());
                MatchingMetrics fresh = ExactMatching.withThreads(1).solve(now).metrics();
                MatchingAlgorithm.Result inc = s.result();
                assertEquals(fresh.weightedServed(), inc.metrics().weightedServed(), "weighted");
                assertEquals(fresh.totalCost(), inc.metrics().totalCost(), "cost");
                assertEquals(fresh.weightedServed(), c.weightedServed());
                assertEquals(fresh.totalCost(), c.totalCost());
                assertEquals(inc.metrics().servedQuantity(), c.servedQuantity());
                Reference.check(now, inc);
              }
            });
  }

  @Test
  void batches_equalOrToolsOptimum_onDegenerateShapes() {
    qt().withExamples(40)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Instances.Shape shape : Instances.Shape.values()) {
                SplittableRandom rnd = new SplittableRandom(seed);
                MatchingProblem first = Instances.random(rnd.nextLong(), shape);
                IncrementalMatching s = ExactMatching.withThreads(1).session(first);
                Model model = new Model(first);
                for (int step = 0; step < 3; step++) {
                  batch(s, model, rnd, step);
                  long[] opt = Reference.orToolsOptimum(s.problem());
                  assertEquals(opt[0], s.result().metrics().weightedServed(), "weighted " + shape);
                  assertEquals(opt[1], s.result().metrics().totalCost(), "cost " + shape);
                }
              }
            });
  }

  @Test
  void batches_sameAllocationsWhateverTheThreadCount() {
    qt().withExamples(25)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom a = new SplittableRandom(seed);
              SplittableRandom b = new SplittableRandom(seed);
              MatchingProblem pa = medium(a);
              MatchingProblem pb = medium(b);
              IncrementalMatching one = ExactMatching.withThreads(1).session(pa);
              IncrementalMatching three = ExactMatching.withThreads(3).session(pb);
              Model ma = new Model(pa);
              Model mb = new Model(pb);
              for (int step = 0; step < 4; step++) {
                IncrementalMatching.Change ca = batch(one, ma, a, step);
                IncrementalMatching.Change cb = batch(three, mb, b, step);
                assertEquals(ca.touchedDemands(), cb.touchedDemands());
                assertEquals(one.result().allocations(), three.result().allocations());
              }
            });
  }

  @Test
  void batches_beyondTheSizeM_wasPricedFor_restartWithTheSameObjective() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom rnd = new SplittableRandom(seed);
              MatchingProblem first = medium(rnd);
              // M sized for the first problem only: growing batches restart from a fresh solve
              IncrementalMatching s = IncrementalMatching.of(first, 1, 1);
              Model model = new Model(first);
              for (int step = 0; step < 5; step++) {
                IncrementalMatching.Change c = batch(s, model, rnd, step);
                assertEquals("", s.invariantViolation());
                assertEquals(model.demands, s.problem().demands());
                MatchingMetrics fresh = ExactMatching.withThreads(1).solve(s.problem()).metrics();
                assertEquals(fresh.weightedServed(), c.weightedServed());
                assertEquals(fresh.totalCost(), c.totalCost());
                Reference.check(s.problem(), s.result());
              }
            });
  }

  private static Demand demand(String id, Urgency urgency) {
    return Demand.builder()
        .id(DemandId.of(id))
        .category(ServiceCategory.ELDER_CARE)
        .unit(QuantityUnit.VISIT)
        .quantity(1)
        .urgency(urgency)
        .location(Instances.building(0, 0, 0, 0))
        .build();
  }

  private static Resource resource(String id, int capacity) {
    return Resource.builder()
        .id(ResourceId.of(id))
        .provider(Provider.organisation(ProviderKind.VOLUNTEER_TEAM, OrganizationId.of("O-" + id)))
        .addCategories(ServiceCategory.ELDER_CARE)
        .capacity(capacity)
        .location(Instances.grid(0, 0, 0))
        .serviceArea(ServiceArea.within(MeetingLevel.COMMUNITY))
        .build();
  }

  @Test
  void addDemands_urgentDemandDisplacesRoutineOne() {
    MatchingProblem p =
        MatchingProblem.of(
            List.of(demand("D-routine", Urgency.ROUTINE)),
            List.of(resource("R1", 1)),
            MatchingPolicy.defaults());
    IncrementalMatching s = ExactMatching.withThreads(1).session(p);
    assertEquals(1, s.result().allocations().size());
    IncrementalMatching.Change c = s.addDemands(List.of(demand("D-critical", Urgency.CRITICAL)));
    assertEquals(List.of(DemandId.of("D-routine"), DemandId.of("D-critical")), c.touchedDemands());
    MatchingAlgorithm.Result r = s.result();
    assertEquals(DemandId.of("D-critical"), r.allocations().get(0).demand());
    assertEquals(UnmatchedReason.OUTRANKED_BY_HIGHER_PRIORITY, r.unmatched().get(0).reason());
    // withdrawing the urgent demand gives the place back
    s.withdrawDemands(List.of(DemandId.of("D-critical")));
    assertEquals(DemandId.of("D-routine"), s.result().allocations().get(0).demand());
    assertTrue(s.result().unmatched().isEmpty());
  }

  @Test
  void withdrawResources_lastResource_leavesDemandWithoutEligibleResource() {
    MatchingProblem p =
        MatchingProblem.of(
            List.of(demand("D1", Urgency.ROUTINE)), List.of(resource("R1", 1)), MatchingPolicy.defaults());
    IncrementalMatching s = ExactMatching.withThreads(1).session(p);
    s.withdrawResources(List.of(ResourceId.of("R1")));
    assertEquals(
        UnmatchedReason.NO_ELIGIBLE_RESOURCE_IN_REACH, s.result().unmatched().get(0).reason());
    s.addResources(List.of(resource("R2", 2)));
    assertTrue(s.result().unmatched().isEmpty());
    assertEquals(ResourceId.of("R2"), s.result().allocations().get(0).resource());
  }

  @Test
  void changes_rejectDuplicateAndUnknownIds_andChangeNothing() {
    MatchingProblem p =
        MatchingProblem.of(
            List.of(demand("D1", Urgency.ROUTINE)), List.of(resource("R1", 1)), MatchingPolicy.defaults());
    IncrementalMatching s = ExactMatching.withThreads(1).session(p);
    MatchingAlgorithm.Result before = s.result();
    InvalidValueException dup =
        assertThrows(
            InvalidValueException.class,
            () -> s.addDemands(List.of(demand("D2", Urgency.URGENT), demand("D1", Urgency.URGENT))));
    assertTrue(dup.getMessage().contains("demands[1].id"), dup.getMessage());
    InvalidValueException unknown =
        assertThrows(
            InvalidValueException.class,
            () -> s.withdrawResources(List.of(ResourceId.of("R1"), ResourceId.of("R9"))));
    assertTrue(unknown.getMessage().contains("R9"), unknown.getMessage());
    assertThrows(
        InvalidValueException.class, () -> s.addResources(List.of(resource("R1", 3))));
    assertThrows(
        InvalidValueException.class,
        () -> s.withdrawDemands(List.of(DemandId.of("D1"), DemandId.of("D1"))));
    assertEquals(before.allocations(), s.result().allocations());
    assertEquals(p, s.problem());
  }
}
