package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.HierarchyNode;
import org.grassroots.governance.id.NodeCode;

/**
 * Writes a {@link GridHierarchy} as {@code {divisions, grids, buildings}}, each in pre-order (a
 * parent before its children), node by node as the tree is walked: nothing but the generator's
 * buffer is held. Divisions carry code, parent (absent for a root), name and kind; grids code and
 * name (when named); buildings are bare codes (the code names the grid). Read by {@link
 * HierarchyDeserializer}. Schema: {@code hierarchy.schema.json}. {@link PartyOverlaySerializer}
 * writes the same arrays, then the optional {@code partyOverlay}.
 */
final class HierarchySerializer extends StdSerializer<GridHierarchy> {
  private static final long serialVersionUID = 1L;

  HierarchySerializer() {
    super(GridHierarchy.class);
  }

  @Override
  public void serialize(GridHierarchy h, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(h);
    writeFields(h, gen);
    gen.writeEndObject();
  }

  /** Writes the three arrays of a hierarchy into the current object. */
  static void writeFields(GridHierarchy h, JsonGenerator gen) throws IOException {
    gen.writeArrayFieldStart("divisions");
    for (NodeCode root : h.roots()) {
      for (Iterator<NodeCode> it = h.subtree(root).iterator(); it.hasNext(); ) {
        NodeCode code = it.next();
        if (code.kind() == NodeCode.Kind.DIVISION) {
          HierarchyNode n = h.node(code).orElseThrow();
          gen.writeStartObject();
          gen.writeStringField("code", code.toString());
          Optional<NodeCode> parent = n.parent();
          if (parent.isPresent()) {
            gen.writeStringField("parent", parent.get().toString());
          }
          gen.writeStringField("name", n.name().orElse(""));
          gen.writeStringField("kind", n.kind().name());
          gen.writeEndObject();
        }
      }
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("grids");
    for (NodeCode root : h.roots()) {
      for (Iterator<NodeCode> it = h.subtree(root).iterator(); it.hasNext(); ) {
        NodeCode code = it.next();
        if (code.kind() == NodeCode.Kind.GRID) {
          gen.writeStartObject();
          gen.writeStringField("code", code.toString());
          Optional<String> name = h.node(code).orElseThrow().name();
          if (name.isPresent()) {
            gen.writeStringField("name", name.get());
          }
          gen.writeEndObject();
        }
      }
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("buildings");
    for (NodeCode root : h.roots()) {
      for (Iterator<NodeCode> it = h.subtree(root).iterator(); it.hasNext(); ) {
        NodeCode code = it.next();
        if (code.kind() == NodeCode.Kind.BUILDING) {
          gen.writeString(code.toString());
        }
      }
    }
    gen.writeEndArray();
  }
}
