package org.grassroots.governance.grid;

import static org.grassroots.governance.grid.RandomTrees.assertInvariants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Properties on random hierarchies: queries against a naive model, restructuring invariants. */
class GridHierarchyPropertiesTest {

  @Test
  void lowestCommonAncestor_agreesWithANaiveAncestorWalk() {
    qt().withExamples(60)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              GridHierarchy h = t.build();
              List<NodeCode> codes = new ArrayList<>(t.parent.keySet());
              NodePositions pos = h.positions();
              SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
              for (int i = 0; i < 60; i++) {
                NodeCode a = codes.get(r.nextInt(codes.size()));
                NodeCode b = codes.get(r.nextInt(codes.size()));
                Optional<NodeCode> expected = t.lca(a, b);
                if (!expected.equals(h.lowestCommonAncestor(a, b))) {
                  return false;
                }
                int pa = pos.positionOf(a).getAsInt();
                int pb = pos.positionOf(b).getAsInt();
                int pl = pos.lowestCommonAncestor(pa, pb);
                if (!expected.equals(pl < 0 ? Optional.empty() : Optional.of(pos.codeAt(pl)))) {
                  return false;
                }
                int naiveDistance =
                    expected
                        .map(l -> t.up(a).indexOf(l) + t.up(b).indexOf(l))
                        .orElse(-1);
                if (naiveDistance != h.distance(a, b).orElse(-1)
                    || naiveDistance != pos.distance(pa, pb)) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void queries_agreeWithTheNaiveModel() {
    qt().withExamples(40)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              GridHierarchy h = t.build();
              assertInvariants(h);
              for (NodeCode c : t.parent.keySet()) {
                assertEquals(t.parent.get(c), h.parent(c));
                List<NodeCode> up = t.up(c);
                assertEquals(up.subList(1, up.size()), h.ancestors(c));
                List<NodeCode> sub =
                    t.parent.keySet().stream()
                        .filter(x -> t.up(x).contains(c))
                        .collect(Collectors.toList());
                assertEquals(sub, h.subtree(c).collect(Collectors.toList()));
                NodePositions pos = h.positions();
                int p = pos.positionOf(c).getAsInt();
                assertEquals(sub.size(), pos.subtreeEnd(p) - p);
                assertEquals(
                    sub.size(),
                    h.countPerLevel(c).total());
              }
              return true;
            });
  }

