package org.grassroots.governance.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;

/** Random hierarchies from a seed, with skipped levels, and a naive model to check against. */
final class RandomTrees {
  private RandomTrees() {}

  /** A naive tree: parent of each node. */
  static final class Naive {
    final TreeMap<NodeCode, Optional<NodeCode>> parent = new TreeMap<>();
    final Map<NodeCode, String> name = new HashMap<>();

    void add(NodeCode code, Optional<NodeCode> p, String n) {
      parent.put(code, p);
      name.put(code, n);
    }

    List<NodeCode> up(NodeCode c) {
      List<NodeCode> out = new ArrayList<>();
      Optional<NodeCode> p = Optional.of(c);
      while (p.isPresent()) {
        out.add(p.get());
        p = java.util.Objects.requireNonNull(parent.get(p.get()), "parent");
      }
      return out;
    }

    Optional<NodeCode> lca(NodeCode a, NodeCode b) {
      List<NodeCode> ua = up(a);
      for (NodeCode x : up(b)) {
        if (ua.contains(x)) {
          return Optional.of(x);
        }
      }
      return Optional.empty();
    }

    GridHierarchy build() {
      GridHierarchy.Builder b = GridHierarchy.builder();
      for (Map.Entry<NodeCode, Optional<NodeCode>> e : parent.entrySet()) {
        b.node(e.getKey(), e.getValue(), Optional.ofNullable(name.get(e.getKey())));
      }
      return b.build();
    }
  }

  static Naive generate(long seed, int scale) {
    SplittableRandom r = new SplittableRandom(seed);
    Naive t = new Naive();
    int provinces = 1 + r.nextInt(3);
    for (int pi = 0; pi < provinces; pi++) {
      long prov = (11L + pi * 10) * 10_000_000_000L;
      NodeCode pc = div(prov);
      t.add(pc, Optional.empty(), "省" + pi);
      int cities = 1 + r.nextInt(scale);
      for (int ci = 1; ci <= cities; ci++) {
        long city = prov + ci * 100_000_000L;
        NodeCode cc = div(city);
        t.add(cc, Optional.of(pc), ci == 1 ? "市辖区" : "市" + ci);
        boolean noCounties = r.nextInt(4) == 0; // Dongguan-like
        int counties = noCounties ? 1 : 1 + r.nextInt(scale);
        for (int ki = 1; ki <= counties; ki++) {
          long county = noCounties ? city : city + ki * 1_000_000L;
          NodeCode kc = noCounties ? cc : div(county);
          if (!noCounties) {
            t.add(kc, Optional.of(cc), "县" + ki);
          }
          int streets = r.nextInt(scale + 1);
          for (int si = 1; si <= streets; si++) {
            long street = county + si * 1_000L;
            NodeCode sc = div(street);
            t.add(sc, Optional.of(kc), si % 3 == 0 ? "城关镇" : "街道" + si);
            int communities = r.nextInt(scale + 1);
            for (int vi = 1; vi <= communities; vi++) {
              DivisionCode v = DivisionCode.parse(String.format(java.util.Locale.ROOT, "%012d", street + vi));
              NodeCode vc = NodeCode.of(v);
              t.add(vc, Optional.of(sc), "社区" + vi);
              int grids = r.nextInt(4);
              for (int gi = 1; gi <= grids; gi++) {
                GridCode g = GridCode.of(v, gi * (1 + r.nextInt(3)) + gi);
                if (t.parent.containsKey(NodeCode.of(g))) {
                  continue;
                }
                t.add(NodeCode.of(g), Optional.of(vc), "网格" + gi);
                int buildings = r.nextInt(5);
                for (int bi = 1; bi <= buildings; bi++) {
                  t.add(NodeCode.of(BuildingCode.of(g, bi)), Optional.of(NodeCode.of(g)), "");
                }
              }
            }
          }
        }
      }
    }
    t.name.values().removeIf(String::isEmpty);
    return t;
  }

  private static NodeCode div(long v) {
    return NodeCode.parse(String.format(java.util.Locale.ROOT, "%012d", v));
  }

  /**
   * Checks every invariant of a hierarchy: the builder accepts its own nodes again (so duplicate,
   * parent, level, prefix, nearest-ancestor and partition rules hold), pre-order equals code
   * order, positions agree with codes, and the queries agree with each other.
   */
  static void assertInvariants(GridHierarchy h) {
    List<NodeCode> all =
        h.roots().stream().flatMap(h::subtree).collect(Collectors.toList());
    assertEquals(h.size(), all.size());
    GridHierarchy.Builder b = GridHierarchy.builder();
    NodePositions pos = h.positions();
    for (int i = 0; i < all.size(); i++) {
      NodeCode c = all.get(i);
      if (i > 0) {
        assertTrue(all.get(i - 1).compareTo(c) < 0, "pre-order is code order");
      }
      assertEquals(i, pos.positionOf(c).getAsInt());
      assertEquals(c, pos.codeAt(i));
      HierarchyNode n = h.node(c).orElseThrow();
      int parentPos = pos.parent(i);
      assertEquals(n.parent(), parentPos < 0 ? Optional.empty() : Optional.of(pos.codeAt(parentPos)));
      n.parent().ifPresent(p -> assertTrue(h.children(p).contains(c)));
      assertTrue(n.parent().map(p -> h.level(p).compareTo(n.level()) < 0).orElse(true));
      b.node(c, n.parent(), n.name());
    }
    GridHierarchy again = b.build();
    assertEquals(h.countPerLevel(), again.countPerLevel());
  }
}
