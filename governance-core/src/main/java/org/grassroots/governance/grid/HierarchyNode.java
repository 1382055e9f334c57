package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one node of a {@link GridHierarchy} (层级节点): its code, level, kind, name and
 * parent. Immutable and thread-safe; made by {@link GridHierarchy#node(NodeCode)}.
 *
 * <pre>{@code
 * HierarchyNode n = hierarchy.node(NodeCode.parse("441900003000")).orElseThrow();
 * n.level();  // STREET
 * n.parent(); // Optional[441900000000], the city: Dongguan has no county level
 * }</pre>
 */
public final class HierarchyNode {
  private final NodeCode code;
  private final HierarchyLevel level;
  private final NodeKind kind;
  private final @Nullable String name;
  private final @Nullable NodeCode parent;
  private final int depth;

  HierarchyNode(
      NodeCode code,
      HierarchyLevel level,
      NodeKind kind,
      @Nullable String name,
      @Nullable NodeCode parent,
      int depth) {
    this.code = requireNonNull(code, "code");
    this.level = requireNonNull(level, "level");
    this.kind = requireNonNull(kind, "kind");
    this.name = name;
    this.parent = parent;
    this.depth = depth;
  }

  /** The node's code. */
  public NodeCode code() {
    return code;
  }

  /** The node's level. */
  public HierarchyLevel level() {
    return level;
  }

  /** The node's kind (regular, placeholder, functional zone, virtual community, XPCC unit). */
  public NodeKind kind() {
    return kind;
  }

  /** The published name; divisions always have one, grids may, buildings do not. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The parent, empty for a root (a province, or the top of a partial hierarchy). */
  public Optional<NodeCode> parent() {
    return Optional.ofNullable(parent);
  }

  /** The number of edges from the node's root (a province has depth 0). */
  public int depth() {
    return depth;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof HierarchyNode)) {
      return false;
    }
    HierarchyNode n = (HierarchyNode) o;
    return code.equals(n.code)
        && level == n.level
        && kind == n.kind
        && Objects.equals(name, n.name)
        && Objects.equals(parent, n.parent)
        && depth == n.depth;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, level, kind, name, parent, depth);
  }

  @Override
  public String toString() {
    return code + (name == null ? "" : " " + name) + " (" + level + (kind == NodeKind.REGULAR ? "" : ", " + kind) + ")";
  }
}
