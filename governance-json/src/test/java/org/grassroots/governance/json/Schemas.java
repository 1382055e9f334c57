package org.grassroots.governance.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates documents against the schemas shipped in the jar (networknt, draft 2020-12). */
public final class Schemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(ExchangeFormat.SCHEMA_BASE,
              "classpath:" + ExchangeFormat.SCHEMA_RESOURCES)));
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The schema with the given file name, e.g. {@code envelope.schema.json}. */
  public static Schema schema(String file) {
    return CACHE.computeIfAbsent(file,
        f -> REGISTRY.getSchema(SchemaLocation.of(ExchangeFormat.SCHEMA_BASE + f)));
  }

  /** The errors of a JSON text against a schema; empty when valid. */
  public static List<Error> validate(String file, String json) {
    return schema(file).validate(json, InputFormat.JSON);
  }

  /** The errors of a document against its kind's schema. */
  public static List<Error> validate(DocumentKind<?> kind, String json) {
    String id = kind.schemaId();
    return validate(id.substring(ExchangeFormat.SCHEMA_BASE.length()), json);
  }
}
