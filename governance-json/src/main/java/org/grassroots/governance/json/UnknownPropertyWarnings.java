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

  /** Where the warnings of one read go, and the parser reading the document. */
  static final class Sink {
    final List<DocumentProblem> warnings;
    final JsonParser parser;
    final String prefix;

    Sink(List<DocumentProblem> warnings, JsonParser parser, String prefix) {
      this.warnings = warnings;
      this.parser = parser;
      this.prefix = prefix;
    }
  }

  private static String trimLast(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    Object attribute = ctxt.getAttribute(ATTRIBUTE);
    if (!(attribute instanceof Sink)) {
      return false; // not a lenient read of GovernanceJson: let Jackson fail
    }
    Sink sink = (Sink) attribute;
    String base;
    if (p == sink.parser) {
      JsonStreamContext c = p.getParsingContext();
      JsonToken t = p.currentToken();
      if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
        c = c.getParent();
      }
      // the context's current name is the unknown property itself
      base = trimLast(c.pathAsPointer().toString());
    } else {
      // replayed from Jackson's buffer after a creator built the value: the reading parser is at
      // the end of that value, and its context points at the value
      JsonStreamContext c = sink.parser.getParsingContext();
      base = c.pathAsPointer().toString();
    }
    Collection<Object> known = deserializer.getKnownPropertyNames();
    sink.warnings.add(DocumentProblem.of(
        sink.prefix + base + "/" + Pointers.escape(propertyName), null,
        ProblemTranslator.unknownRule(known)));
    p.skipChildren();
    return true;
  }
}
