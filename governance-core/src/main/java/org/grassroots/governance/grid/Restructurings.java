package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.grid.Messages.f;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Merge, split and move on the two-tier layout: the division skeleton is re-laid when divisions
 * appear or disappear (O(divisions)); only the touched community blocks are rebuilt; every other
 * block is the same object in both versions.
 */
final class Restructurings {
  private Restructurings() {}

  static final String RESTRUCTURING = "Restructuring";

  /** One grid of a block, detached for rebuilding. */
  static final class GridSpec {
    final int seq;
    final @Nullable String name;
    final short[] buildings;

    GridSpec(int seq, @Nullable String name, short[] buildings) {
      this.seq = seq;
      this.name = name;
      this.buildings = buildings;
    }
  }

  static List<GridSpec> grids(CommunityBlock b) {
    List<GridSpec> out = new ArrayList<>(b.grids());
    for (int k = 0; k < b.grids(); k++) {
      out.add(
          new GridSpec(
              b.gridSeq[k],
              b.gridName(k),
              Arrays.copyOfRange(b.buildingSeq, b.buildingStart[k], b.buildingStart[k + 1])));
    }
    return out;
  }

  static CommunityBlock block(List<GridSpec> grids) {
    if (grids.isEmpty()) {
      return CommunityBlock.EMPTY;
    }
    List<GridSpec> sorted = new ArrayList<>(grids);
    sorted.sort((x, y) -> Integer.compare(x.seq, y.seq));
    int n = sorted.size();
    int[] seq = new int[n];
    int[] start = new int[n + 1];
    @Nullable String @Nullable [] names = null;
    int total = 0;
    for (int k = 0; k < n; k++) {
      GridSpec g = sorted.get(k);
      seq[k] = g.seq;
      start[k] = total;
      total += g.buildings.length;
      if (g.name != null) {
        if (names == null) {
          names = new String[n];
        }
        names[k] = g.name;
      }
    }
    start[n] = total;
    short[] bs = new short[total];
    for (int k = 0; k < n; k++) {
      short[] src = sorted.get(k).buildings;
      System.arraycopy(src, 0, bs, start[k], src.length);
    }
    return new CommunityBlock(seq, start, bs, names);
  }

  private static int community(GridHierarchy h, DivisionCode code, String path, Violations v) {
    int s = h.sk.find(code.toLong());
    if (s < 0) {
      v.check(false, path, code, f(Messages.NOT_IN_HIERARCHY, code));
      return -1;
    }
    if (h.sk.level[s] != HierarchyLevel.COMMUNITY.ordinal()) {
      v.check(false, path, code, f(Messages.NOT_COMMUNITY, HierarchyLevel.ofOrdinal(h.sk.level[s])));
      return -1;
    }
    return s;
  }

  /** Re-lays the skeleton without {@code removed} and with {@code added} (code → name, parent). */
  private static GridHierarchy relay(
      GridHierarchy h,
      Set<Integer> removed,
      TreeMap<Long, String> addedNames,
      Map<Long, Integer> addedParent,
      Map<Integer, CommunityBlock> newBlocksOld,
      Map<Long, CommunityBlock> newBlocksAdded) {
    Skeleton sk = h.sk;
    int n = sk.size() - removed.size() + addedNames.size();
    long[] code = new long[n];
    int[] parentOld = new int[n]; // parent as old index, or -(new code list) resolved below
    long[] parentCode = new long[n];
    byte[] kind = new byte[n];
    String[] name = new String[n];
    CommunityBlock[] blocks = new CommunityBlock[n];
    int[] newIndexOfOld = new int[sk.size()];
    Arrays.fill(newIndexOfOld, -1);
    int i = 0;
    int s = 0;
    var added = addedNames.entrySet().iterator();
    Map.Entry<Long, String> next = added.hasNext() ? added.next() : null;
    while (s < sk.size() || next != null) {
      if (next == null || (s < sk.size() && sk.code[s] < next.getKey())) {
        if (!removed.contains(s)) {
          code[i] = sk.code[s];
          parentCode[i] = s == 0 ? -1 : sk.code[sk.parent[s]];
          kind[i] = sk.kind[s];
          name[i] = sk.name[s];
          blocks[i] = newBlocksOld.getOrDefault(s, h.blocks[s]);
          newIndexOfOld[s] = i;
          i++;
        }
        s++;
      } else {
        long c = next.getKey();
        code[i] = c;
        parentCode[i] = sk.code[requireNonNull(addedParent.get(c))];
        String nm = next.getValue();
        name[i] = nm;
        kind[i] = (byte) NodeKind.classify(Skeleton.division(c), nm).ordinal();
        blocks[i] = newBlocksAdded.getOrDefault(c, CommunityBlock.EMPTY);
        i++;
        next = added.hasNext() ? added.next() : null;
      }
    }
    int[] parent = new int[n];
    parent[0] = -1;
    for (int j = 1; j < n; j++) {
      parentOld[j] = Arrays.binarySearch(code, 0, n, parentCode[j]);
      parent[j] = parentCode[j] == 0 ? 0 : parentOld[j];
    }
    return new GridHierarchy(Skeleton.of(code, parent, kind, name), blocks);
  }

