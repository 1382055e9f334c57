package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.QuantityUnit;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.matching.VulnerableGroup;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Demand} straight from the tokens into its public builder (no intermediate form
 * or tree), so the streaming reader of a large demand list does one pass per item; {@code build()}
 * still checks every invariant. Each property's value is read by the deserializer Jackson would
 * use for its type (resolved once per mapper), so the rules and messages are those of every other
 * value: identifiers through their {@code parse}, no scalar coercion, null elements refused at
 * their index. A required property that is missing or null, a repeated set element and a refused
 * value are reported with their pointers ({@code /data/3/quantity}); unknown properties go to the
 * context (an error, or a warning in lenient mode).
 */
final class DemandDeserializer extends StdDeserializer<Demand> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  /** The properties, in the written order. */
  static final ImmutableList<Object> PROPERTIES = ImmutableList.of("id", "category", "quantity",
      "unit", "urgency", "vulnerableGroups", "requiredSkills", "location", "window");

  private final transient @Nullable Resolved resolved;

  DemandDeserializer() {
    this(null);
  }

  private DemandDeserializer(@Nullable Resolved resolved) {
    super(Demand.class);
    this.resolved = resolved;
  }

  /** The value deserializers of the properties, resolved once per mapper. */
  private static final class Resolved {
    final JsonDeserializer<Object> id;
    final JsonDeserializer<Object> category;
    final JsonDeserializer<Object> quantity;
    final JsonDeserializer<Object> unit;
    final JsonDeserializer<Object> urgency;
    final JsonDeserializer<Object> groups;
    final JsonDeserializer<Object> skills;
    final JsonDeserializer<Object> location;
    final JsonDeserializer<Object> window;

    Resolved(DeserializationContext ctxt) throws JsonMappingException {
      id = find(ctxt, ctxt.constructType(DemandId.class));
      category = find(ctxt, ctxt.constructType(ServiceCategory.class));
      quantity = find(ctxt, ctxt.constructType(Integer.class));
      unit = find(ctxt, ctxt.constructType(QuantityUnit.class));
      urgency = find(ctxt, ctxt.constructType(Urgency.class));
      groups = find(ctxt,
          ctxt.getTypeFactory().constructCollectionType(List.class, VulnerableGroup.class));
      skills = find(ctxt, ctxt.getTypeFactory().constructCollectionType(List.class, String.class));
      location = find(ctxt, ctxt.constructType(NodeCode.class));
      window = find(ctxt, ctxt.constructType(TimeWindow.class));
    }

    private static JsonDeserializer<Object> find(DeserializationContext ctxt, JavaType type)
        throws JsonMappingException {
      return ctxt.findRootValueDeserializer(type);
    }
  }

  @Override
  public JsonDeserializer<?> createContextual(
      DeserializationContext ctxt, @Nullable BeanProperty property) throws JsonMappingException {
    return resolved != null ? this : new DemandDeserializer(new Resolved(ctxt));
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return PROPERTIES;
  }

  @Override
  public Demand deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Resolved r = resolved;
    if (r == null) {
      r = new Resolved(ctxt);
    }
    if (!p.isExpectedStartObjectToken()) {
      return (Demand) ctxt.handleUnexpectedToken(Demand.class, p);
    }
    Demand.Builder b = Demand.builder();
    boolean id = false;
    boolean category = false;
    boolean quantity = false;
    boolean unit = false;
    boolean location = false;
    List<VulnerableGroup> groups = List.of();
    List<String> skills = List.of();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      boolean known = true;
      try {
        switch (name) {
          case "id":
            b.id((DemandId) required(p, ctxt, r.id, t));
            id = true;
            break;
          case "category":
            b.category((ServiceCategory) required(p, ctxt, r.category, t));
            category = true;
            break;
          case "quantity":
            b.quantity((Integer) required(p, ctxt, r.quantity, t));
            quantity = true;
            break;
          case "unit":
            b.unit((QuantityUnit) required(p, ctxt, r.unit, t));
            unit = true;
            break;
          case "location":
            b.location(location(p, ctxt, r.location, t));
            location = true;
            break;
          case "urgency":
            if (t != JsonToken.VALUE_NULL) {
              b.urgency((Urgency) r.urgency.deserialize(p, ctxt));
            }
            break;
          case "vulnerableGroups":
            groups = t == JsonToken.VALUE_NULL ? List.of() : list(p, ctxt, r.groups);
            break;
          case "requiredSkills":
            skills = t == JsonToken.VALUE_NULL ? List.of() : list(p, ctxt, r.skills);
            break;
          case "window":
            if (t != JsonToken.VALUE_NULL) {
              b.window((TimeWindow) r.window.deserialize(p, ctxt));
            }
            break;
          default:
            known = false;
        }
      } catch (JsonMappingException e) {
        e.prependPath(Demand.class, name);
        throw e;
      }
      if (!known) {
        // the context names the property in its exception, or records a warning and skips it
        ctxt.handleUnknownProperty(p, this, Demand.class, name);
      }
    }
    try {
      if (!(id && category && quantity && unit && location) || groups.size() > 1
          || skills.size() > 1) {
        // the rare paths: collect every problem of the item at once
        Violations v = Violations.of("Demand")
            .check(id, "id", null, JsonMessages.REQUIRED)
            .check(category, "category", null, JsonMessages.REQUIRED)
            .check(quantity, "quantity", null, JsonMessages.REQUIRED)
            .check(unit, "unit", null, JsonMessages.REQUIRED)
            .check(location, "location", null, JsonMessages.REQUIRED);
        distinct(v, "vulnerableGroups", groups);
        distinct(v, "requiredSkills", skills);
        v.throwIfAny();
      }
      return b.vulnerableGroups(groups).requiredSkills(skills).build();
    } catch (InvalidValueException e) {
      throw ValueInstantiationException.from(p, "Invalid Demand", ctxt.constructType(Demand.class),
          e);
    }
  }

  /** The location: through the read's grid cache when it has one, else the ordinary parse. */
  private static NodeCode location(JsonParser p, DeserializationContext ctxt,
      JsonDeserializer<Object> d, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING && ctxt.getAttribute(NodeCodes.ATTRIBUTE) instanceof NodeCodes c) {
      NodeCode cached = c.lookup(p.getText());
      if (cached != null) {
        return cached;
      }
    }
    return (NodeCode) required(p, ctxt, d, t);
  }

  /** A required property's value; {@code null} is refused at the property. */
  private static Object required(JsonParser p, DeserializationContext ctxt,
      JsonDeserializer<Object> d, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      throw ValueProblemException.of(p, "null", JsonMessages.NOT_NULL);
    }
    return d.deserialize(p, ctxt);
  }

  @SuppressWarnings("unchecked") // the collection deserializer of List<E> returns a List<E>
  private static <E> List<E> list(JsonParser p, DeserializationContext ctxt,
      JsonDeserializer<Object> d) throws IOException {
    return (List<E>) d.deserialize(p, ctxt);
  }

  /** A set written as an array refuses a repeated element at its own index. */
  private static <E> void distinct(Violations v, String property, List<E> items) {
    if (items.size() < 2) {
      return;
    }
    Set<E> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      E item = items.get(i);
      if (!seen.add(item)) {
        v.add(Violation.of(property + "[" + i + "]", item, JsonMessages.REPEATED));
      }
    }
  }
}
