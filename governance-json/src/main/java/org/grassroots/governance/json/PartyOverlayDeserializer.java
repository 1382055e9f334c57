package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.grassroots.governance.grid.PartyOverlay;

/**
 * Reads a {@link PartyOverlay} from a {@code hierarchy} object: the hierarchy one entry at a time
 * into {@link org.grassroots.governance.grid.GridHierarchy#builder()}, then the {@code
 * partyOverlay} attachments into the public {@link PartyOverlay#builder}, which checks them all at
 * once (pointers {@code …/partyOverlay/2/type}, {@code …/partyOverlay/2/organization}). Without
 * the section the overlay is empty (no organisation leads any node).
 */
final class PartyOverlayDeserializer extends StdDeserializer<PartyOverlay> {
  private static final long serialVersionUID = 1L;

  PartyOverlayDeserializer() {
    super(PartyOverlay.class);
  }

  @Override
  public PartyOverlay deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (PartyOverlay) ctxt.handleUnexpectedToken(PartyOverlay.class, p);
    }
    return HierarchyDeserializer.read(p, ctxt, this, PartyOverlay.class).overlay();
  }
}
