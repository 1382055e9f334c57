package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import org.grassroots.governance.grid.PartyOverlay;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;

/**
 * Writes a {@link PartyOverlay} as its hierarchy ({@code divisions}, {@code grids}, {@code
 * buildings}, as {@link HierarchySerializer} does) followed by {@code partyOverlay}: one {@code
 * {"node", "type", "organization"}} per led node, in code order (so an ancestor's organisation
 * comes before its descendants'). Node by node: nothing but the generator's buffer is held. Read
 * by {@link PartyOverlayDeserializer}. Schema: {@code hierarchy.schema.json}.
 */
final class PartyOverlaySerializer extends StdSerializer<PartyOverlay> {
  private static final long serialVersionUID = 1L;

  PartyOverlaySerializer() {
    super(PartyOverlay.class);
  }

  @Override
  public void serialize(PartyOverlay o, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(o);
    HierarchySerializer.writeFields(o.hierarchy(), gen);
    gen.writeArrayFieldStart("partyOverlay");
    for (Map.Entry<NodeCode, OrganizationId> e : o.organizations().entrySet()) {
      gen.writeStartObject();
      gen.writeStringField("node", e.getKey().toString());
      gen.writeStringField("type", o.typeAt(e.getKey()).orElseThrow().name());
      gen.writeStringField("organization", e.getValue().value());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
