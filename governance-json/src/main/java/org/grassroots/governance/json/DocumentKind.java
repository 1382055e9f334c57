package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A kind of document (文档类型) and the Java type of its {@code data}: the value of the
 * envelope's {@code kind} property ({@code organization-register}, later {@code hierarchy},
 * {@code community}, {@code agreement}, {@code demand-list}, {@code resource-list},
 * {@code matching-problem}, {@code matching-result}, {@code scenario}, …).
 *
 * <p>A kind name is lower-case letters and digits in words joined by {@code -}. Each kind this
 * library defines has a JSON Schema, {@link #schemaId()}, shipped in the jar. Kinds whose data is
 * a list are {@link ListKind}s and can be streamed. Two kinds are equal when their names are.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentKind<Hierarchy> HIERARCHY = DocumentKind.of("hierarchy", Hierarchy.class);
 * ListKind<Demand> DEMANDS = DocumentKind.listOf("demand-list", Demand.class);
 * }</pre>
 *
 * @param <T> the type of the document's data
 */
public class DocumentKind<T> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_NAME_LENGTH = 64;

  private final String name;
  private final Function<TypeFactory, JavaType> type;

  DocumentKind(String name, Function<TypeFactory, JavaType> type) {
    this.name = checkName(name);
    this.type = type;
  }

  static String checkName(String name) {
    requireNonNull(name, "name");
    Violations.of("DocumentKind")
        .check(
            name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches(),
            "kind",
            name,
            JsonMessages.BAD_KIND)
        .throwIfAny();
    return name;
  }

  /**
   * A kind whose data is one value of a type.
   *
   * @param name the kind name, e.g. {@code hierarchy}
   * @param type the data type
   * @param <T> the data type
   * @return the kind
   * @throws InvalidValueException if the name is not a kind name
   */
  public static <T> DocumentKind<T> of(String name, Class<T> type) {
    requireNonNull(type, "type");
    return new DocumentKind<>(name, tf -> tf.constructType(type));
  }

  /**
   * A kind whose data is a value of a generic type.
   *
   * @param name the kind name
   * @param type the data type, e.g. {@code new TypeReference<Map<DivisionCode, Integer>>() {}}
   * @param <T> the data type
   * @return the kind
   * @throws InvalidValueException if the name is not a kind name
   */
  public static <T> DocumentKind<T> of(String name, TypeReference<T> type) {
    requireNonNull(type, "type");
    return new DocumentKind<>(name, tf -> tf.constructType(type));
  }

  /**
   * A kind whose data is a list of items, readable and writable one item at a time.
   *
   * @param name the kind name, e.g. {@code demand-list}
   * @param itemType the item type
   * @param <E> the item type
   * @return the kind
   * @throws InvalidValueException if the name is not a kind name
   */
  public static <E> ListKind<E> listOf(String name, Class<E> itemType) {
    return new ListKind<>(name, itemType);
  }

  /**
   * The kind name, the value of the envelope's {@code kind}.
   *
   * @return the name
   */
  public final String name() {
    return name;
  }

  /**
   * The {@code $id} of this kind's JSON Schema; the schema is in the jar under
   * {@link ExchangeFormat#SCHEMA_RESOURCES}{@code <name>.schema.json}.
   *
   * @return the schema id
   */
  public final String schemaId() {
    return ExchangeFormat.SCHEMA_BASE + name + ".schema.json";
  }

  final JavaType javaType(TypeFactory tf) {
    return type.apply(tf);
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o instanceof DocumentKind && ((DocumentKind<?>) o).name.equals(name);
  }

  @Override
  public final int hashCode() {
    return name.hashCode();
  }

  @Override
  public final String toString() {
    return name;
  }
}
