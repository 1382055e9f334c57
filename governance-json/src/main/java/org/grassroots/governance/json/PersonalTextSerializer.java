package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.governance.privacy.Masking;

/**
 * Writes a text that is personal data (a resident's name) masked with {@link Masking#mask}, or
 * whole when the write carries {@link WriteOptions#REVEAL_ATTRIBUTE}. A masked name reads back as
 * a (masked) name: masking loses information, so exchange whole names only with opted-in writes.
 */
final class PersonalTextSerializer extends StdSerializer<String> {
  private static final long serialVersionUID = 1L;

  PersonalTextSerializer() {
    super(String.class);
  }

  @Override
  public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    boolean reveal = Boolean.TRUE.equals(provider.getAttribute(WriteOptions.REVEAL_ATTRIBUTE));
    gen.writeString(reveal ? value : Masking.mask(value));
  }
}
