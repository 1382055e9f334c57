package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.function.Function;
import org.grassroots.governance.evaluation.MeasureId;
import org.grassroots.governance.evaluation.Measurements;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * Reads {@link Measurements} from {@code {measure: {community: value}}} through its public
 * builder: measure ids and community codes through their {@code parse} factories, each value a
 * finite JSON number (a number too large for a {@code double} is refused at
 * {@code /<measure>/<community>}, the pointer escaping {@code /} and {@code ~} in ids).
 */
final class MeasurementsDeserializer extends StdDeserializer<Measurements> {
  private static final long serialVersionUID = 1L;

  MeasurementsDeserializer() {
    super(Measurements.class);
  }

  @Override
  public Measurements deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (Measurements) ctxt.handleUnexpectedToken(Measurements.class, p);
    }
    Measurements.Builder b = Measurements.builder();
    for (String m = p.nextFieldName(); m != null; m = p.nextFieldName()) {
      try {
        MeasureId measure = key(p, m, MeasureId::parse);
        if (p.nextToken() != JsonToken.START_OBJECT) {
          ctxt.handleUnexpectedToken(ctxt.constructType(java.util.Map.class), p);
        }
        for (String c = p.nextFieldName(); c != null; c = p.nextFieldName()) {
          try {
            DivisionCode community = key(p, c, DivisionCode::parse);
            JsonToken t = p.nextToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
              ctxt.handleUnexpectedToken(double.class, p);
            }
            double value = p.getDoubleValue();
            if (!Double.isFinite(value)) {
              throw ValueProblemException.of(p, p.getText(), JsonMessages.FINITE);
            }
            b.put(measure, community, value);
          } catch (JsonMappingException e) {
            throw JsonMappingException.wrapWithPath(e, Measurements.class, c);
          }
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, Measurements.class, m);
      }
    }
    return b.build();
  }

  private static <K> K key(JsonParser p, String text, Function<String, K> parse)
      throws JsonMappingException {
    try {
      return parse.apply(text);
    } catch (InvalidValueException e) {
      throw ValueProblemException.of(p, e);
    }
  }
}
