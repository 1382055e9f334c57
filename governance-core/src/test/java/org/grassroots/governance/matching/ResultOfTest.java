package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** {@link MatchingAlgorithm.Result#of}: the result of allocations made elsewhere. */
class ResultOfTest {
  private static final List<MatchingAlgorithm> ALGORITHMS = List.of(
      ExactMatching.withThreads(1), GreedyMatching.firstComeFirstServed(),
      GreedyMatching.cheapestFirst(), DeferredAcceptance.demandProposing(),
      DeferredAcceptance.resourceProposing());

  @Test
  void of_rebuildsEveryAlgorithmsResult_inAnyOrder() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Instances.Shape shape = Instances.Shape.values()[
          (int) Math.floorMod(seed, (long) Instances.Shape.values().length)];
      MatchingProblem p = Instances.random(seed, shape);
      for (MatchingAlgorithm a : ALGORITHMS) {
        MatchingAlgorithm.Result r = a.solve(p);
        List<Allocation> shuffled = new ArrayList<>(r.allocations());
        Collections.shuffle(shuffled, new java.util.Random(seed));
        MatchingAlgorithm.Result back = MatchingAlgorithm.Result.of(a.name(), p, shuffled);
        assertEquals(r, back, a.name());
        assertEquals(r.hashCode(), back.hashCode());
      }
    });
  }

  @Test
  void of_refusesAllocationsThatDoNotFitTheProblem_namingEach() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      MatchingProblem p = Instances.random(seed, Instances.Shape.MIXED);
      MatchingAlgorithm.Result r = ExactMatching.withThreads(1).solve(p);
      if (r.allocations().isEmpty()) {
        return;
      }
      SplittableRandom rnd = new SplittableRandom(seed);
      int i = rnd.nextInt(r.allocations().size());
      Allocation a = r.allocations().get(i);
      // unknown demand, unknown resource, wrong cost, wrong level, repeated pair, over quantity
      assertRefused(p, r, i, Allocation.of(DemandId.of("nobody"), a.resource(), a.quantity(),
          a.unitCost(), a.level()), "allocations[" + i + "].demand");
      assertRefused(p, r, i, Allocation.of(a.demand(), ResourceId.of("nothing"), a.quantity(),
          a.unitCost(), a.level()), "allocations[" + i + "].resource");
      assertRefused(p, r, i, Allocation.of(a.demand(), a.resource(), a.quantity(),
          a.unitCost() + 1, a.level()), "allocations[" + i + "].unitCost");
      MeetingLevel other = MeetingLevel.values()[(a.level().ordinal() + 1)
          % MeetingLevel.values().length];
      assertRefused(p, r, i, Allocation.of(a.demand(), a.resource(), a.quantity(),
          a.unitCost(), other), "allocations[" + i + "].level");
      List<Allocation> twice = new ArrayList<>(r.allocations());
      twice.add(a);
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> MatchingAlgorithm.Result.of("x", p, twice));
      assertTrue(e.violations().stream()
          .anyMatch(v -> v.path().equals("allocations[" + r.allocations().size() + "]")),
          e.getMessage());
      Demand d = p.demands().stream().filter(x -> x.id().equals(a.demand())).findFirst()
          .orElseThrow();
      assertRefused(p, r, i, Allocation.of(a.demand(), a.resource(), d.quantity() + 1,
          a.unitCost(), a.level()), "allocations[" + i + "].quantity");
    });
  }

  @Test
  void of_refusesAnIneligiblePair_andABlankName() {
    MatchingProblem p = Instances.random(7, Instances.Shape.NO_EDGES);
    if (!p.demands().isEmpty() && !p.resources().isEmpty()) {
      Allocation a = Allocation.of(p.demands().get(0).id(), p.resources().get(0).id(), 1, 0,
          MeetingLevel.COUNTRY);
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> MatchingAlgorithm.Result.of("x", p, List.of(a)));
      assertEquals("allocations[0].resource", e.violations().get(0).path());
    }
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MatchingAlgorithm.Result.of(" ", p, List.of()));
    assertEquals("algorithm", e.violations().get(0).path());
  }

  @Test
  void allocation_refusesNonPositiveQuantityAndNegativeCost() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Allocation.of(DemandId.of("D"), ResourceId.of("R"), 0, -1, MeetingLevel.GRID));
    assertEquals(List.of("quantity", "unitCost"),
        e.violations().stream().map(v -> v.path()).toList());
  }

  private static void assertRefused(MatchingProblem p, MatchingAlgorithm.Result r, int i,
      Allocation replacement, String path) {
    List<Allocation> changed = new ArrayList<>(r.allocations());
    changed.set(i, replacement);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MatchingAlgorithm.Result.of("x", p, changed), path);
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals(path)),
        path + " not named: " + e.getMessage());
  }
}
