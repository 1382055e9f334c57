package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.io.ByteStreams;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.agreement.Fulfilment;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.MemberSummary;
import org.grassroots.governance.agreement.UnitSummary;
import org.grassroots.governance.json.agreement.DualReportingDocument;
import org.junit.jupiter.api.Test;

/**
 * The {@code dual-reporting} document kind (round trip, schema, golden documents, pointers) and
 * the plain-module binding of its summaries and of {@link Fulfilment}.
 */
class DualReportingDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  /** Invalid golden document, the pointer the reader names, whether the schema refuses it too. */
  private static final ImmutableList<Object[]> INVALID = ImmutableList.of(
      new Object[] {"unit-report-before-signing.json", "/data/unitReports/0/date", false},
      new Object[] {"service-before-report.json", "/data/services/1/person", false},
      new Object[] {"residence-outside-community.json", "/data/memberReports/1/residence",
          false},
      new Object[] {"hours-above-24.json", "/data/services/0/hours", true},
      new Object[] {"unknown-agreement.json", "/data/unitReports/0/agreement", false},
      new Object[] {"repeated-skill.json", "/data/memberReports/0/skills/1", true});

  private static String golden(String name) {
    String path = "golden/agreement/dual-reporting/" + name;
    try (InputStream in = DualReportingDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(DualReporting r) {
    return JSON.toJson(Envelope.of(DualReportingDocument.KIND, Fixtures.NOON, r));
  }

  private static <T> T plainRoundTrip(T value, Class<T> type) {
    try {
      return PLAIN.readValue(PLAIN.writeValueAsString(value), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void register_roundTrips_andValidates() {
    qt().withExamples(60).forAll(AgreementGens.registers()).checkAssert(r -> {
      String doc = write(r);
      assertEquals(r, JSON.read(doc, DualReportingDocument.KIND).data(), doc);
      List<Error> errors = Schemas.validate(DualReportingDocument.KIND, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      assertEquals(r, plainRoundTrip(r, DualReporting.class));
    });
  }

  @Test
  void summaries_roundTripThroughTheirFactories() {
    LocalDate from = LocalDate.of(2021, 1, 1);
    LocalDate to = LocalDate.of(2021, 12, 31);
    qt().withExamples(60).forAll(AgreementGens.registers()).checkAssert(r -> {
      for (MemberSummary s : r.memberSummaries(from, to)) {
        assertEquals(s, plainRoundTrip(s, MemberSummary.class));
      }
      for (UnitSummary s : r.unitSummaries(from, to)) {
        assertEquals(s, plainRoundTrip(s, UnitSummary.class));
      }
    });
  }

  @Test
  void fulfilment_roundTrips_andRefusesAnotherUnit() throws IOException {
    qt().withExamples(60).forAll(AgreementGens.ledgers()).checkAssert(l -> {
      for (var k : l.agreement().content().commitments()) {
        Fulfilment f = l.fulfilment(k.id()).orElseThrow();
        assertEquals(f, plainRoundTrip(f, Fulfilment.class));
      }
    });
    String agreement;
    try (InputStream in = DualReportingDocumentTest.class.getResourceAsStream(
        "golden/agreement/valid/agreement-full.json")) {
      assertNotNull(in);
      agreement = new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    }
    Ledger l = JSON.read(agreement,
        org.grassroots.governance.json.agreement.AgreementDocument.KIND).data();
    Fulfilment f = l.fulfilment(l.agreement().content().commitments().get(0).id()).orElseThrow();
    ObjectNode tree = (ObjectNode) PLAIN.readTree(PLAIN.writeValueAsString(f));
    ((ObjectNode) tree.get("delivered")).put("unit", "other-unit");
    com.fasterxml.jackson.databind.exc.ValueInstantiationException e = assertThrows(
        com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
        () -> PLAIN.treeToValue(tree, Fulfilment.class));
    assertTrue(String.valueOf(e.getMessage()).contains("delivered.unit"), e.getMessage());
  }

  @Test
  void summaryInvariants_areRefused() {
    String member = "{\"person\":\"P-1\",\"community\":\"420204004005\",\"unit\":\"U-1\","
        + "\"identityShown\":true,\"skills\":[],\"postsClaimed\":0,\"services\":1,\"hours\":-1}";
    assertThrows(IOException.class, () -> PLAIN.readValue(member, MemberSummary.class));
    String unit = "{\"unit\":\"U-1\",\"reportedTo\":[\"420204004005\"],\"membersReported\":1,"
        + "\"membersServing\":2,\"hours\":3,\"postsClaimed\":0}";
    assertThrows(IOException.class, () -> PLAIN.readValue(unit, UnitSummary.class));
    assertEquals(2, assertDoesNotThrow(() -> PLAIN.readValue(
        unit.replace("\"membersServing\":2", "\"membersServing\":1")
            .replace("\"membersReported\":1", "\"membersReported\":2"), UnitSummary.class))
        .membersReported());
  }

  private static <T> T assertDoesNotThrow(java.util.concurrent.Callable<T> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void validGoldenDocument_validatesAndReads() {
    String doc = golden("dual-reporting.json");
    List<Error> errors = Schemas.validate(DualReportingDocument.KIND, doc);
    assertTrue(errors.isEmpty(), errors.toString());
    DualReporting r = JSON.read(doc, DualReportingDocument.KIND).data();
    assertEquals(2, r.memberReports().size());
    List<UnitSummary> units = r.unitSummaries(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertEquals(1, units.size());
    assertEquals(2, units.get(0).membersReported());
    assertEquals(2, units.get(0).membersServing());
    assertEquals(0, new BigDecimal("6.5").compareTo(units.get(0).hours()));
  }

  @Test
  void invalidGoldenDocuments_areRefusedAtTheirPointer() {
    for (Object[] row : INVALID) {
      String name = (String) row[0];
      String doc = golden(name);
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc, DualReportingDocument.KIND), name);
      assertEquals(row[1], e.problems().get(0).pointer(), name + ": " + e.getMessage());
      assertEquals((Boolean) row[2], !Schemas.validate(DualReportingDocument.KIND, doc).isEmpty(),
          name + ": schema");
    }
  }

  /** One way of breaking a written register, and the pointer that must be named. */
  private record Breakage(String pointer, Consumer<ObjectNode> breakIt) {}

  private static List<Breakage> breakages(JsonNode data) {
    List<Breakage> b = new ArrayList<>();
    String community = data.get("agreements").get(0).get("versions").get(0).get("content")
        .get("community").asText();
    String other = community.equals("110101001001") ? "110101001002" : "110101001001";
    if (data.get("unitReports").size() > 0) {
      b.add(new Breakage("/data/unitReports/0/agreement",
          d -> ((ObjectNode) d.get("unitReports").get(0)).put("agreement", "NO-SUCH")));
      b.add(new Breakage("/data/unitReports/0/date",
          d -> ((ObjectNode) d.get("unitReports").get(0)).put("date", "1990-01-01")));
      b.add(new Breakage("/data/unitReports/0/community",
          d -> ((ObjectNode) d.get("unitReports").get(0)).put("community", other)));
      b.add(new Breakage("/data/unitReports/0/unit",
          d -> ((ObjectNode) d.get("unitReports").get(0)).put("unit", "NOT-A-PARTY")));
      b.add(new Breakage("/data/unitReports/" + data.get("unitReports").size(),
          d -> ((ArrayNode) d.get("unitReports")).add(d.get("unitReports").get(0).deepCopy())));
    }
    if (data.get("memberReports").size() > 0) {
      b.add(new Breakage("/data/memberReports/0/residence",
          d -> ((ObjectNode) d.get("memberReports").get(0)).put("residence", other)));
      b.add(new Breakage("/data/memberReports/0/community",
          d -> ((ObjectNode) d.get("memberReports").get(0)).put("community", "110101001000")));
      b.add(new Breakage("/data/memberReports/0/unit",
          d -> ((ObjectNode) d.get("memberReports").get(0)).remove("unit")));
      b.add(new Breakage("/data/memberReports/0/skills/1",
          d -> ((ObjectNode) d.get("memberReports").get(0)).putArray("skills").add("医疗")
              .add("医疗")));
      b.add(new Breakage("/data/memberReports/" + data.get("memberReports").size(),
          d -> ((ArrayNode) d.get("memberReports")).add(d.get("memberReports").get(0)
              .deepCopy())));
    }
    if (data.get("claims").size() > 0) {
      b.add(new Breakage("/data/claims/0/post",
          d -> ((ObjectNode) d.get("claims").get(0)).put("post", "  ")));
      b.add(new Breakage("/data/claims/0/person",
          d -> ((ObjectNode) d.get("claims").get(0)).put("date", "2000-01-01")));
    }
    if (data.get("services").size() > 0) {
      b.add(new Breakage("/data/services/0/hours",
          d -> ((ObjectNode) d.get("services").get(0)).put("hours", new BigDecimal("24.5"))));
      b.add(new Breakage("/data/services/0/hours",
          d -> ((ObjectNode) d.get("services").get(0)).put("hours", 0)));
      b.add(new Breakage("/data/services/0/person",
          d -> ((ObjectNode) d.get("services").get(0)).put("person", "NOBODY")));
      b.add(new Breakage("/data/services/0",
          d -> ((ArrayNode) d.get("services")).insertNull(0)));
    }
    b.add(new Breakage("/data/agreements/" + data.get("agreements").size() + "/id",
        d -> ((ArrayNode) d.get("agreements")).add(d.get("agreements").get(0).deepCopy())));
    return b;
  }

  @Test
  void brokenRegister_isRefusedAtItsPointer() {
    qt().withExamples(40).forAll(AgreementGens.registers()).checkAssert(r -> {
      String doc = write(r);
      try {
        for (Breakage b : breakages(MAPPER.readTree(doc).get("data"))) {
          ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
          b.breakIt().accept((ObjectNode) tree.get("data"));
          String broken = tree.toString();
          InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
              () -> JSON.read(broken, DualReportingDocument.KIND), b.pointer());
          assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(b.pointer())),
              b.pointer() + " not named: " + e.getMessage());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void register_holdsNoPersonalDataToMask() {
    // members are named by person id, as in memberships: no names, citizen ids or phone numbers,
    // so a default write and a write revealing personal data are the same document
    qt().withExamples(30).forAll(AgreementGens.registers()).checkAssert(r -> {
      Envelope<DualReporting> doc = Envelope.of(DualReportingDocument.KIND, Fixtures.NOON, r);
      assertEquals(JSON.toJson(doc), new String(JSON.toBytes(doc,
          WriteOptions.revealPersonalData()), StandardCharsets.UTF_8));
    });
  }

  @Test
  void emptyRegister_readsFromAnEmptyObject() {
    String doc = write(DualReporting.builder().build()).replaceAll("\"data\":\\{.*\\}\\}$",
        "\"data\":{}}");
    assertEquals(DualReporting.builder().build(),
        JSON.read(doc, DualReportingDocument.KIND).data());
    assertFalse(doc.contains("agreements"), doc);
  }
}