  @Test
  void restructuring_keepsEveryInvariantThroughRandomSequences() {
    qt().withExamples(25)
        .forAll(longs().all())
        .check(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              GridHierarchy h = RandomTrees.generate(seed, 3).build();
              long buildings = h.countPerLevel().count(HierarchyLevel.BUILDING);
              long grids = h.countPerLevel().count(HierarchyLevel.GRID);
              for (int step = 0; step < 8; step++) {
                GridHierarchy cur = h;
                List<NodeCode> all =
                    cur.roots().stream().flatMap(cur::subtree).collect(Collectors.toList());
                List<DivisionCode> communities = new ArrayList<>();
                List<GridCode> gridCodes = new ArrayList<>();
                List<BuildingCode> buildingCodes = new ArrayList<>();
                for (NodeCode c : all) {
                  c.grid().ifPresent(gridCodes::add);
                  c.building().ifPresent(buildingCodes::add);
                  c.division()
                      .filter(d -> cur.level(c) == HierarchyLevel.COMMUNITY)
                      .ifPresent(communities::add);
                }
                int op = r.nextInt(3);
                Restructured result;
                if (op == 0 && communities.size() >= 2) {
                  DivisionCode survivor = communities.get(r.nextInt(communities.size()));
                  DivisionCode absorbed = communities.get(r.nextInt(communities.size()));
                  if (survivor.equals(absorbed)) {
                    continue;
                  }
                  result = h.mergeCommunities(survivor, List.of(absorbed));
                  assertEquals(NodeCode.of(survivor), result.map(NodeCode.of(absorbed)));
                  assertTrue(!result.hierarchy().contains(NodeCode.of(absorbed)));
                } else if (op == 1 && !gridCodes.isEmpty()) {
                  GridCode g = gridCodes.get(r.nextInt(gridCodes.size()));
                  DivisionCode community = g.community();
                  DivisionCode target = freeSibling(h, community, r);
                  result =
                      h.splitCommunity(community, Map.of(g, target), Map.of(target, "新社区"));
                  assertEquals(NodeCode.of(GridCode.of(target, 1)), result.map(NodeCode.of(g)));
                  assertEquals(
                      h.parent(NodeCode.of(community)),
                      result.hierarchy().parent(NodeCode.of(target)));
                } else if (op == 2 && !buildingCodes.isEmpty() && gridCodes.size() >= 2) {
                  BuildingCode b = buildingCodes.get(r.nextInt(buildingCodes.size()));
                  GridCode g = gridCodes.get(r.nextInt(gridCodes.size()));
                  if (g.equals(b.grid())) {
                    continue;
                  }
                  result = h.moveBuilding(b, g);
                  NodeCode moved = result.map(NodeCode.of(b));
                  assertEquals(Optional.of(NodeCode.of(g)), result.hierarchy().parent(moved));
                } else {
                  continue;
                }
                GridHierarchy next = result.hierarchy();
                assertInvariants(next);
                // every old node maps to a node of the new hierarchy; nothing lost or duplicated
                List<NodeCode> mapped =
                    all.stream().map(result::map).distinct().collect(Collectors.toList());
                for (NodeCode m : mapped) {
                  assertTrue(next.contains(m), m.toString());
                }
                assertEquals(buildings, next.countPerLevel().count(HierarchyLevel.BUILDING));
                assertEquals(grids, next.countPerLevel().count(HierarchyLevel.GRID));
                assertSharing(h, next, result);
                h = next;
              }
              return true;
            });
  }

  @Test
  void attach_givesTheSameTreeAsBuildingAtOnce_andSharesTheRest() {
    qt().withExamples(40)
        .forAll(longs().all())
        .check(
            seed -> {
              RandomTrees.Naive t = RandomTrees.generate(seed, 3);
              SplittableRandom r = new SplittableRandom(seed);
              GridHierarchy.Builder base = GridHierarchy.builder();
              List<NodeCode> extraGrids = new ArrayList<>();
              List<NodeCode> extraBuildings = new ArrayList<>();
              for (Map.Entry<NodeCode, Optional<NodeCode>> e : t.parent.entrySet()) {
                NodeCode c = e.getKey();
                boolean extra =
                    c.kind() != NodeCode.Kind.DIVISION
                        && (r.nextBoolean() || extraGrids.contains(e.getValue().orElseThrow()));
                if (!extra) {
                  base.node(c, e.getValue(), Optional.ofNullable(t.name.get(c)));
                } else if (c.kind() == NodeCode.Kind.GRID) {
                  extraGrids.add(c);
                } else {
                  extraBuildings.add(c);
                }
              }
              GridHierarchy before = base.build();
              Attachment a = before.attach();
              for (NodeCode g : extraGrids) {
                String name = t.name.get(g);
                if (name == null) {
                  a.grid(g.grid().orElseThrow());
                } else {
                  a.grid(g.grid().orElseThrow(), name);
                }
              }
              extraBuildings.forEach(b -> a.building(b.building().orElseThrow()));
              GridHierarchy after = a.build();
              GridHierarchy whole = t.build();
              assertEquals(
                  whole.roots().stream().flatMap(whole::subtree).map(c -> whole.node(c).orElseThrow()).collect(Collectors.toList()),
                  after.roots().stream().flatMap(after::subtree).map(c -> after.node(c).orElseThrow()).collect(Collectors.toList()));
              assertSame(before.sk, after.sk);
              for (int s = 1; s < before.sk.size(); s++) {
                NodeCode c = NodeCode.parse(String.format(java.util.Locale.ROOT, "%012d", before.sk.code[s]));
                boolean receives =
                    java.util.stream.Stream.concat(extraGrids.stream(), extraBuildings.stream())
                        .anyMatch(x -> x.community().map(NodeCode::of).orElseThrow().equals(c));
                if (!receives) {
                  assertSame(before.blocks[s], after.blocks[s]);
                }
              }
              if (!extraBuildings.isEmpty()) {
                NodeCode dup = extraBuildings.get(0);
                assertThrows(
                    InvalidValueException.class,
                    () -> after.attach().building(dup.building().orElseThrow()).build());
              }
              return true;
            });
  }

  /** Every community block not touched by the mapping is the same object in both versions. */
  private static void assertSharing(GridHierarchy before, GridHierarchy after, Restructured r) {
    for (int s = 1; s < before.sk.size(); s++) {
      if (before.blocks[s] == CommunityBlock.EMPTY) {
        continue;
      }
      NodeCode c = NodeCode.parse(String.format(java.util.Locale.ROOT, "%012d", before.sk.code[s]));
      boolean touched =
          r.mapping().keySet().stream().anyMatch(k -> k.community().map(NodeCode::of).orElse(k).equals(c))
              || r.mapping().values().stream().anyMatch(k -> k.community().map(NodeCode::of).orElse(k).equals(c));
      int t = after.sk.find(before.sk.code[s]);
      if (touched) {
        if (t >= 0) {
          assertNotSame(before.blocks[s], after.blocks[t]);
        }
      } else {
        assertSame(before.blocks[s], after.blocks[t], "untouched block of " + c + " is shared");
      }
    }
  }

  private static DivisionCode freeSibling(GridHierarchy h, DivisionCode community, SplittableRandom r) {
    String street = community.toString().substring(0, 9);
    while (true) {
      DivisionCode d = DivisionCode.parse(street + (900 + r.nextInt(99)));
      if (!h.contains(NodeCode.of(d))) {
        return d;
      }
    }
  }
}
