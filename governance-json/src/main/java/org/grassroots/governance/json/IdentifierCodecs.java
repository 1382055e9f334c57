package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.function.Function;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.MeasureUnit;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.id.TypedId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.privacy.Masking;
import org.grassroots.governance.privacy.PersonalData;
import org.grassroots.governance.structure.DutyId;
import org.grassroots.governance.structure.TaskId;
import org.grassroots.governance.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Identifiers as JSON strings: written in their canonical text, read through their public
 * {@code parse} factories (so every check runs), as values and as map keys. Personal data is
 * written masked unless the write opts in ({@link WriteOptions#revealPersonalData()}).
 */
final class IdentifierCodecs {
  private IdentifierCodecs() {}

  /** Registers every identifier type. To add one: one line here, one schema definition. */
  static void register(
      SimpleSerializers serializers,
      SimpleSerializers keySerializers,
      SimpleDeserializers deserializers,
      SimpleKeyDeserializers keyDeserializers) {
    Registrar r = new Registrar(serializers, keySerializers, deserializers, keyDeserializers);
    r.text(DivisionCode.class, DivisionCode::parse, DivisionCode::toString);
    r.text(GridCode.class, GridCode::parse, GridCode::toString);
    r.text(BuildingCode.class, BuildingCode::parse, BuildingCode::toString);
    r.text(NodeCode.class, NodeCode::parse, NodeCode::toString);
    r.text(UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::parse, Object::toString);
    r.text(OrganizationCode.class, OrganizationCode::parse, OrganizationCode::toString);
    r.text(OrganizationId.class, OrganizationId::parse, TypedId::value);
    r.text(PersonId.class, PersonId::parse, TypedId::value);
    r.text(DemandId.class, DemandId::parse, TypedId::value);
    r.text(ResourceId.class, ResourceId::parse, TypedId::value);
    r.text(AgreementId.class, AgreementId::parse, TypedId::value);
    r.text(ProjectId.class, ProjectId::parse, TypedId::value);
    r.text(org.grassroots.governance.deliberation.MatterId.class,
        org.grassroots.governance.deliberation.MatterId::parse, TypedId::value);
    r.text(DutyId.class, DutyId::parse, TypedId::value);
    r.text(TaskId.class, TaskId::parse, TypedId::value);
    r.text(CommitmentId.class, CommitmentId::parse, TypedId::value);
    r.text(MeasureUnit.class, MeasureUnit::of, MeasureUnit::symbol);
    r.personal(CitizenIdNumber.class, CitizenIdNumber::parse);
  }

  private static final class Registrar {
    private final SimpleSerializers serializers;
    private final SimpleSerializers keySerializers;
    private final SimpleDeserializers deserializers;
    private final SimpleKeyDeserializers keyDeserializers;

    Registrar(
        SimpleSerializers serializers,
        SimpleSerializers keySerializers,
        SimpleDeserializers deserializers,
        SimpleKeyDeserializers keyDeserializers) {
      this.serializers = serializers;
      this.keySerializers = keySerializers;
      this.deserializers = deserializers;
      this.keyDeserializers = keyDeserializers;
    }

    <T> void text(Class<T> type, Function<String, T> parse, Function<? super T, String> format) {
      serializers.addSerializer(type, new TextSerializer<>(type, format, false));
      keySerializers.addSerializer(type, new TextSerializer<>(type, format, true));
      deserializers.addDeserializer(type, new TextDeserializer<>(type, parse, false));
      keyDeserializers.addDeserializer(type, new TextKeyDeserializer<>(parse, false));
    }

    <T extends PersonalData> void personal(Class<T> type, Function<String, T> parse) {
      serializers.addSerializer(type, new PersonalSerializer<>(type, false));
      keySerializers.addSerializer(type, new PersonalSerializer<>(type, true));
      deserializers.addDeserializer(type, new TextDeserializer<>(type, parse, true));
      keyDeserializers.addDeserializer(type, new TextKeyDeserializer<>(parse, true));
    }
  }

  static final class TextSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<? super T, String> format;
    private final boolean key;

    TextSerializer(Class<T> type, Function<? super T, String> format, boolean key) {
      super(type);
      this.format = format;
      this.key = key;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      String text = format.apply(value);
      if (key) {
        gen.writeFieldName(text);
      } else {
        gen.writeString(text);
      }
    }
  }

  /** Writes personal data masked, or whole when the write carries the reveal attribute. */
  static final class PersonalSerializer<T extends PersonalData> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final boolean key;

    PersonalSerializer(Class<T> type, boolean key) {
      super(type);
      this.key = key;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      boolean reveal = Boolean.TRUE.equals(provider.getAttribute(WriteOptions.REVEAL_ATTRIBUTE));
      String text = reveal ? value.reveal() : value.masked();
      if (key) {
        gen.writeFieldName(text);
      } else {
        gen.writeString(text);
      }
    }
  }

  static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;
    private final boolean personal;

    TextDeserializer(Class<T> type, Function<String, T> parse, boolean personal) {
      super(type);
      this.parse = parse;
      this.personal = personal;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.OtherScalar;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING) {
        String shown = t != null && t.isScalarValue() ? p.getText() : null;
        if (shown != null && personal) {
          shown = Masking.mask(shown);
        }
        throw ValueProblemException.of(
            p, shown, JsonMessages.f(JsonMessages.IDENTIFIER_TEXT, describe(t)));
      }
      return parse(p, p.getText(), parse);
    }
  }

  static final class TextKeyDeserializer<T> extends KeyDeserializer {
    private final Function<String, T> parse;
    private final boolean personal;

    TextKeyDeserializer(Function<String, T> parse, boolean personal) {
      this.parse = parse;
      this.personal = personal;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      requireNonNull(key, "key");
      try {
        return parse(ctxt.getParser(), key, parse);
      } catch (ValueProblemException e) {
        // Jackson does not add the key to the path of a key's failure: add it here
        e.prependPath(new JsonMappingException.Reference(null, key));
        throw e;
      }
    }

    @Override
    public String toString() {
      return "TextKeyDeserializer(personal=" + personal + ")";
    }
  }

  private static <T> T parse(@Nullable JsonParser p, String text, Function<String, T> parse)
      throws ValueProblemException {
    try {
      return parse.apply(text);
    } catch (InvalidValueException e) {
      throw ValueProblemException.of(p, e);
    }
  }

  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case VALUE_STRING:
        return "a string";
      default:
        return t.name();
    }
  }
}