  static Restructured merge(GridHierarchy h, DivisionCode survivor, List<DivisionCode> absorbed) {
    requireNonNull(survivor, "survivor");
    requireNonNull(absorbed, "absorbed");
    Violations v = Violations.of(RESTRUCTURING);
    int sv = community(h, survivor, "survivor", v);
    Set<Integer> removed = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < absorbed.size(); i++) {
      DivisionCode a = requireNonNull(absorbed.get(i), "absorbed[" + i + "]");
      int s = community(h, a, "absorbed[" + i + "]", v);
      if (s < 0) {
        continue;
      }
      v.check(s != sv, "absorbed[" + i + "]", a, Messages.SAME_AS_SURVIVOR);
      v.check(removed.add(s) || s == sv, "absorbed[" + i + "]", a, Messages.LISTED_TWICE);
      if (s != sv) {
        order.add(s);
      }
    }
    v.throwIfAny();
    List<GridSpec> grids = grids(h.blocks[sv]);
    int max = grids.isEmpty() ? 0 : grids.get(grids.size() - 1).seq;
    ImmutableMap.Builder<NodeCode, NodeCode> mapping = ImmutableMap.builder();
    int needed = 0;
    for (int s : order) {
      needed += h.blocks[s].grids();
    }
    v.check(
        max + needed <= 9999,
        "absorbed",
        needed,
        f(Messages.TOO_MANY_GRIDS, max + needed));
    v.throwIfAny();
    for (int s : order) {
      DivisionCode old = Skeleton.division(h.sk.code[s]);
      mapping.put(NodeCode.of(old), NodeCode.of(survivor));
      for (GridSpec g : grids(h.blocks[s])) {
        int seq = ++max;
        GridCode og = GridCode.of(old, g.seq);
        GridCode ng = GridCode.of(survivor, seq);
        mapping.put(NodeCode.of(og), NodeCode.of(ng));
        for (short b : g.buildings) {
          mapping.put(NodeCode.of(BuildingCode.of(og, b)), NodeCode.of(BuildingCode.of(ng, b)));
        }
        grids.add(new GridSpec(seq, g.name, g.buildings));
      }
    }
    GridHierarchy out =
        relay(h, removed, new TreeMap<>(), Map.of(), Map.of(sv, block(grids)), Map.of());
    return new Restructured(out, sortedMap(mapping.buildOrThrow()));
  }

  static Restructured split(
      GridHierarchy h,
      DivisionCode community,
      Map<GridCode, DivisionCode> assignment,
      Map<DivisionCode, String> names) {
    requireNonNull(community, "community");
    requireNonNull(assignment, "assignment");
    requireNonNull(names, "names");
    Violations v = Violations.of(RESTRUCTURING);
    int cs = community(h, community, "community", v);
    v.throwIfAny();
    CommunityBlock b = h.blocks[cs];
    int parentS = h.sk.parent[cs];
    TreeMap<Long, List<GridSpec>> moved = new TreeMap<>();
    Set<Integer> movedSeq = new HashSet<>();
    for (Map.Entry<GridCode, DivisionCode> e : new TreeMap<>(assignment).entrySet()) {
      GridCode g = e.getKey();
      DivisionCode target = requireNonNull(e.getValue(), "assignment[" + g + "]");
      String path = "assignment[" + g + "]";
      int k = g.community().equals(community) ? b.findGrid(g.sequence()) : -1;
      if (k < 0) {
        v.check(false, path, g, f(Messages.NOT_A_GRID_OF, community));
        continue;
      }
      if (target.equals(community)) {
        continue;
      }
      boolean ok = true;
      if (target.codeLevel() != DivisionLevel.VILLAGE) {
        v.check(false, path, target, Messages.NEW_COMMUNITY_LEVEL);
        ok = false;
      } else if (h.sk.find(target.toLong()) >= 0) {
        v.check(false, path, target, Messages.NEW_COMMUNITY_EXISTS);
        ok = false;
      } else {
        long nearest = 0;
        for (int l = HierarchyLevel.STREET.ordinal(); l >= 0 && nearest == 0; l--) {
          long t = Skeleton.truncate(target.toLong(), HierarchyLevel.ofOrdinal(l));
          if (h.sk.find(t) >= 0) {
            nearest = t;
          }
        }
        if (nearest != h.sk.code[parentS]) {
          v.check(
              false,
              path,
              target,
              f(Messages.NEW_COMMUNITY_PARENT, Skeleton.division(h.sk.code[parentS]), community));
          ok = false;
        }
      }
      String name = names.get(target);
      if (name == null || name.isBlank()) {
        v.check(false, "names[" + target + "]", name, Messages.NEW_COMMUNITY_NAME);
        ok = false;
      }
      if (ok) {
        moved.computeIfAbsent(target.toLong(), x -> new ArrayList<>())
            .add(new GridSpec(g.sequence(), b.gridName(k), Arrays.copyOfRange(b.buildingSeq, b.buildingStart[k], b.buildingStart[k + 1])));
        movedSeq.add(g.sequence());
      }
    }
    v.throwIfAny();
    List<GridSpec> stay = new ArrayList<>();
    for (GridSpec g : grids(b)) {
      if (!movedSeq.contains(g.seq)) {
        stay.add(g);
      }
    }
    ImmutableMap.Builder<NodeCode, NodeCode> mapping = ImmutableMap.builder();
    TreeMap<Long, String> addedNames = new TreeMap<>();
    Map<Long, Integer> addedParent = new java.util.HashMap<>();
    Map<Long, CommunityBlock> addedBlocks = new java.util.HashMap<>();
    for (Map.Entry<Long, List<GridSpec>> e : moved.entrySet()) {
      DivisionCode target = Skeleton.division(e.getKey());
      List<GridSpec> renumbered = new ArrayList<>();
      int seq = 0;
      for (GridSpec g : e.getValue()) {
        seq++;
        GridCode og = GridCode.of(community, g.seq);
        GridCode ng = GridCode.of(target, seq);
        mapping.put(NodeCode.of(og), NodeCode.of(ng));
        for (short bs : g.buildings) {
          mapping.put(NodeCode.of(BuildingCode.of(og, bs)), NodeCode.of(BuildingCode.of(ng, bs)));
        }
        renumbered.add(new GridSpec(seq, g.name, g.buildings));
      }
      addedNames.put(e.getKey(), requireNonNull(names.get(target), "name"));
      addedParent.put(e.getKey(), parentS);
      addedBlocks.put(e.getKey(), block(renumbered));
    }
    GridHierarchy out =
        relay(h, Set.of(), addedNames, addedParent, Map.of(cs, block(stay)), addedBlocks);
    return new Restructured(out, sortedMap(mapping.buildOrThrow()));
  }

  static Restructured move(GridHierarchy h, BuildingCode building, GridCode target) {
    requireNonNull(building, "building");
    requireNonNull(target, "target");
    Violations v = Violations.of(RESTRUCTURING);
    long from = h.locate(NodeCode.of(building));
    v.check(from >= 0, "building", building, f(Messages.NOT_IN_HIERARCHY, building));
    long to = h.locate(NodeCode.of(target));
    v.check(to >= 0, "target", target, f(Messages.NOT_IN_HIERARCHY, target));
    v.check(!building.grid().equals(target), "target", target, Messages.SAME_GRID);
    v.throwIfAny();
    int sFrom = GridHierarchy.sOf(from);
    int sTo = GridHierarchy.sOf(to);
    List<GridSpec> fromGrids = grids(h.blocks[sFrom]);
    List<GridSpec> toGrids = sFrom == sTo ? fromGrids : grids(h.blocks[sTo]);
    int seq = 0;
    for (int k = 0; k < toGrids.size(); k++) {
      GridSpec g = toGrids.get(k);
      if (g.seq == target.sequence()) {
        seq = g.buildings.length == 0 ? 1 : g.buildings[g.buildings.length - 1] + 1;
        v.check(seq <= 9999, "target", target, Messages.GRID_FULL);
        v.throwIfAny();
        short[] nb = Arrays.copyOf(g.buildings, g.buildings.length + 1);
        nb[nb.length - 1] = (short) seq;
        toGrids.set(k, new GridSpec(g.seq, g.name, nb));
      }
    }
    for (int k = 0; k < fromGrids.size(); k++) {
      GridSpec g = fromGrids.get(k);
      if (g.seq == building.grid().sequence()) {
        short[] nb = new short[g.buildings.length - 1];
        int j = 0;
        for (short x : g.buildings) {
          if (x != building.sequence()) {
            nb[j++] = x;
          }
        }
        fromGrids.set(k, new GridSpec(g.seq, g.name, nb));
      }
    }
    CommunityBlock[] blocks = h.blocks.clone();
    blocks[sFrom] = block(fromGrids);
    blocks[sTo] = block(toGrids);
    GridHierarchy out = new GridHierarchy(h.sk, blocks);
    return new Restructured(
        out, ImmutableMap.of(NodeCode.of(building), NodeCode.of(BuildingCode.of(target, seq))));
  }

  private static ImmutableMap<NodeCode, NodeCode> sortedMap(ImmutableMap<NodeCode, NodeCode> m) {
    return ImmutableMap.copyOf(new TreeMap<>(m));
  }
}
