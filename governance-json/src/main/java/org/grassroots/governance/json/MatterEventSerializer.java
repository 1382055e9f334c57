package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.governance.deliberation.MatterEvent;
import org.grassroots.governance.deliberation.Meeting;
import org.grassroots.governance.deliberation.Publication;
import org.grassroots.governance.deliberation.SendBack;
import org.grassroots.governance.deliberation.Withdrawal;
import org.grassroots.governance.id.PersonId;

/**
 * Writes a {@link MatterEvent} with its {@code type} ({@code MEETING}, {@code PUBLICATION},
 * {@code WITHDRAWAL}, {@code SEND_BACK}) first, then its own properties; read through {@link
 * MatterEventForm}. Schema: {@code matter.schema.json}.
 */
final class MatterEventSerializer extends StdSerializer<MatterEvent> {
  private static final long serialVersionUID = 1L;

  MatterEventSerializer() {
    super(MatterEvent.class);
  }

  @Override
  public void serialize(MatterEvent e, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(e);
    gen.writeStringField("type", MatterEventForm.Type.of(e).name());
    gen.writeStringField("date", e.date().toString());
    if (e instanceof Meeting) {
      Meeting m = (Meeting) e;
      gen.writeStringField("step", m.meetingStep().name());
      provider.defaultSerializeField("body", m.body(), gen);
      gen.writeArrayFieldStart("attendees");
      for (PersonId p : m.attendees()) {
        gen.writeString(p.value());
      }
      gen.writeEndArray();
      provider.defaultSerializeField("tally", m.tally(), gen);
      if (m.minutes().isPresent()) {
        gen.writeStringField("minutes", m.minutes().get());
      }
    } else if (e instanceof Publication) {
      Publication p = (Publication) e;
      gen.writeStringField("step", p.publicationStep().name());
      gen.writeStringField("channel", p.channel());
      gen.writeStringField("summary", p.summary());
      if (p.until().isPresent()) {
        gen.writeStringField("until", p.until().get().toString());
      }
    } else if (e instanceof Withdrawal) {
      Withdrawal w = (Withdrawal) e;
      gen.writeStringField("reason", w.reason());
      if (w.by().isPresent()) {
        gen.writeStringField("by", w.by().get().value());
      }
    } else {
      SendBack s = (SendBack) e;
      gen.writeStringField("to", s.to().name());
      gen.writeStringField("reason", s.reason());
    }
    gen.writeEndObject();
  }
}
