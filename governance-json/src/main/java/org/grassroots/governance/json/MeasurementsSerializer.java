package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import org.grassroots.governance.evaluation.MeasureId;
import org.grassroots.governance.evaluation.Measurements;
import org.grassroots.governance.id.DivisionCode;

/**
 * Writes {@link Measurements} as {@code {measure: {community: value}}}, measures by id and
 * communities by code; read by {@link MeasurementsDeserializer}. Schema: {@code
 * evaluation.schema.json#/$defs/measurements}.
 */
final class MeasurementsSerializer extends StdSerializer<Measurements> {
  private static final long serialVersionUID = 1L;

  MeasurementsSerializer() {
    super(Measurements.class);
  }

  @Override
  public void serialize(Measurements value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    for (MeasureId m : value.measures()) {
      gen.writeObjectFieldStart(m.value());
      for (Map.Entry<DivisionCode, Double> e : value.of(m).entrySet()) {
        gen.writeNumberField(e.getKey().toString(), e.getValue());
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }
}
