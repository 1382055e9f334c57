package org.grassroots.governance.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class GridFusionTest {
  private static final DivisionCode C = DivisionCode.parse("110101001001");

  private static GridCode g(int s) {
    return GridCode.of(C, s);
  }

  private static BuildingCode b(int s) {
    return BuildingCode.of(g(1), s);
  }

  @Test
  void fuse_identicalLayers_giveThatPartitionWithoutConflicts() {
    Map<BuildingCode, GridCode> party = Map.of(b(1), g(1), b(2), g(1), b(3), g(2));
    Map<BuildingCode, GridCode> gov = Map.of(b(1), g(7), b(2), g(7), b(3), g(8));
    GridFusion.Result r = GridFusion.fuse(List.of(GridLayer.of("党建网格", party), GridLayer.of("综治网格", gov)));
    assertEquals(2, r.fusedGrids().size());
    assertTrue(r.conflicts().isEmpty());
    assertEquals(r.fusedGridOf(b(1)), r.fusedGridOf(b(2)));
    assertEquals(1, r.fusedGridsOf("综治网格", g(7)).size());
  }

  @Test
  void fuse_disagreeingLayers_nameEveryBuildingConcerned() {
    Map<BuildingCode, GridCode> party = Map.of(b(1), g(1), b(2), g(1), b(3), g(2));
    Map<BuildingCode, GridCode> city = Map.of(b(1), g(5), b(2), g(6), b(3), g(6));
    Map<BuildingCode, GridCode> gov = Map.of(b(1), g(9), b(2), g(9));
    GridFusion.Result r =
        GridFusion.fuse(
            List.of(GridLayer.of("党建网格", party), GridLayer.of("城管网格", city), GridLayer.of("综治网格", gov)));
    assertEquals(3, r.fusedGrids().size());
    assertEquals(3, r.conflicts().size());
    GridFusion.Conflict c3 = r.conflicts().get(2);
    assertEquals(b(3), c3.building());
    assertEquals(Optional.empty(), c3.gridByLayer().get("综治网格"));
    assertEquals(2, r.fusedGridsOf("党建网格", g(1)).size(), "grid 1 of the party layer split in two");
    assertThrows(InvalidValueException.class, () -> GridFusion.fuse(List.of()));
    assertThrows(
        InvalidValueException.class,
        () -> GridFusion.fuse(List.of(GridLayer.of("a", party), GridLayer.of("a", city))));
  }

  @Test
  void fuse_randomLayers_neverLosesOrDuplicatesABuilding() {
    qt().withExamples(100)
        .forAll(longs().all())
        .check(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              int buildings = 1 + r.nextInt(60);
              int layers = 1 + r.nextInt(4);
              List<GridLayer> ls = new ArrayList<>();
              Set<BuildingCode> all = new HashSet<>();
              for (int l = 0; l < layers; l++) {
                Map<BuildingCode, GridCode> m = new LinkedHashMap<>();
                int grids = 1 + r.nextInt(6);
                for (int i = 1; i <= buildings; i++) {
                  if (r.nextInt(10) > 0) {
                    m.put(b(i), g(1 + r.nextInt(grids)));
                    all.add(b(i));
                  }
                }
                ls.add(GridLayer.of("layer" + l, m));
              }
              GridFusion.Result res = GridFusion.fuse(ls);
              int total = res.fusedGrids().values().stream().mapToInt(Set::size).sum();
              Set<BuildingCode> union = new HashSet<>();
              res.fusedGrids().values().forEach(union::addAll);
              if (total != all.size() || !union.equals(all)) {
                return false;
              }
              // buildings sharing a fused grid share a grid in every layer
              for (Set<BuildingCode> members : res.fusedGrids().values()) {
                for (GridLayer l : ls) {
                  if (members.stream().map(x -> Optional.ofNullable(l.gridOf().get(x))).distinct().count() != 1) {
                    return false;
                  }
                }
              }
              // a building is in conflict iff some layer lacks it or its grid there holds other
              // buildings than its fused grid
              Set<BuildingCode> inConflict = new HashSet<>();
              res.conflicts().forEach(c -> inConflict.add(c.building()));
              for (BuildingCode x : all) {
                Set<BuildingCode> fusedMembers =
                    res.fusedGrids().get(res.fusedGridOf(x).orElseThrow());
                boolean disagree = false;
                for (GridLayer l : ls) {
                  GridCode gx = l.gridOf().get(x);
                  Set<BuildingCode> same = new HashSet<>();
                  l.gridOf().forEach((k, v) -> {
                    if (v.equals(gx)) {
                      same.add(k);
                    }
                  });
                  disagree |= gx == null || !same.equals(fusedMembers);
                }
                if (disagree != inConflict.contains(x)) {
                  return false;
                }
              }
              return true;
            });
  }
}
