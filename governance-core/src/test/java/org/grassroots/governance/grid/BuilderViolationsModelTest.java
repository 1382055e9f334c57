package org.grassroots.governance.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The builder on random trees given in shuffled order with planted faults: every duplicate and
 * every parent of the wrong kind is reported once, at the index it was given under, naming the
 * first occurrence; nothing else is reported.
 */
class BuilderViolationsModelTest {

  private static String kinds(NodeCode c) {
    switch (c.kind()) {
      case GRID:
        return "grids";
      case BUILDING:
        return "buildings";
      default:
        return "divisions";
    }
  }

  @Test
  void build_reportsEachPlantedFaultAtItsIndexAndNothingElse() {
    qt().withExamples(40)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              SplittableRandom r = new SplittableRandom(seed);
              List<NodeCode> order = new ArrayList<>(t.parent.keySet());
              Collections.shuffle(order, new java.util.Random(seed));
              // plant: duplicates of random nodes, and grids and buildings under the wrong kind
              List<NodeCode> all = new ArrayList<>(order);
              int faults = 1 + r.nextInt(6);
              List<Boolean> wrongKind = new ArrayList<>(Collections.nCopies(order.size(), false));
              for (int i = 0; i < faults; i++) {
                int at = r.nextInt(order.size() + 1);
                order.add(at, all.get(r.nextInt(all.size())));
                wrongKind.add(at, r.nextInt(3) == 0);
              }
              GridHierarchy.Builder b = GridHierarchy.builder();
              Map<String, Integer> next = new HashMap<>();
              Map<NodeCode, String> first = new HashMap<>();
              Map<String, String> expected = new TreeMap<>();
              for (int i = 0; i < order.size(); i++) {
                NodeCode c = order.get(i);
                String kinds = kinds(c);
                int index = next.merge(kinds, 1, Integer::sum) - 1;
                String at = kinds + "[" + index + "]";
                Optional<NodeCode> parent = Objects.requireNonNull(t.parent.get(c), "parent");
                boolean wrong = wrongKind.get(i) && c.kind() != NodeCode.Kind.DIVISION;
                if (wrong) {
                  // a grid under a grid's parent's parent is still a division: use no parent;
                  // a building under its grid's community
                  parent = c.kind() == NodeCode.Kind.GRID ? Optional.empty() : Objects.requireNonNull(t.parent.get(parent.orElseThrow()), "grandparent");
                  expected.put(at + ".parent", "parent");
                } else if (first.containsKey(c)) {
                  expected.put(at + ".code", first.get(c));
                } else {
                  first.put(c, at);
                }
                b.node(c, parent, Optional.ofNullable(t.name.get(c)));
              }
              if (expected.isEmpty()) {
                return b.build().size() == t.parent.size();
              }
              InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
              Map<String, String> actual = new TreeMap<>();
              for (Violation v : e.violations()) {
                actual.put(v.path(), v.rule());
              }
              assertEquals(expected.keySet(), actual.keySet(), e.getMessage());
              for (Map.Entry<String, String> x : expected.entrySet()) {
                if (x.getKey().endsWith(".code")) {
                  assertEquals(
                      "duplicate code: already given at " + x.getValue(), actual.get(x.getKey()));
                }
              }
              assertEquals(expected.size(), e.violations().size(), e.getMessage());
              return true;
            });
  }
}
