package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.TreeMap;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.Violations;

/**
 * The result of a restructuring (整合撤并 / 科学拆分 / 楼栋调整): the new hierarchy and the mapping
 * from every old code that changed to its new code. Codes absent from the mapping are unchanged.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Restructured r = h.mergeCommunities(survivor, List.of(absorbed));
 * r.hierarchy();
 * r.map(oldGrid); // the grid's code in the survivor
 * }</pre>
 */
public final class Restructured {
  private final GridHierarchy hierarchy;
  private final ImmutableMap<NodeCode, NodeCode> mapping;

  Restructured(GridHierarchy hierarchy, ImmutableMap<NodeCode, NodeCode> mapping) {
    this.hierarchy = hierarchy;
    this.mapping = mapping;
  }

  /**
   * A restructuring result, e.g. read back from a report; the restructuring operations of
   * {@link GridHierarchy} make it.
   *
   * <pre>{@code
   * Restructured r = Restructured.of(newHierarchy, Map.of(oldGrid, newGrid));
   * }</pre>
   *
   * @param hierarchy the new hierarchy
   * @param mapping old code → new code for every node whose code changed: the new code is in
   *     the new hierarchy, differs from the old one and is of the same kind (division, grid or
   *     building)
   * @return the result, its mapping in old-code order
   * @throws org.grassroots.governance.validation.InvalidValueException naming every bad entry
   *     in old-code order (path {@code mapping[old]})
   */
  public static Restructured of(GridHierarchy hierarchy, Map<NodeCode, NodeCode> mapping) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(mapping, "mapping");
    Violations v = Violations.of("Restructured");
    TreeMap<NodeCode, NodeCode> sorted = new TreeMap<>();
    for (Map.Entry<NodeCode, NodeCode> e : mapping.entrySet()) {
      NodeCode old = requireNonNull(e.getKey(), "old");
      sorted.put(old, requireNonNull(e.getValue(), "mapping[" + old + "]"));
    }
    for (Map.Entry<NodeCode, NodeCode> e : sorted.entrySet()) {
      NodeCode old = e.getKey();
      NodeCode now = e.getValue();
      String path = "mapping[" + old + "]";
      v.check(!old.equals(now), path, now, Messages.MAPPING_UNCHANGED)
          .check(old.kind() == now.kind(), path, now, Messages.f(Messages.MAPPING_KIND, old.kind()))
          .check(hierarchy.contains(now), path, now, Messages.f(Messages.NOT_IN_HIERARCHY, now));
    }
    v.throwIfAny();
    return new Restructured(hierarchy, ImmutableMap.copyOf(sorted));
  }

  /** The new hierarchy. */
  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** Old code → new code, for every node whose code changed (in old-code order). */
  public ImmutableMap<NodeCode, NodeCode> mapping() {
    return mapping;
  }

  /**
   * Where an old node is now.
   *
   * @param old a code of the old hierarchy
   * @return its new code (itself if unchanged)
   */
  public NodeCode map(NodeCode old) {
    requireNonNull(old, "old");
    return mapping.getOrDefault(old, old);
  }
}
