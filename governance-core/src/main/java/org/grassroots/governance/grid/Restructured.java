package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import org.grassroots.governance.id.NodeCode;

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
