package org.grassroots.governance.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.GridLayer;
import org.grassroots.governance.grid.HierarchyLevel;
import org.grassroots.governance.grid.LevelCounts;
import org.grassroots.governance.grid.PartyOrganizationType;
import org.grassroots.governance.grid.PartyOverlay;
import org.grassroots.governance.grid.Restructured;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid grid values (party overlays, layers, level counts, restructurings), built
 * through the public API on the small hierarchies of {@link HierarchyDocumentTest#hierarchy}.
 */
public final class GridGens {
  private static final Map<HierarchyLevel, PartyOrganizationType> TYPE_AT =
      new EnumMap<>(HierarchyLevel.class);

  static {
    for (PartyOrganizationType t : PartyOrganizationType.values()) {
      TYPE_AT.put(t.level(), t);
    }
  }

  private GridGens() {}

  /** Every node of a hierarchy in pre-order. */
  static List<NodeCode> codes(GridHierarchy h) {
    List<NodeCode> all = new ArrayList<>();
    for (NodeCode root : h.roots()) {
      h.subtree(root).forEach(all::add);
    }
    return all;
  }

  /**
   * A valid overlay: about half the nodes of each level led by that level's organisation, keeping
   * the three-level rule (a grid branch only under a community's joint organisation, a building
   * group only under a grid branch); sometimes none.
   */
  static PartyOverlay overlay(GridHierarchy h, SplittableRandom r) {
    PartyOverlay.Builder b = PartyOverlay.builder(h);
    Map<NodeCode, PartyOrganizationType> led = new HashMap<>();
    boolean none = r.nextInt(6) == 0;
    for (NodeCode c : codes(h)) {
      PartyOrganizationType t = TYPE_AT.get(h.node(c).orElseThrow().level());
      if (none || t == null || r.nextInt(3) == 0) {
        continue;
      }
      if (t == PartyOrganizationType.GRID_BRANCH || t == PartyOrganizationType.BUILDING_GROUP) {
        PartyOrganizationType needed = t == PartyOrganizationType.GRID_BRANCH
            ? PartyOrganizationType.COMMUNITY_JOINT_COMMITTEE : PartyOrganizationType.GRID_BRANCH;
        if (led.get(h.parent(c).orElseThrow()) != needed) {
          continue;
        }
      }
      led.put(c, t);
      b.attach(c, t, OrganizationId.of("ORG-" + c));
    }
    return b.build();
  }

  /** Valid party overlays on small hierarchies. */
  public static Gen<PartyOverlay> partyOverlays() {
    return SourceDSL.longs().all().map(s -> {
      SplittableRandom r = new SplittableRandom(s);
      return overlay(HierarchyDocumentTest.hierarchy(r), r);
    });
  }

  /** Valid layers: buildings of a hierarchy spread over grids of their own communities. */
  public static Gen<GridLayer> gridLayers() {
    return SourceDSL.longs().all().map(s -> {
      SplittableRandom r = new SplittableRandom(s);
      GridHierarchy h = HierarchyDocumentTest.hierarchy(r);
      Map<BuildingCode, GridCode> gridOf = new TreeMap<>();
      for (NodeCode c : codes(h)) {
        c.building().ifPresent(b -> gridOf.put(b,
            GridCode.of(b.grid().community(), 1 + r.nextInt(3))));
      }
      return GridLayer.of(r.nextBoolean() ? "党建网格" : "综治网格 " + r.nextInt(9), gridOf);
    });
  }

  /** The counts of small hierarchies, or of one of their subtrees. */
  public static Gen<LevelCounts> levelCounts() {
    return SourceDSL.longs().all().map(s -> {
      SplittableRandom r = new SplittableRandom(s);
      GridHierarchy h = HierarchyDocumentTest.hierarchy(r);
      List<NodeCode> all = codes(h);
      return r.nextBoolean() ? h.countPerLevel() : h.countPerLevel(all.get(r.nextInt(all.size())));
    });
  }

  /** Results of moving a building to another grid, or of merging two communities. */
  public static Gen<Restructured> restructurings() {
    return SourceDSL.longs().all().map(s -> {
      SplittableRandom r = new SplittableRandom(s);
      GridHierarchy h = HierarchyDocumentTest.hierarchy(r);
      List<BuildingCode> buildings = new ArrayList<>();
      List<GridCode> grids = new ArrayList<>();
      for (NodeCode c : codes(h)) {
        c.building().ifPresent(buildings::add);
        c.grid().filter(g -> c.kind() == NodeCode.Kind.GRID).ifPresent(grids::add);
      }
      if (!buildings.isEmpty() && grids.size() > 1 && r.nextBoolean()) {
        BuildingCode b = buildings.get(r.nextInt(buildings.size()));
        List<GridCode> others = grids.stream().filter(g -> !g.equals(b.grid())).toList();
        return h.moveBuilding(b, others.get(r.nextInt(others.size())));
      }
      return Restructured.of(h, Map.of());
    });
  }

  /**
   * Fusions of one to three layers over the buildings of a small hierarchy: each layer puts each
   * building in one of a few grids of its community, and sometimes leaves a building out.
   */
  public static Gen<org.grassroots.governance.grid.GridFusion.Result> fusions() {
    return SourceDSL.longs().all().map(s -> {
      SplittableRandom r = new SplittableRandom(s);
      GridHierarchy h = HierarchyDocumentTest.hierarchy(r);
      List<BuildingCode> buildings = new ArrayList<>();
      codes(h).forEach(c -> c.building().ifPresent(buildings::add));
      if (buildings.isEmpty()) {
        buildings.add(BuildingCode.parse("11010100100100010001"));
      }
      List<GridLayer> layers = new ArrayList<>();
      for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
        Map<BuildingCode, GridCode> gridOf = new TreeMap<>();
        for (BuildingCode b : buildings) {
          if (r.nextInt(8) > 0) {
            gridOf.put(b, GridCode.of(b.grid().community(), 1 + r.nextInt(2)));
          }
        }
        layers.add(GridLayer.of("层" + i, gridOf));
      }
      return org.grassroots.governance.grid.GridFusion.fuse(layers);
    });
  }
}
