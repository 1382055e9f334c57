package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.grid.Messages.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Grids and buildings to add to an existing hierarchy (挂接网格与楼栋), e.g. a city's grid system
 * attached to the national divisions loaded once. The new hierarchy shares the division skeleton
 * and every community block that receives nothing; only the communities that receive grids or
 * buildings get new blocks. Made by {@link GridHierarchy#attach()}; not thread-safe.
 *
 * <pre>{@code
 * GridHierarchy withGrids = national.attach()
 *     .grid(GridCode.parse("4419000030010001"), "东城一区")
 *     .building(BuildingCode.parse("44190000300100010001"))
 *     .build();
 * }</pre>
 *
 * <p>For a national bulk load (millions of buildings) prefer {@link GridHierarchy.Builder}, which
 * works on primitive arrays throughout.
 */
public final class Attachment {
  private final GridHierarchy base;
  private final List<GridCode> grids = new ArrayList<>();
  private final List<@Nullable String> gridNames = new ArrayList<>();
  private final List<BuildingCode> buildings = new ArrayList<>();

  Attachment(GridHierarchy base) {
    this.base = base;
  }

  /**
   * Adds a grid to its community.
   *
   * @param code the grid
   * @return this attachment
   */
  public Attachment grid(GridCode code) {
    grids.add(requireNonNull(code, "code"));
    gridNames.add(null);
    return this;
  }

  /**
   * Adds a named grid to its community.
   *
   * @param code the grid
   * @param name its name
   * @return this attachment
   */
  public Attachment grid(GridCode code, String name) {
    grids.add(requireNonNull(code, "code"));
    gridNames.add(requireNonNull(name, "name"));
    return this;
  }

  /**
   * Adds a building to its grid (already in the hierarchy or added here).
   *
   * @param code the building
   * @return this attachment
   */
  public Attachment building(BuildingCode code) {
    buildings.add(requireNonNull(code, "code"));
    return this;
  }

  /**
   * Checks every addition and makes the new hierarchy.
   *
   * @return the hierarchy with the additions
   * @throws InvalidValueException listing every violation, with paths {@code grids[i]} and
   *     {@code buildings[i]} (counted in this attachment)
   */
  public GridHierarchy build() {
    Violations v = Violations.of(Messages.TYPE);
    Skeleton sk = base.sk;
    Map<Integer, TreeMap<Integer, GridDraft>> touched = new HashMap<>();
    Map<Long, Integer> gridAt = new HashMap<>();
    for (int i = 0; i < grids.size(); i++) {
      GridCode g = grids.get(i);
      String path = "grids[" + i + "]";
      int s = sk.find(g.community().toLong());
      if (s < 0) {
        v.check(false, path + ".parent", g.community(), f(Messages.MISSING_PARENT, g.community()));
        continue;
      }
      if (sk.level[s] != HierarchyLevel.COMMUNITY.ordinal()) {
        v.check(
            false,
            path + ".parent",
            g.community(),
            f(Messages.GRID_PARENT_NOT_COMMUNITY, g, g.community(), HierarchyLevel.ofOrdinal(sk.level[s])));
        continue;
      }
      Integer prev = gridAt.putIfAbsent(g.toLong(), i);
      if (prev != null || base.blocks[s].findGrid(g.sequence()) >= 0) {
        v.check(false, path + ".code", g, f(Messages.DUPLICATE, prev != null ? "grids[" + prev + "]" : "the hierarchy"));
        continue;
      }
      drafts(touched, s).put(g.sequence(), new GridDraft(gridNames.get(i)));
    }
    for (int i = 0; i < buildings.size(); i++) {
      BuildingCode b = buildings.get(i);
      GridCode g = b.grid();
      String path = "buildings[" + i + "]";
      int s = sk.find(g.community().toLong());
      CommunityBlock blk = s < 0 ? CommunityBlock.EMPTY : base.blocks[s];
      int k = blk.findGrid(g.sequence());
      boolean newGrid = gridAt.containsKey(g.toLong());
      if (k < 0 && !newGrid) {
        v.check(false, path + ".parent", g, f(Messages.MISSING_PARENT, g));
        continue;
      }
      if (k >= 0 && blk.findBuilding(k, b.sequence()) >= 0) {
        v.check(false, path + ".code", b, f(Messages.DUPLICATE, "the hierarchy"));
        continue;
      }
      GridDraft d = drafts(touched, s).computeIfAbsent(g.sequence(), x -> new GridDraft(null));
      if (!d.added.add(b.sequence())) {
        v.check(false, path + ".code", b, f(Messages.DUPLICATE, "an earlier entry of this attachment"));
      }
    }
    v.throwIfAny();
    CommunityBlock[] blocks = base.blocks.clone();
    for (Map.Entry<Integer, TreeMap<Integer, GridDraft>> e : touched.entrySet()) {
      int s = e.getKey();
      List<Restructurings.GridSpec> specs = Restructurings.grids(base.blocks[s]);
      Map<Integer, Integer> index = new HashMap<>();
      for (int k = 0; k < specs.size(); k++) {
        index.put(specs.get(k).seq, k);
      }
      for (Map.Entry<Integer, GridDraft> g : e.getValue().entrySet()) {
        Integer k = index.get(g.getKey());
        short[] old = k == null ? new short[0] : specs.get(k).buildings;
        short[] merged = Arrays.copyOf(old, old.length + g.getValue().added.size());
        int j = old.length;
        for (int seq : g.getValue().added) {
          merged[j++] = (short) seq;
        }
        Arrays.sort(merged);
        @Nullable String name = k == null ? g.getValue().name : specs.get(k).name;
        Restructurings.GridSpec spec = new Restructurings.GridSpec(g.getKey(), name, merged);
        if (k == null) {
          specs.add(spec);
        } else {
          specs.set(k, spec);
        }
      }
      blocks[s] = Restructurings.block(specs);
    }
    return new GridHierarchy(sk, blocks);
  }

  private static TreeMap<Integer, GridDraft> drafts(Map<Integer, TreeMap<Integer, GridDraft>> touched, int s) {
    return touched.computeIfAbsent(s, x -> new TreeMap<>());
  }

  /** A grid receiving additions. */
  private static final class GridDraft {
    final @Nullable String name;
    final java.util.TreeSet<Integer> added = new java.util.TreeSet<>();

    GridDraft(@Nullable String name) {
      this.name = name;
    }
  }
}
