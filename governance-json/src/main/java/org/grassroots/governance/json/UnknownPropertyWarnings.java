package org.grassroots.governance.json;

import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * Unknown properties. Lenient mode: an unknown property is skipped and recorded as a warning (in
 * the list passed as the read's {@link #ATTRIBUTE}) instead of failing the read. Strict mode: the
 * read fails, naming the properties the value does have (creator parameters included).
 */
final class UnknownPropertyWarnings extends DeserializationProblemHandler {
  static final String ATTRIBUTE = "org.grassroots.governance.json.warnings";

  private final boolean lenient;

  UnknownPropertyWarnings(ReadMode mode) {
    this.lenient = mode == ReadMode.LENIENT;
  }

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

  /**
   * The properties a value reads: the parameters of its properties-based creator (a value read
   * through its static factory has no other properties) and Jackson's own list. Properties left
   * after the creator built the value are replayed by Jackson against the generated class, which
   * reads nothing itself: the names are then those of the abstract type it implements.
   */
  static Collection<Object> knownNames(
      JsonDeserializer<?> deserializer, Object beanOrClass, DeserializationContext ctxt)
      throws IOException {
    Set<Object> names = new LinkedHashSet<>();
    addNames(deserializer, ctxt, names);
    if (names.isEmpty() && !(beanOrClass instanceof Class)) {
      Class<?> parent = beanOrClass.getClass().getSuperclass();
      if (parent != null && parent != Object.class) {
        addNames(ctxt.findRootValueDeserializer(ctxt.constructType(parent)), ctxt, names);
      }
    }
    return new ArrayList<>(names);
  }

  private static void addNames(
      JsonDeserializer<?> deserializer, DeserializationContext ctxt, Set<Object> names) {
    if (deserializer instanceof BeanDeserializerBase) {
      ValueInstantiator vi = ((BeanDeserializerBase) deserializer).getValueInstantiator();
      if (vi.canCreateFromObjectWith()) {
        SettableBeanProperty[] args = vi.getFromObjectArguments(ctxt.getConfig());
        if (args != null) {
          for (SettableBeanProperty a : args) {
            names.add(a.getName());
          }
        }
      }
    }
    Collection<Object> own = deserializer.getKnownPropertyNames();
    if (own != null) {
      names.addAll(own);
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
    if (!lenient || !(attribute instanceof Sink)) {
      // a strict read: fail as Jackson would, but naming every property the value has
      throw UnrecognizedPropertyException.from(
          p, beanOrClass, propertyName, knownNames(deserializer, beanOrClass, ctxt));
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
    Collection<Object> known = knownNames(deserializer, beanOrClass, ctxt);
    sink.warnings.add(DocumentProblem.of(
        sink.prefix + base + "/" + Pointers.escape(propertyName), null,
        ProblemTranslator.unknownRule(known)));
    p.skipChildren();
    return true;
  }
}
