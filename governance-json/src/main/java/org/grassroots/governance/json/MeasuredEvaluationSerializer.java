package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.governance.evaluation.CommunityScore;
import org.grassroots.governance.json.evaluation.MeasuredEvaluation;

/**
 * Writes a {@link MeasuredEvaluation} as {@code {system, measurements, communities, scores, ranking, rollUp}};
 * read through {@link MeasuredEvaluationForm}. Schema: {@code evaluation.schema.json}.
 */
final class MeasuredEvaluationSerializer extends StdSerializer<MeasuredEvaluation> {
  private static final long serialVersionUID = 1L;

  MeasuredEvaluationSerializer() {
    super(MeasuredEvaluation.class);
  }

  @Override
  public void serialize(MeasuredEvaluation value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    provider.defaultSerializeField("system", value.evaluation().system(), gen);
    provider.defaultSerializeField("measurements", value.measurements(), gen);
    gen.writeArrayFieldStart("communities");
    for (CommunityScore s : value.evaluation().scores()) {
      gen.writeString(s.community().toString());
    }
    gen.writeEndArray();
    provider.defaultSerializeField("scores", value.evaluation().scores(), gen);
    provider.defaultSerializeField("ranking", value.evaluation().ranking(), gen);
    provider.defaultSerializeField("rollUp", value.rollUp(), gen);
    gen.writeEndObject();
  }
}
