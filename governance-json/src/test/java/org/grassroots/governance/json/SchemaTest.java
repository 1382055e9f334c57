package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteStreams;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;

/** The JSON Schemas: shipped, published, and agreeing with the reader and the writer. */
class SchemaTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final List<String> SCHEMAS = List.of(
      "envelope.schema.json", "identifiers.schema.json", "organization-register.schema.json",
      "structure.schema.json", "community.schema.json", "agreement.schema.json",
      "matching.schema.json", "demand-list.schema.json", "resource-list.schema.json",
      "matching-problem.schema.json", "matching-result.schema.json", "scenario.schema.json",
      "hierarchy.schema.json", "matter.schema.json", "indicator-system.schema.json",
      "measurements.schema.json", "evaluation.schema.json",
      "dual-reporting.schema.json", "simulation-runs.schema.json");
  private static final List<String> VALID = List.of(
      "organization-register-empty.json", "organization-register-full.json",
      "organization-register-newer-minor.json");
  /** Invalid golden document and the pointer the reader names. */
  private static final Map<String, String> INVALID = ImmutableMap.<String, String>builder()
      .put("version-2.json", "/version")
      .put("missing-generated-at.json", "/generatedAt")
      .put("timestamp-without-offset.json", "/generatedAt")
      .put("unknown-envelope-property.json", "/x-extra")
      .put("bad-credit-code-shape.json", "/data/1/creditCode")
      .put("unknown-record-property.json", "/data/2/colour")
      .put("identifier-as-number.json", "/data/0/division")
      .put("wrong-kind.json", "/kind")
      .put("blank-name.json", "/data/1/name")
      .put("empty-id.json", "/data/0/id")
      .build();

  private static String resource(String path) {
    try (InputStream in = SchemaTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String golden(String folder, String name) {
    return resource("golden/" + folder + "/" + name);
  }

  @Test
  void schemas_areShippedInTheJar_andPublishedIdentically() throws IOException {
    Path published = Paths.get("..", "docs", "schema");
    for (String s : SCHEMAS) {
      String shipped = resource("/" + ExchangeFormat.SCHEMA_RESOURCES + s);
      assertTrue(shipped.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
      assertTrue(shipped.contains("\"$id\": \"" + ExchangeFormat.SCHEMA_BASE + s + "\""), s);
      assertArrayEquals(shipped.getBytes(StandardCharsets.UTF_8),
          Files.readAllBytes(published.resolve(s)), "docs/schema/" + s + " differs from the jar");
    }
  }

  @Test
  void validGoldenDocuments_validateAndRead() {
    for (String name : VALID) {
      String doc = golden("valid", name);
      List<Error> errors = Schemas.validate(OrganizationRegister.KIND, doc);
      assertTrue(errors.isEmpty(), name + ": " + errors);
      ImmutableList<OrganizationRecord> data = JSON.read(doc, OrganizationRegister.KIND).data();
      assertEquals(doc.split("\"id\"").length - 1, data.size(), name);
    }
  }

  @Test
  void invalidGoldenDocuments_areRefusedByTheSchemaAndTheReader() {
    for (Map.Entry<String, String> e : INVALID.entrySet()) {
      String doc = golden("invalid", e.getKey());
      assertFalse(Schemas.validate(OrganizationRegister.KIND, doc).isEmpty(),
          e.getKey() + " passes the schema");
      InvalidDocumentException x = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc, OrganizationRegister.KIND), e.getKey());
      assertEquals(e.getValue(), x.problems().get(0).pointer(), e.getKey() + ": " + x.getMessage());
    }
  }

  @Test
  void everyDocumentTheWriterProduces_validates() {
    qt().withExamples(150).forAll(Gens.recordLists(), Gens.timestamps()).checkAssert((l, t) -> {
      String doc = JSON.toJson(Envelope.of(OrganizationRegister.KIND, t, l)
          .withProfile("urn:example:profile"));
      List<Error> errors = Schemas.validate(OrganizationRegister.KIND, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      assertTrue(Schemas.validate("envelope.schema.json", doc).isEmpty());
    });
  }

  @Test
  void everyIdentifierTheWriterProduces_matchesItsDefinition() {
    checkIds("divisionCode", Gens.divisions());
    checkIds("gridCode", Gens.grids());
    checkIds("buildingCode", Gens.buildings());
    checkIds("nodeCode", Gens.nodes());
    checkIds("unifiedSocialCreditCode", Gens.creditCodes());
    checkIds("organizationCode", Gens.organizationCodes());
    checkIds("organizationId", Gens.organizationIds());
    checkIds("personId", Gens.personIds());
    checkIds("demandId", Gens.demandIds());
    checkIds("resourceId", Gens.resourceIds());
    checkIds("agreementId", Gens.agreementIds());
    checkIds("projectId", Gens.projectIds());
    checkIds("dutyId", Gens.idTexts().map(org.grassroots.governance.structure.DutyId::of));
    checkIds("taskId", Gens.idTexts().map(org.grassroots.governance.structure.TaskId::of));
    checkIds("commitmentId",
        Gens.idTexts().map(org.grassroots.governance.agreement.CommitmentId::of));
    checkIds("maskedCitizenIdNumber", Gens.citizenIds());
    checkIds("citizenIdNumberAsWritten", Gens.citizenIds());
    qt().withExamples(50).forAll(Gens.citizenIds()).checkAssert(id -> assertTrue(
        idSchemaErrors("citizenIdNumber", write(id, WriteOptions.revealPersonalData())).isEmpty()));
  }

  @Test
  void identifierDefinitions_refuseWrongShapes() {
    assertFalse(idSchemaErrors("divisionCode", "\"1101010010\"").isEmpty());
    assertFalse(idSchemaErrors("divisionCode", "110101001001").isEmpty());
    assertFalse(idSchemaErrors("unifiedSocialCreditCode", "\"91350100M000100Y4I\"").isEmpty());
    assertFalse(idSchemaErrors("organizationId", "\" padded\"").isEmpty());
    assertFalse(idSchemaErrors("organizationId", "\"a\\u0007b\"").isEmpty());
    assertFalse(idSchemaErrors("organizationId", "\"" + "x".repeat(129) + "\"").isEmpty());
    assertFalse(idSchemaErrors("maskedCitizenIdNumber", "\"11010519491231002X\"").isEmpty());
    assertTrue(idSchemaErrors("organizationId", "\"😀\"").isEmpty());
  }

  private static <T> void checkIds(String def, org.quicktheories.core.Gen<T> gen) {
    qt().withExamples(60).forAll(gen).checkAssert(v -> {
      String json = write(v, WriteOptions.defaults());
      List<Error> errors = idSchemaErrors(def, json);
      assertTrue(errors.isEmpty(), def + " " + json + ": " + errors);
    });
  }

  private static String write(Object v, WriteOptions options) {
    try {
      com.fasterxml.jackson.databind.ObjectWriter w = JSON.mapper().writer();
      if (options.revealsPersonalData()) {
        w = w.withAttribute(WriteOptions.REVEAL_ATTRIBUTE, Boolean.TRUE);
      }
      return w.writeValueAsString(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> idSchemaErrors(String def, String json) {
    // a tiny schema that refers to one definition of the shipped identifiers schema
    String schema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
        + "\"$ref\":\"" + ExchangeFormat.SCHEMA_BASE + "identifiers.schema.json#/$defs/" + def
        + "\"}";
    return ID_SCHEMAS.computeIfAbsent(def, d -> com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(ExchangeFormat.SCHEMA_BASE,
                "classpath:" + ExchangeFormat.SCHEMA_RESOURCES)))
        .getSchema(schema, com.networknt.schema.InputFormat.JSON))
        .validate(json, com.networknt.schema.InputFormat.JSON);
  }

  private static final Map<String, com.networknt.schema.Schema> ID_SCHEMAS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void citizenIdSample_isAValidId() {
    assertEquals(Fixtures.CITIZEN_ID, CitizenIdNumber.parse(Fixtures.CITIZEN_ID).reveal());
  }
}
