package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.governance.json.matching.SolvedProblem;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.PreferenceOrders;

/**
 * Writes a {@link SolvedProblem} as {@code {algorithm, problem, preferences, allocations,
 * unmatched, metrics}} ({@code preferences} only when orders were supplied); it is read through {@link SolvedProblemForm}. Schema: {@code
 * matching-result.schema.json}.
 */
final class SolvedProblemSerializer extends StdSerializer<SolvedProblem> {
  private static final long serialVersionUID = 1L;

  SolvedProblemSerializer() {
    super(SolvedProblem.class);
  }

  @Override
  public void serialize(SolvedProblem value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    MatchingAlgorithm.Result r = value.result();
    gen.writeStartObject(value);
    gen.writeStringField("algorithm", r.algorithm());
    provider.defaultSerializeField("problem", value.problem(), gen);
    PreferenceOrders orders = value.preferences();
    if (!orders.byDemand().isEmpty() || !orders.byResource().isEmpty()) {
      provider.defaultSerializeField("preferences", orders, gen);
    }
    provider.defaultSerializeField("allocations", r.allocations(), gen);
    provider.defaultSerializeField("unmatched", r.unmatched(), gen);
    provider.defaultSerializeField("metrics", r.metrics(), gen);
    gen.writeEndObject();
  }
}
