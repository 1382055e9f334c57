package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.function.Function;
import org.grassroots.governance.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a core value type whose public static factories do not take every property: Jackson
 * binds the properties to a package-private form (a record with a {@code @JsonCreator}
 * constructor, required and explicit names), and the form builds the value through the type's
 * public {@code builder()}, the path Java callers use, so {@code build()} checks every invariant.
 * Jackson never sees the generated class. A refused value becomes a {@link
 * ValueInstantiationException} whose cause is the core {@link InvalidValueException}, so the
 * reader maps its violation paths to JSON pointers under the value's own pointer.
 *
 * @param <T> the value type
 * @param <F> the form
 */
final class FormDeserializer<T, F> extends StdDeserializer<T> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final Class<F> formType;
  private final transient Function<F, T> build;

  /** The form's deserializer, resolved once per mapper by {@link #createContextual}. */
  private final transient @Nullable JsonDeserializer<?> formDeserializer;

  FormDeserializer(Class<T> type, Class<F> formType, Function<F, T> build) {
    this(type, formType, build, null);
  }

  private FormDeserializer(Class<T> type, Class<F> formType, Function<F, T> build,
      @Nullable JsonDeserializer<?> formDeserializer) {
    super(requireNonNull(type, "type"));
    this.formType = requireNonNull(formType, "formType");
    this.build = requireNonNull(build, "build");
    this.formDeserializer = formDeserializer;
  }

  @Override
  @SuppressWarnings("unchecked") // handledType() is the Class<T> given to the constructor
  public JsonDeserializer<?> createContextual(
      DeserializationContext ctxt, @Nullable BeanProperty property) throws JsonMappingException {
    if (formDeserializer != null) {
      return this;
    }
    return new FormDeserializer<>((Class<T>) handledType(), formType, build,
        ctxt.findRootValueDeserializer(ctxt.constructType(formType)));
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonDeserializer<?> d = formDeserializer;
    F form = d == null ? ctxt.readValue(p, formType) : formType.cast(d.deserialize(p, ctxt));
    try {
      return build.apply(form);
    } catch (InvalidValueException e) {
      throw ValueInstantiationException.from(
          p, "Invalid " + handledType().getSimpleName(), ctxt.constructType(handledType()), e);
    } catch (RuntimeException e) {
      // not expected (the forms check nulls first); still a Jackson exception, never a bare one
      throw ValueInstantiationException.from(p,
          "Cannot build " + handledType().getSimpleName() + " (" + e.getClass().getSimpleName()
              + ")", ctxt.constructType(handledType()), e);
    }
  }
}
