package org.grassroots.governance.json.grid;

import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.json.DocumentKind;

/**
 * The document kind {@code hierarchy} (网格化管理层级): {@code data} is one {@link GridHierarchy},
 * as three arrays in pre-order: {@code divisions} (code, parent, name, kind), {@code grids}
 * (code, optional name) and {@code buildings} (codes). Written node by node as the tree is walked
 * and read one entry at a time into {@link GridHierarchy#builder()}, which checks every invariant
 * (a refusal names the pointer, e.g. {@code /data/divisions/3/parent}); so a national hierarchy
 * never exists twice in memory.
 *
 * <pre>{@code
 * json.write(out, Envelope.of(HierarchyDocument.KIND, OffsetDateTime.now(), hierarchy));
 * GridHierarchy h = json.read(in, HierarchyDocument.KIND).data();
 * }</pre>
 */
public final class HierarchyDocument {
  /** The document kind {@code hierarchy}; schema {@code hierarchy.schema.json}. */
  public static final DocumentKind<GridHierarchy> KIND =
      DocumentKind.of("hierarchy", GridHierarchy.class);

  private HierarchyDocument() {}
}
