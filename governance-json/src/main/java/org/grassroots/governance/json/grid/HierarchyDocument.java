package org.grassroots.governance.json.grid;

import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.PartyOverlay;
import org.grassroots.governance.json.DocumentKind;

/**
 * The document kind {@code hierarchy} (网格化管理层级): {@code data} is one {@link GridHierarchy},
 * as three arrays in pre-order: {@code divisions} (code, parent, name, kind), {@code grids}
 * (code, optional name) and {@code buildings} (codes), and optionally {@code partyOverlay}, the
 * party organisation leading each node (党建引领: node, type, organization). Written node by node
 * as the tree is walked and read one entry at a time into {@link GridHierarchy#builder()}, which
 * checks every invariant (a refusal names the pointer, e.g. {@code /data/divisions/3/parent}); so
 * a national hierarchy never exists twice in memory.
 *
 * <p>Two views of the same kind: {@link #KIND} reads the hierarchy (an overlay present is checked,
 * then left out), {@link #WITH_PARTY_OVERLAY} reads and writes the {@link PartyOverlay} with its
 * hierarchy (a document without the section gives an empty overlay). Both are the kind {@code
 * hierarchy} and equal as kinds.
 *
 * <pre>{@code
 * json.write(out, Envelope.of(HierarchyDocument.KIND, OffsetDateTime.now(), hierarchy));
 * GridHierarchy h = json.read(in, HierarchyDocument.KIND).data();
 * json.write(out, Envelope.of(HierarchyDocument.WITH_PARTY_OVERLAY, now, overlay));
 * PartyOverlay o = json.read(in, HierarchyDocument.WITH_PARTY_OVERLAY).data();
 * o.coverage().gridsWithoutBranch();
 * }</pre>
 */
public final class HierarchyDocument {
  /** The document kind {@code hierarchy}; schema {@code hierarchy.schema.json}. */
  public static final DocumentKind<GridHierarchy> KIND =
      DocumentKind.of("hierarchy", GridHierarchy.class);

  /**
   * The same kind {@code hierarchy}, read and written as the {@link PartyOverlay} with its
   * hierarchy: the {@code partyOverlay} section is optional (absent: an empty overlay).
   */
  public static final DocumentKind<PartyOverlay> WITH_PARTY_OVERLAY =
      DocumentKind.of("hierarchy", PartyOverlay.class);

  private HierarchyDocument() {}
}
