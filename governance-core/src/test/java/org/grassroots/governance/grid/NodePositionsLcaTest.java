package org.grassroots.governance.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.junit.jupiter.api.Test;

/**
 * LCA and distance by position, with path labels and with the row fallback, against a naive walk
 * up the {@link NodePositions#parent(int)} links.
 */
class NodePositionsLcaTest {

  /** p and its ancestors, p first, by walking parent links. */
  private static List<Integer> up(NodePositions pos, int p) {
    List<Integer> out = new ArrayList<>();
    for (int x = p; x >= 0; x = pos.parent(x)) {
      out.add(x);
    }
    return out;
  }

  private static int naiveLca(NodePositions pos, int p, int q) {
    List<Integer> ua = up(pos, p);
    for (int x : up(pos, q)) {
      if (ua.contains(x)) {
        return x;
      }
    }
    return -1;
  }

  private static int naiveDistance(NodePositions pos, int p, int q) {
    int l = naiveLca(pos, p, q);
    return l < 0 ? -1 : up(pos, p).indexOf(l) + up(pos, q).indexOf(l);
  }

  /** Checks both query methods on one pair against the naive walk. */
  private static boolean agrees(NodePositions labelled, NodePositions rows, int p, int q) {
    int lca = naiveLca(labelled, p, q);
    int d = naiveDistance(labelled, p, q);
    return lca == labelled.lowestCommonAncestor(p, q)
        && lca == rows.lowestCommonAncestor(p, q)
        && d == labelled.distance(p, q)
        && d == rows.distance(p, q)
        && up(labelled, p).size() - 1 == labelled.depth(p);
  }

  @Test
  void lowestCommonAncestor_bothMethodsAgreeWithAParentWalkOnRandomTrees() {
    qt().withExamples(80)
        .forAll(longs().all())
        .check(
            seed -> {
              GridHierarchy h = RandomTrees.generate(seed, 4).build();
              NodePositions labelled = h.positions();
              NodePositions rows = new NodePositions(h, false);
              if (!labelled.labelled() || rows.labelled()) {
                return false;
              }
              int n = labelled.size();
              SplittableRandom r = new SplittableRandom(seed);
              for (int i = 0; i < 150; i++) {
                int p = r.nextInt(n);
                // half the pairs near each other (same subtree of a parent or grandparent)
                int q = r.nextBoolean() ? r.nextInt(n) : near(labelled, p, r);
                if (!agrees(labelled, rows, p, q) || !agrees(labelled, rows, q, p)) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void lowestCommonAncestor_ofANodeWithItselfAndItsAncestors() {
    GridHierarchy h = RandomTrees.generate(7L, 3).build();
    NodePositions pos = h.positions();
    for (int p = 0; p < pos.size(); p++) {
      assertEquals(p, pos.lowestCommonAncestor(p, p));
      assertEquals(0, pos.distance(p, p));
      int k = 0;
      for (int a : up(pos, p)) {
        assertEquals(a, pos.lowestCommonAncestor(p, a));
        assertEquals(a, pos.lowestCommonAncestor(a, p));
        assertEquals(k, pos.distance(a, p));
        k++;
      }
    }
  }

  /**
   * Ranks at depths 1..6 up to 64, 64, 64, 512, 512, 2048 (grids in community 110101001001);
   * the caller adds the buildings, whose widest grid decides the seventh field.
   */
  private static GridHierarchy.Builder wideTree() {
    GridHierarchy.Builder b = GridHierarchy.builder();
    for (int pr = 11; pr < 11 + 64; pr++) {
      b.division(code("%02d0000000000", pr), Optional.empty(), "省" + pr);
    }
    DivisionCode province = code("110000000000");
    for (int c = 1; c <= 64; c++) {
      b.division(code("11%02d00000000", c), Optional.of(province), "市" + c);
    }
    DivisionCode city = code("110100000000");
    for (int k = 1; k <= 64; k++) {
      b.division(code("1101%02d000000", k), Optional.of(city), "县" + k);
    }
    DivisionCode county = code("110101000000");
    for (int s = 1; s <= 512; s++) {
      b.division(code("110101%03d000", s), Optional.of(county), "街道" + s);
    }
    DivisionCode street = code("110101001000");
    for (int v = 1; v <= 512; v++) {
      b.division(code("110101001%03d", v), Optional.of(street), "社区" + v);
    }
    return b.grids(WIDE_COMMUNITY, 2048);
  }

  private static final DivisionCode WIDE_COMMUNITY = code("110101001001");

  /** 2000 random pairs, half of them near each other: labels and row search agree. */
  private static void assertLabelsAgreeWithRows(NodePositions pos, long seed) {
    NodePositions rows = new NodePositions(pos.hierarchy(), false);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      int p = r.nextInt(pos.size());
      int q = r.nextBoolean() ? r.nextInt(pos.size()) : near(pos, p, r);
      assertTrue(agrees(pos, rows, p, q), () -> "pair " + p + ", " + q);
    }
  }

  @Test
  void lowestCommonAncestor_fallsBackWhenTheLabelsNeedMoreThan64Bits() {
    // 2048 buildings in a grid: 7+7+7+10+10+12+12 = 65 bits
    GridHierarchy.Builder b = wideTree();
    b.buildings(GridCode.of(WIDE_COMMUNITY, 1), 2048);
    b.buildings(GridCode.of(WIDE_COMMUNITY, 2), 3);
    NodePositions pos = b.build().positions();
    assertFalse(pos.labelled());
    assertLabelsAgreeWithRows(pos, 42);
  }

  @Test
  void lowestCommonAncestor_usesLabelsOnTheSameTreeOneRankNarrower() {
    // as above with 1024 buildings in a grid: 64 bits exactly
    GridHierarchy.Builder b = wideTree();
    b.buildings(GridCode.of(WIDE_COMMUNITY, 1), 1024);
    b.buildings(GridCode.of(WIDE_COMMUNITY, 2048), 5);
    NodePositions pos = b.build().positions();
    assertTrue(pos.labelled());
    assertLabelsAgreeWithRows(pos, 43);
  }


  /** A position in the subtree of p's parent or grandparent. */
  private static int near(NodePositions pos, int p, SplittableRandom r) {
    int a = p;
    for (int k = r.nextInt(3); k > 0 && pos.parent(a) >= 0; k--) {
      a = pos.parent(a);
    }
    return a + r.nextInt(pos.subtreeEnd(a) - a);
  }

  private static DivisionCode code(String format, int v) {
    return code(String.format(Locale.ROOT, format, v));
  }

  private static DivisionCode code(String text) {
    return DivisionCode.parse(text);
  }
}
