package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.governance.matching.OptimalityGap;

/**
 * Writes an {@link OptimalityGap} as {@code {"weightedServedGap": 0.017, "costGap": 0.05}};
 * an infinite {@code costGap} (the optimum costs nothing, this result does not) is written as
 * {@code null}, since JSON has no infinity. Read by {@link OptimalityGapForm}.
 */
final class OptimalityGapSerializer extends StdSerializer<OptimalityGap> {
  private static final long serialVersionUID = 1L;

  OptimalityGapSerializer() {
    super(OptimalityGap.class);
  }

  @Override
  public void serialize(OptimalityGap g, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(g);
    gen.writeNumberField("weightedServedGap", g.weightedServedGap());
    if (Double.isInfinite(g.costGap())) {
      gen.writeNullField("costGap");
    } else {
      gen.writeNumberField("costGap", g.costGap());
    }
    gen.writeEndObject();
  }
}
