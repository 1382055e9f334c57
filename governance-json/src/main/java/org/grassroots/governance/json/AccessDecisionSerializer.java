package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.governance.structure.AccessDecision;

/**
 * Writes an {@link AccessDecision}: {@code accepted}, the {@code task}, then the admitting
 * {@code entry} (accepted) or the {@code reason} and its {@code message} (refused). Read by
 * {@link AccessDecisionForm}. Schema: {@code structure.schema.json} ({@code accessDecision}).
 */
final class AccessDecisionSerializer extends StdSerializer<AccessDecision> {
  private static final long serialVersionUID = 1L;

  AccessDecisionSerializer() {
    super(AccessDecision.class);
  }

  @Override
  public void serialize(AccessDecision d, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(d);
    gen.writeBooleanField("accepted", d.isAccepted());
    gen.writeFieldName("task");
    provider.defaultSerializeValue(d.task(), gen);
    if (d instanceof AccessDecision.Accepted) {
      gen.writeFieldName("entry");
      provider.defaultSerializeValue(((AccessDecision.Accepted) d).entry(), gen);
    } else {
      AccessDecision.Refused r = (AccessDecision.Refused) d;
      gen.writeStringField("reason", r.reason().name());
      gen.writeStringField("message", r.message());
    }
    gen.writeEndObject();
  }
}
