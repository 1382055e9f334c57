package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Lenient mode: an unknown property is skipped and recorded as a warning (in the list passed as
 * the read's {@link #ATTRIBUTE}) instead of failing the read.
 */
final class UnknownPropertyWarnings extends DeserializationProblemHandler {
  static final String ATTRIBUTE = "org.grassroots.governance.json.warnings";

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    Object sink = ctxt.getAttribute(ATTRIBUTE);
    if (!(sink instanceof List)) {
      return false; // not a lenient read of GovernanceJson: let Jackson fail
    }
    @SuppressWarnings("unchecked") // only GovernanceJson sets this attribute, to this type
    List<DocumentProblem> warnings = (List<DocumentProblem>) sink;
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    Collection<Object> known = deserializer.getKnownPropertyNames();
    warnings.add(
        DocumentProblem.of(
            c.pathAsPointer().toString(), null, ProblemTranslator.unknownRule(known)));
    p.skipChildren();
    return true;
  }
}
