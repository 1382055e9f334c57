package org.grassroots.governance.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Every read query of {@link GridHierarchy} on random trees against the naive parent map of
 * {@link RandomTrees}: nodes, paths, children, names, counts, escalation, absent codes, and a
 * builder fed in shuffled order.
 */
class GridQueriesModelTest {

  private static HierarchyLevel naiveLevel(NodeCode c) {
    switch (c.kind()) {
      case GRID:
        return HierarchyLevel.GRID;
      case BUILDING:
        return HierarchyLevel.BUILDING;
      default:
        return HierarchyLevel.values()[c.division().orElseThrow().codeLevel().ordinal()];
    }
  }

  private static List<NodeCode> naiveChildren(RandomTrees.Naive t, Optional<NodeCode> of) {
    return t.parent.entrySet().stream()
        .filter(e -> e.getValue().equals(of))
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  @Test
  void nodesPathsAndChildren_agreeWithTheNaiveModel() {
    qt().withExamples(40)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              GridHierarchy h = t.build();
              assertEquals(naiveChildren(t, Optional.empty()), h.roots());
              assertEquals(t.parent.size(), h.size());
              assertEquals(
                  t.parent.keySet().stream()
                      .filter(c -> c.kind() == NodeCode.Kind.DIVISION)
                      .count(),
                  h.divisionCount());
              Map<HierarchyLevel, Long> perLevel = new EnumMap<>(HierarchyLevel.class);
              for (NodeCode c : t.parent.keySet()) {
                perLevel.merge(naiveLevel(c), 1L, Long::sum);
                List<NodeCode> up = t.up(c);
                HierarchyNode n = h.node(c).orElseThrow();
                assertEquals(c, n.code());
                assertEquals(naiveLevel(c), n.level());
                assertEquals(naiveLevel(c), h.level(c));
                assertEquals(t.parent.get(c), n.parent());
                assertEquals(Optional.ofNullable(t.name.get(c)), n.name());
                assertEquals(up.size() - 1, n.depth());
                List<NodeCode> path = new ArrayList<>(up);
                Collections.reverse(path);
                assertEquals(path, h.pathFromRoot(c));
                assertEquals(naiveChildren(t, Optional.of(c)), h.children(c));
                assertTrue(h.contains(c));
                for (HierarchyLevel l : HierarchyLevel.values()) {
                  long expected =
                      t.parent.keySet().stream()
                          .filter(x -> naiveLevel(x) == l && t.up(x).contains(c))
                          .count();
                  assertEquals(expected, h.countPerLevel(c).count(l), () -> c + " " + l);
                }
              }
              for (HierarchyLevel l : HierarchyLevel.values()) {
                assertEquals(perLevel.getOrDefault(l, 0L), h.countPerLevel().count(l));
              }
              assertEquals(t.parent.size(), h.countPerLevel().total());
              return true;
            });
  }

  @Test
  void findByName_agreesWithTheNaiveModel() {
    qt().withExamples(40)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              GridHierarchy h = t.build();
              List<NodeCode> all = new ArrayList<>(t.parent.keySet());
              SplittableRandom r = new SplittableRandom(seed);
              for (String name : new TreeSet<>(t.name.values())) {
                List<NodeCode> expected =
                    all.stream().filter(c -> name.equals(t.name.get(c))).collect(Collectors.toList());
                assertEquals(expected, h.findByName(name), name);
                NodeCode within = all.get(r.nextInt(all.size()));
                assertEquals(
                    expected.stream()
                        .filter(c -> t.up(c).contains(within))
                        .collect(Collectors.toList()),
                    h.findByName(name, within),
                    () -> name + " within " + within);
              }
              assertEquals(List.of(), h.findByName("没有这个名字"));
              assertEquals(List.of(), h.findByName(""));
              return true;
            });
  }

  @Test
  void escalateAndRollUp_agreeWithTheNaiveModel() {
    qt().withExamples(30)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              GridHierarchy h = t.build();
              Predicate<NodeCode> canResolve =
                  c -> naiveLevel(c).compareTo(HierarchyLevel.STREET) <= 0 || c.toString().endsWith("2");
              var total = h.rollUp(c -> c.toString().length());
              for (NodeCode c : t.parent.keySet()) {
                Optional<NodeCode> expected = t.up(c).stream().filter(canResolve).findFirst();
                assertEquals(expected, h.escalate(c, canResolve));
                assertEquals(Optional.empty(), h.escalate(c, x -> false));
                assertEquals(Optional.of(c), h.escalate(c, x -> true));
                double sum =
                    t.parent.keySet().stream()
                        .filter(x -> t.up(x).contains(c))
                        .mapToDouble(x -> x.toString().length())
                        .sum();
                assertEquals(sum, total.total(c));
              }
              return true;
            });
  }

  @Test
  void absentCodes_areNotFoundAndRejectedByQueries() {
    qt().withExamples(30)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              GridHierarchy h = t.build();
              List<NodeCode> absent = new ArrayList<>();
              for (NodeCode c : t.parent.keySet()) {
                if (c.kind() == NodeCode.Kind.GRID) {
                  GridCode g = c.grid().orElseThrow();
                  absent.add(NodeCode.of(BuildingCode.of(g, 9999)));
                  absent.add(NodeCode.of(GridCode.of(g.community(), 9999)));
                } else if (c.kind() == NodeCode.Kind.DIVISION) {
                  DivisionCode d = c.division().orElseThrow();
                  if (d.villageSegment() != 0) {
                    absent.add(NodeCode.of(GridCode.of(d, 9998)));
                    absent.add(NodeCode.of(DivisionCode.parse(String.format(java.util.Locale.ROOT, "%012d", d.toLong() - d.villageSegment() + 999))));
                  }
                }
              }
              absent.add(NodeCode.parse("990000000000"));
              absent.add(NodeCode.parse("010000000000"));
              for (NodeCode a : absent) {
                assertFalse(h.contains(a), a::toString);
                assertEquals(Optional.empty(), h.node(a));
                assertThrows(InvalidValueException.class, () -> h.parent(a));
                assertThrows(InvalidValueException.class, () -> h.level(a));
                assertTrue(h.positions().positionOf(a).isEmpty());
              }
              return true;
            });
  }

  @Test
  void builder_inAnyOrder_buildsTheSameHierarchy() {
    qt().withExamples(30)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              GridHierarchy sorted = t.build();
              List<Map.Entry<NodeCode, Optional<NodeCode>>> entries = new ArrayList<>(t.parent.entrySet());
              Collections.shuffle(entries, new java.util.Random(seed));
              GridHierarchy.Builder b = GridHierarchy.builder();
              for (Map.Entry<NodeCode, Optional<NodeCode>> e : entries) {
                b.node(e.getKey(), e.getValue(), Optional.ofNullable(t.name.get(e.getKey())));
              }
              GridHierarchy shuffled = b.build();
              assertEquals(sorted.roots(), shuffled.roots());
              for (NodeCode root : sorted.roots()) {
                assertEquals(
                    sorted.subtree(root).collect(Collectors.toList()),
                    shuffled.subtree(root).collect(Collectors.toList()));
              }
              for (NodeCode c : t.parent.keySet()) {
                assertEquals(sorted.node(c), shuffled.node(c));
              }
              return true;
            });
  }
}
