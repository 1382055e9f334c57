package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteStreams;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.grassroots.governance.agreement.AgreementStatus;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.MeasureUnit;
import org.grassroots.governance.agreement.Quantity;
import org.grassroots.governance.json.agreement.AgreementDocument;
import org.junit.jupiter.api.Test;

/** The {@code agreement} document kind: round trip, schema, golden documents, pointers. */
class AgreementDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  /** Invalid golden document, the pointer the reader names, whether the schema refuses it too. */
  private static final ImmutableList<Object[]> INVALID = ImmutableList.of(
      new Object[] {"quantity-without-unit.json", "/data/deliveries/0/quantity/unit", true},
      new Object[] {"negative-amount.json", "/data/deliveries/0/quantity/amount", true},
      new Object[] {"delivery-wrong-unit.json", "/data/deliveries/0/quantity/unit", false},
      new Object[] {"commitment-by-non-party.json",
          "/data/agreement/versions/3/content/commitments/1/by", false},
      new Object[] {"version-number-gap.json", "/data/agreement/versions/2/number", false},
      new Object[] {"delivery-before-activation.json", "/data/deliveries/1/date", false},
      new Object[] {"term-end-before-start.json", "/data/agreement/versions/0/content/term/end",
          false},
      new Object[] {"illegal-transition.json", "/data/agreement/versions/3/status", false});

  private static String golden(String folder, String name) {
    String path = "golden/agreement/" + folder + "/" + name;
    try (InputStream in = AgreementDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(Ledger l) {
    return JSON.toJson(Envelope.of(AgreementDocument.KIND, Fixtures.NOON, l));
  }

  @Test
  void ledger_roundTrips_andValidates() {
    qt().withExamples(100).forAll(AgreementGens.ledgers()).checkAssert(l -> {
      String doc = write(l);
      assertEquals(l, JSON.read(doc, AgreementDocument.KIND).data(), doc);
      List<Error> errors = Schemas.validate(AgreementDocument.KIND, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      try {
        assertEquals(l, PLAIN.readValue(PLAIN.writeValueAsString(l), Ledger.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void quantity_carriesItsUnit_andItsExactAmount() throws IOException {
    Quantity q = Quantity.of(new BigDecimal("0.1"), MeasureUnit.YUAN);
    String json = MAPPER.writeValueAsString(q);
    assertEquals("{\"amount\":0.1,\"unit\":\"CNY\"}", json);
    assertEquals(q, MAPPER.readValue(json, Quantity.class));
    Quantity big = MAPPER.readValue("{\"amount\":12345678901234567890.123456789,\"unit\":\"h\"}",
        Quantity.class);
    assertEquals(new BigDecimal("12345678901234567890.123456789"), big.amount());
    qt().withExamples(200).forAll(org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(seed -> {
          Quantity v = AgreementGens.quantity(new java.util.SplittableRandom(seed));
          try {
            assertEquals(v, MAPPER.readValue(MAPPER.writeValueAsString(v), Quantity.class));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void validGoldenDocuments_validateAndRead() {
    for (String name : List.of("agreement-full.json", "agreement-minimal.json")) {
      String doc = golden("valid", name);
      List<Error> errors = Schemas.validate(AgreementDocument.KIND, doc);
      assertTrue(errors.isEmpty(), name + ": " + errors);
      JSON.read(doc, AgreementDocument.KIND);
    }
    Ledger full = JSON.read(golden("valid", "agreement-full.json"), AgreementDocument.KIND).data();
    assertEquals(4, full.agreement().versions().size());
    assertEquals(AgreementStatus.ACTIVE, full.agreement().status());
    assertEquals(Quantity.of(150, MeasureUnit.HOUR),
        full.agreement().content().commitments().get(0).quantity());
    assertEquals(2, full.deliveries().size());
  }

  @Test
  void invalidGoldenDocuments_areRefusedAtTheirPointer() {
    for (Object[] row : INVALID) {
      String name = (String) row[0];
      String doc = golden("invalid", name);
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc, AgreementDocument.KIND), name);
      assertEquals(row[1], e.problems().get(0).pointer(), name + ": " + e.getMessage());
      if ((Boolean) row[2]) {
        assertFalse(Schemas.validate(AgreementDocument.KIND, doc).isEmpty(),
            name + " passes the schema");
      }
    }
  }

  /** One way of breaking a written ledger, and the pointer that must be named. */
  private record Breakage(String pointer, Consumer<ObjectNode> breakIt) {}

  private static List<Breakage> breakages(JsonNode data) {
    List<Breakage> b = new ArrayList<>();
    b.add(new Breakage("/data/agreement/versions/0/agreement",
        d -> ((ObjectNode) d.get("agreement").get("versions").get(0)).put("agreement", "OTHER")));
    b.add(new Breakage("/data/agreement/versions", d -> ((ObjectNode) d.get("agreement"))
        .putArray("versions")));
    b.add(new Breakage("/data/agreement/versions/0/content/parties",
        d -> ((ObjectNode) d.get("agreement").get("versions").get(0).get("content"))
            .putArray("parties")));
    b.add(new Breakage("/data/agreement/versions/0/content/community",
        d -> ((ObjectNode) d.get("agreement").get("versions").get(0).get("content"))
            .put("community", "420204000000")));
    b.add(new Breakage("/data/agreement/versions/0/terminationReason",
        d -> ((ObjectNode) d.get("agreement").get("versions").get(0)).put("status", "TERMINATED")
            .putNull("terminationReason")));
    JsonNode content0 = data.get("agreement").get("versions").get(0).get("content");
    if (content0.get("commitments").size() > 0) {
      b.add(new Breakage("/data/agreement/versions/0/content/commitments/0/quantity/unit",
          d -> ((ObjectNode) d.get("agreement").get("versions").get(0).get("content")
              .get("commitments").get(0).get("quantity")).put("unit", "a b")));
      b.add(new Breakage("/data/agreement/versions/0/content/commitments/0/description",
          d -> ((ObjectNode) d.get("agreement").get("versions").get(0).get("content")
              .get("commitments").get(0)).put("description", "  ")));
    }
    if (content0.get("obligations").size() > 0) {
      b.add(new Breakage("/data/agreement/versions/0/content/obligations/0/count",
          d -> ((ObjectNode) d.get("agreement").get("versions").get(0).get("content")
              .get("obligations").get(0)).put("count", 0)));
    }
    if (data.get("deliveries").size() > 0) {
      b.add(new Breakage("/data/deliveries/0/commitment",
          d -> ((ObjectNode) d.get("deliveries").get(0)).put("commitment", "NO-SUCH")));
      b.add(new Breakage("/data/deliveries/0/quantity",
          d -> ((ObjectNode) d.get("deliveries").get(0).get("quantity"))
              .put("amount", new BigDecimal("1e9"))));
    }
    if (data.get("events").size() > 0) {
      b.add(new Breakage("/data/events/0/date",
          d -> ((ObjectNode) d.get("events").get(0)).put("date", "1990-01-01")));
    }
    return b;
  }

  @Test
  void brokenLedger_isRefusedAtItsPointer() {
    qt().withExamples(50).forAll(AgreementGens.ledgers()).checkAssert(l -> {
      String doc = write(l);
      try {
        for (Breakage b : breakages(MAPPER.readTree(doc).get("data"))) {
          ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
          b.breakIt().accept((ObjectNode) tree.get("data"));
          String broken = tree.toString();
          InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
              () -> JSON.read(broken, AgreementDocument.KIND), b.pointer());
          assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(b.pointer())),
              b.pointer() + " not named: " + e.getMessage());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void schemaEnums_listEveryConstantOfTheJavaEnums() throws IOException {
    JsonNode defs;
    try (InputStream in = AgreementDocumentTest.class.getResourceAsStream(
        "/" + ExchangeFormat.SCHEMA_RESOURCES + "agreement.schema.json")) {
      defs = MAPPER.readTree(in).get("$defs");
    }
    String a = "org.grassroots.governance.agreement.";
    Map<String, String> enums = ImmutableMap.<String, String>builder()
        .put("agreementForm", a + "AgreementForm").put("agreementStatus", a + "AgreementStatus")
        .put("partyRole", a + "PartyRole").put("commitmentKind", a + "CommitmentKind")
        .put("cadence", a + "Cadence").put("obligationKind", a + "ObligationKind")
        .put("listKind", a + "ListKind").buildOrThrow();
    for (Map.Entry<String, String> e : enums.entrySet()) {
      List<String> listed = new ArrayList<>();
      defs.get(e.getKey()).get("enum").forEach(n -> listed.add(n.asText()));
      List<String> constants = new ArrayList<>();
      try {
        for (Object c : Class.forName(e.getValue()).getEnumConstants()) {
          constants.add(((Enum<?>) c).name());
        }
      } catch (ClassNotFoundException x) {
        throw new AssertionError(x);
      }
      assertEquals(constants, listed, e.getKey());
    }
  }
}
