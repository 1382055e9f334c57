package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.validation.Violations;

/**
 * Multi-grid fusion (多网融合, 多格合一): several layers partitioning the same buildings give one
 * fused partition, the mapping from every layer grid to the fused grids, and a conflict report.
 *
 * <p>The fused partition is the common refinement of the layers: two buildings share a fused grid
 * exactly when every layer puts them in the same grid. It never merges what a layer separates,
 * so nothing is picked silently; where layers disagree (a layer grid is split by another layer,
 * or a building is missing from a layer) every building concerned is named in
 * {@link Result#conflicts()}. Fused grids are numbered 0001… per community, in order of their
 * first building. O(L · B log B) for L layers and B buildings.
 *
 * <pre>{@code
 * GridFusion.Result r = GridFusion.fuse(List.of(party, governance, cityManagement));
 * r.fusedGridOf(building);
 * r.conflicts(); // each building whose layers disagree, with every layer's grid
 * }</pre>
 */
public final class GridFusion {
  private GridFusion() {}

  /**
   * Fuses layers.
   *
   * @param layers at least one layer, names distinct
   * @return the fused partition, the mapping and the conflicts
   * @throws org.grassroots.governance.validation.InvalidValueException if there is no layer, two
   *     layers share a name, or a community would need more than 9999 fused grids
   */
  public static Result fuse(List<GridLayer> layers) {
    requireNonNull(layers, "layers");
    Violations v = Violations.of("GridFusion");
    v.check(!layers.isEmpty(), "layers", layers.size(), Messages.NO_LAYER);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < layers.size(); i++) {
      GridLayer l = requireNonNull(layers.get(i), "layers[" + i + "]");
      v.check(names.add(l.name()), "layers[" + i + "].name", l.name(), Messages.LAYER_NAME_TWICE);
    }
    v.throwIfAny();
    int n = layers.size();
    TreeSet<BuildingCode> all = new TreeSet<>();
    for (GridLayer l : layers) {
      all.addAll(l.gridOf().keySet());
    }
    // signature of a building: its grid in every layer (empty where a layer lacks it)
    Map<List<Optional<GridCode>>, List<BuildingCode>> classes = new HashMap<>();
    List<List<Optional<GridCode>>> order = new ArrayList<>();
    Map<BuildingCode, List<Optional<GridCode>>> sig = new HashMap<>();
    List<Map<GridCode, Integer>> gridSize = new ArrayList<>();
    for (GridLayer l : layers) {
      Map<GridCode, Integer> size = new HashMap<>();
      for (GridCode g : l.gridOf().values()) {
        size.merge(g, 1, Integer::sum);
      }
      gridSize.add(size);
    }
    for (BuildingCode b : all) {
      List<Optional<GridCode>> s = new ArrayList<>(n);
      for (GridLayer l : layers) {
        s.add(Optional.ofNullable(l.gridOf().get(b)));
      }
      List<Optional<GridCode>> key = List.copyOf(s);
      sig.put(b, key);
      classes.computeIfAbsent(key, k -> {
        order.add(k);
        return new ArrayList<>();
      }).add(b);
    }
    // number fused grids per community of their first building (classes are in building order)
    Map<DivisionCode, Integer> seq = new HashMap<>();
    TreeMap<GridCode, ImmutableSortedSet<BuildingCode>> fused = new TreeMap<>();
    Map<List<Optional<GridCode>>, GridCode> fusedOfClass = new HashMap<>();
    for (List<Optional<GridCode>> k : order) {
      List<BuildingCode> members = requireNonNull(classes.get(k), "class");
      DivisionCode community = members.get(0).grid().community();
      int s = seq.merge(community, 1, Integer::sum);
      if (s > 9999) {
        v.check(false, "layers", community, Messages.f(Messages.FUSED_FULL, community));
        v.throwIfAny();
      }
      GridCode g = GridCode.of(community, s);
      fused.put(g, ImmutableSortedSet.copyOf(members));
      fusedOfClass.put(k, g);
    }
    ImmutableSortedMap.Builder<BuildingCode, GridCode> fusedOf = ImmutableSortedMap.naturalOrder();
    List<Conflict> conflicts = new ArrayList<>();
    for (BuildingCode b : all) {
      List<Optional<GridCode>> k = requireNonNull(sig.get(b), "signature");
      fusedOf.put(b, requireNonNull(fusedOfClass.get(k), "fused"));
      int classSize = requireNonNull(classes.get(k), "class").size();
      boolean agree = true;
      for (int i = 0; i < n && agree; i++) {
        Optional<GridCode> g = k.get(i);
        agree = g.isPresent() && requireNonNull(gridSize.get(i).get(g.get()), "size") == classSize;
      }
      if (!agree) {
        ImmutableMap.Builder<String, Optional<GridCode>> byLayer = ImmutableMap.builder();
        for (int i = 0; i < n; i++) {
          byLayer.put(layers.get(i).name(), k.get(i));
        }
        conflicts.add(new Conflict(b, byLayer.buildOrThrow()));
      }
    }
    ImmutableMap.Builder<String, ImmutableSortedMap<GridCode, ImmutableSortedSet<GridCode>>> mapping =
        ImmutableMap.builder();
    for (int i = 0; i < n; i++) {
      TreeMap<GridCode, TreeSet<GridCode>> m = new TreeMap<>();
      for (Map.Entry<BuildingCode, GridCode> e : layers.get(i).gridOf().entrySet()) {
        GridCode f = requireNonNull(fusedOfClass.get(sig.get(e.getKey())), "fused");
        m.computeIfAbsent(e.getValue(), x -> new TreeSet<>()).add(f);
      }
      ImmutableSortedMap.Builder<GridCode, ImmutableSortedSet<GridCode>> mb = ImmutableSortedMap.naturalOrder();
      m.forEach((g, fs) -> mb.put(g, ImmutableSortedSet.copyOf(fs)));
      mapping.put(layers.get(i).name(), mb.buildOrThrow());
    }
    return new Result(ImmutableList.copyOf(layers),
        ImmutableSortedMap.copyOf(fused), fusedOf.buildOrThrow(), mapping.buildOrThrow(), ImmutableList.copyOf(conflicts));
  }

  /** A building whose layers disagree, with its grid in every layer (empty where missing). */
  public static final class Conflict {
    private final BuildingCode building;
    private final ImmutableMap<String, Optional<GridCode>> gridByLayer;

    Conflict(BuildingCode building, ImmutableMap<String, Optional<GridCode>> gridByLayer) {
      this.building = building;
      this.gridByLayer = gridByLayer;
    }

    /** The building. */
    public BuildingCode building() {
      return building;
    }

    /** Its grid in each layer, in layer order; empty where the layer lacks the building. */
    public ImmutableMap<String, Optional<GridCode>> gridByLayer() {
      return gridByLayer;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof Conflict
          && ((Conflict) o).building.equals(building)
          && ((Conflict) o).gridByLayer.equals(gridByLayer);
    }

    @Override
    public int hashCode() {
      return building.hashCode() * 31 + gridByLayer.hashCode();
    }

    @Override
    public String toString() {
      return "building " + building + " lies in " + gridByLayer;
    }
  }

  /**
   * The outcome of a fusion, with the layers it was computed from ({@link #fuse} of {@link
   * #layers()} gives it again). Immutable.
   */
  public static final class Result {
    private final ImmutableList<GridLayer> layers;
    private final ImmutableSortedMap<GridCode, ImmutableSortedSet<BuildingCode>> fusedGrids;
    private final ImmutableSortedMap<BuildingCode, GridCode> fusedGridOf;
    private final ImmutableMap<String, ImmutableSortedMap<GridCode, ImmutableSortedSet<GridCode>>> mapping;
    private final ImmutableList<Conflict> conflicts;

    Result(
        ImmutableList<GridLayer> layers,
        ImmutableSortedMap<GridCode, ImmutableSortedSet<BuildingCode>> fusedGrids,
        ImmutableSortedMap<BuildingCode, GridCode> fusedGridOf,
        ImmutableMap<String, ImmutableSortedMap<GridCode, ImmutableSortedSet<GridCode>>> mapping,
        ImmutableList<Conflict> conflicts) {
      this.layers = layers;
      this.fusedGrids = fusedGrids;
      this.fusedGridOf = fusedGridOf;
      this.mapping = mapping;
      this.conflicts = conflicts;
    }

    /** The layers fused, in the order given. */
    public ImmutableList<GridLayer> layers() {
      return layers;
    }

    /** The fused partition: fused grid → its buildings. */
    public ImmutableSortedMap<GridCode, ImmutableSortedSet<BuildingCode>> fusedGrids() {
      return fusedGrids;
    }

    /**
     * The fused grid of a building.
     *
     * @param building a building of some layer
     * @return its fused grid, empty if no layer has it
     */
    public Optional<GridCode> fusedGridOf(BuildingCode building) {
      return Optional.ofNullable(fusedGridOf.get(requireNonNull(building, "building")));
    }

    /** Layer name → (layer grid → the fused grids its buildings went to). */
    public ImmutableMap<String, ImmutableSortedMap<GridCode, ImmutableSortedSet<GridCode>>> mapping() {
      return mapping;
    }

    /**
     * The fused grids that the buildings of one layer grid went to.
     *
     * @param layer a layer's name
     * @param grid a grid of that layer
     * @return the fused grids, empty if the layer or grid is unknown
     */
    public ImmutableSortedSet<GridCode> fusedGridsOf(String layer, GridCode grid) {
      ImmutableSortedMap<GridCode, ImmutableSortedSet<GridCode>> m = mapping.get(requireNonNull(layer, "layer"));
      ImmutableSortedSet<GridCode> out = m == null ? null : m.get(requireNonNull(grid, "grid"));
      return out == null ? ImmutableSortedSet.of() : out;
    }

    /** Every building whose layers disagree, in building order. */
    public ImmutableList<Conflict> conflicts() {
      return conflicts;
    }
  }
}
