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
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteStreams;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.grassroots.governance.json.structure.CommunityDocument;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.TenureEnd;
import org.junit.jupiter.api.Test;

/** The {@code community} document kind: round trip, schema, golden documents, pointers, privacy. */
class CommunityDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final int EXAMPLES = 100;

  /** Invalid golden document, the pointer the reader names, whether the schema refuses it too. */
  private static final ImmutableList<Object[]> INVALID = ImmutableList.of(
      new Object[] {"missing-core.json", "/data/core", true},
      new Object[] {"unknown-person-property.json", "/data/people/0/phone", true},
      new Object[] {"unknown-role.json", "/data/memberships/2/role", true},
      new Object[] {"date-not-iso.json", "/data/memberships/0/start", true},
      new Object[] {"duplicate-grid.json", "/data/grids/1", true},
      new Object[] {"repeated-cooperating.json",
          "/data/responsibilities/duties/0/cooperating/1", true},
      new Object[] {"core-not-party.json", "/data/core/kind", false},
      new Object[] {"chair-not-member.json", "/data/chairRotation/turns/1/chair", false},
      new Object[] {"membership-unknown-organization.json", "/data/memberships/2/organization",
          false},
      new Object[] {"membership-end-before-start.json", "/data/memberships/1/end", false});

  private static String golden(String folder, String name) {
    String path = "golden/community/" + folder + "/" + name;
    try (InputStream in = CommunityDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(CommunityGovernance c, WriteOptions options) {
    return new String(JSON.toBytes(Envelope.of(CommunityDocument.KIND, Fixtures.NOON, c), options),
        StandardCharsets.UTF_8);
  }

  @Test
  void community_roundTrips_whenPersonalDataIsRevealed() {
    qt().withExamples(EXAMPLES).forAll(StructureGens.communities()).checkAssert(c -> {
      String doc = write(c, WriteOptions.revealPersonalData());
      assertEquals(c, JSON.read(doc, CommunityDocument.KIND).data(), doc);
      assertEquals(c, GovernanceJson.lenient().read(doc, CommunityDocument.KIND).data());
    });
  }

  @Test
  void everyCommunityTheWriterProduces_validates() {
    qt().withExamples(EXAMPLES).forAll(StructureGens.communities()).checkAssert(c -> {
      for (WriteOptions o : List.of(WriteOptions.defaults(), WriteOptions.revealPersonalData())) {
        String doc = write(c, o);
        List<Error> errors = Schemas.validate(CommunityDocument.KIND, doc);
        assertTrue(errors.isEmpty(), errors + " in " + doc);
      }
    });
  }

  @Test
  void defaultWrite_neverContainsAWholeNameOrCitizenId() {
    qt().withExamples(EXAMPLES).forAll(StructureGens.communities(), StructureGens.people())
        .checkAssert((c, extra) -> {
          CommunityGovernance withPerson = c.people().stream().anyMatch(
                  p -> p.id().equals(extra.id()))
              ? c
              : CommunityGovernance.builder().from(c).addPeople(extra).build();
          String doc = write(withPerson, WriteOptions.defaults());
          for (Person p : withPerson.people()) {
            if (p.name().codePointCount(0, p.name().length()) >= 3) {
              assertFalse(doc.contains("\"" + p.name() + "\""), doc);
            }
            p.citizenId().ifPresent(id -> assertFalse(doc.contains(id.reveal()), doc));
          }
        });
  }

  @Test
  void validGoldenDocuments_validateAndRead() {
    for (String name : List.of("community-full.json", "community-minimal.json")) {
      String doc = golden("valid", name);
      List<Error> errors = Schemas.validate(CommunityDocument.KIND, doc);
      assertTrue(errors.isEmpty(), name + ": " + errors);
      CommunityGovernance c = JSON.read(doc, CommunityDocument.KIND).data();
      assertEquals("420204004005", c.area().toString());
    }
    CommunityGovernance full = JSON.read(golden("valid", "community-full.json"),
        CommunityDocument.KIND).data();
    assertEquals(3, full.elements().size());
    assertEquals(TenureEnd.UNKNOWN, full.memberships().get(2).endStatus());
    assertEquals(TenureEnd.ON_DATE, full.memberships().get(1).endStatus());
    assertEquals("11010519491231002X", full.people().get(0).citizenId().orElseThrow().reveal());
    assertEquals(2, full.responsibilities().duties().get(0).cooperating().size());
  }

  @Test
  void invalidGoldenDocuments_areRefusedAtTheirPointer() {
    for (Object[] row : INVALID) {
      String name = (String) row[0];
      String doc = golden("invalid", name);
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc, CommunityDocument.KIND), name);
      assertEquals(row[1], e.problems().get(0).pointer(), name + ": " + e.getMessage());
      assertFalse(e.getMessage().contains("\tat "), name);
      if ((Boolean) row[2]) {
        assertFalse(Schemas.validate(CommunityDocument.KIND, doc).isEmpty(),
            name + " passes the schema");
      }
    }
  }

  /** One way of breaking a written community, and the pointer that must be named. */
  private record Breakage(String pointer, Consumer<ObjectNode> breakIt) {}

  private static ObjectNode at(ObjectNode data, String... path) {
    JsonNode n = data;
    for (String p : path) {
      n = n.isArray() ? n.get(Integer.parseInt(p)) : n.get(p);
    }
    return (ObjectNode) n;
  }

  private static List<Breakage> breakages(ObjectNode data) {
    ImmutableList.Builder<Breakage> b = ImmutableList.builder();
    String area = data.get("area").asText();
    String foreign = area.startsWith("11") ? "120101001001" : "110101001001";
    b.add(new Breakage("/data/area", d -> d.put("area", area.substring(0, 6) + "000000")));
    b.add(new Breakage("/data/core/kind", d -> at(d, "core").put("kind", "AGENCY")));
    b.add(new Breakage("/data/core/seat", d -> at(d, "core").put("seat", foreign)));
    b.add(new Breakage("/data/core/hostUnit",
        d -> at(d, "core").put("hostUnit", d.get("core").get("id").asText())));
    b.add(new Breakage("/data/core/name", d -> at(d, "core").put("name", "   ")));
    b.add(new Breakage("/data/core", d -> d.remove("core")));
    b.add(new Breakage("/data/chairRotation/turns/0/end", d -> d.set("chairRotation",
        MAPPER.createObjectNode().set("turns", MAPPER.createArrayNode().add(
            MAPPER.createObjectNode().put("chair", "U-0").put("start", "2021-01-01")
                .put("end", "2020-12-31"))))));
    b.add(new Breakage("/data/chairRotation/turns/0/chair", d -> d.set("chairRotation",
        MAPPER.createObjectNode().set("turns", MAPPER.createArrayNode().add(
            MAPPER.createObjectNode().put("chair", "NOBODY").put("start", "2021-01-01")
                .put("end", "2021-02-01"))))));
    b.add(new Breakage("/data/accessList/entries/0/validUntil", d -> ((ArrayNode) d
        .get("accessList").get("entries")).insertObject(0).put("task", "T-X").put("title", "x")
        .put("validFrom", "2020-01-02").put("validUntil", "2020-01-01")));
    if (data.get("memberships").size() > 0) {
      b.add(new Breakage("/data/memberships/0/organization",
          d -> at(d, "memberships", "0").put("organization", "NO-SUCH-ORG")));
      b.add(new Breakage("/data/memberships/0/person",
          d -> at(d, "memberships", "0").put("person", "NO-SUCH-PERSON")));
      b.add(new Breakage("/data/memberships/0/end", d -> at(d, "memberships", "0")
          .put("end", "1999-12-31").put("endStatus", "ON_DATE").putNull("confirmedUntil")));
      b.add(new Breakage("/data/memberships/0/onBehalfOf", d -> at(d, "memberships", "0")
          .put("onBehalfOf", d.get("memberships").get(0).get("organization").asText())));
      b.add(new Breakage("/data/memberships/0/area",
          d -> at(d, "memberships", "0").put("area", foreign)));
      b.add(new Breakage("/data/people/0/name", d -> at(d, "people", "0").put("name", "")));
      b.add(new Breakage("/data/people/0/citizenId",
          d -> at(d, "people", "0").put("citizenId", "11010519491231002Y")));
    }
    if (data.get("people").size() > 1) {
      b.add(new Breakage("/data/people/1/id",
          d -> at(d, "people", "1").put("id", d.get("people").get(0).get("id").asText())));
    }
    if (data.get("elements").size() > 0) {
      b.add(new Breakage("/data/elements/0/seat",
          d -> at(d, "elements", "0").put("seat", foreign)));
      b.add(new Breakage("/data/elements/0/id",
          d -> at(d, "elements", "0").put("id", d.get("core").get("id").asText())));
    }
    if (data.get("grids").size() > 0) {
      b.add(new Breakage("/data/grids/0", d -> ((ArrayNode) d.get("grids")).set(0,
          MAPPER.getNodeFactory().textNode(foreign + "0001"))));
    }
    if (data.get("responsibilities").get("duties").size() > 0) {
      b.add(new Breakage("/data/responsibilities/duties/0/lead",
          d -> at(d, "responsibilities", "duties", "0").put("lead", "NO-SUCH-ORG")));
      b.add(new Breakage("/data/responsibilities/duties/0/title",
          d -> at(d, "responsibilities", "duties", "0").put("title", " ")));
    }
    if (data.get("responsibilities").get("duties").size() > 1) {
      b.add(new Breakage("/data/responsibilities/duties/1/id",
          d -> at(d, "responsibilities", "duties", "1").put("id",
              d.get("responsibilities").get("duties").get(0).get("id").asText())));
    }
    return b.build();
  }

  @Test
  void brokenCommunity_isRefusedAtItsPointer() {
    qt().withExamples(60).forAll(StructureGens.communities()).checkAssert(c -> {
      String doc = write(c, WriteOptions.revealPersonalData());
      ObjectNode data;
      try {
        data = (ObjectNode) MAPPER.readTree(doc).get("data");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Breakage b : breakages(data)) {
        ObjectNode tree;
        try {
          tree = (ObjectNode) MAPPER.readTree(doc);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        b.breakIt().accept((ObjectNode) tree.get("data"));
        String broken = tree.toString();
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
            () -> JSON.read(broken, CommunityDocument.KIND), b.pointer());
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(b.pointer())),
            b.pointer() + " not named: " + e.getMessage());
      }
    });
  }

  @Test
  void plainMapper_readsAndWritesACommunity() throws IOException {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    CommunityGovernance c = JSON.read(golden("valid", "community-full.json"),
        CommunityDocument.KIND).data();
    String json = plain.writer().withAttribute(WriteOptions.REVEAL_ATTRIBUTE, true)
        .writeValueAsString(c);
    assertEquals(c, plain.readValue(json, CommunityGovernance.class));
    assertTrue(json.contains("\"start\":\"2021-03-01\""), json);
  }

  @Test
  void nullArrayElements_areRefusedAtTheirPointer_andThePlainMapperThrowsJacksonExceptions() {
    String full = golden("valid", "community-full.json");
    Map<String, String> cases = ImmutableMap.of(
        "\"elements\": [", "/data/elements/0",
        "\"people\": [", "/data/people/0",
        "\"grids\": [", "/data/grids/0",
        "\"cooperating\": [", "/data/responsibilities/duties/0/cooperating/0",
        "\"turns\": [", "/data/chairRotation/turns/0");
    cases.forEach((array, pointer) -> {
      assertTrue(full.contains(array), array);
      String doc = full.replace(array, array + "null, ");
      for (GovernanceJson json : List.of(JSON, GovernanceJson.lenient())) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
            () -> json.read(doc, CommunityDocument.KIND), pointer);
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().startsWith(pointer)),
            pointer + ": " + e.getMessage());
      }
      ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
      String data;
      try {
        data = plain.readTree(doc).get("data").toString();
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
          () -> plain.readValue(data, CommunityGovernance.class), pointer);
    });
  }

  @Test
  void kind_isCommunity_withItsShippedSchema() {
    assertEquals("community", CommunityDocument.KIND.name());
    assertEquals(ExchangeFormat.SCHEMA_BASE + "community.schema.json",
        CommunityDocument.KIND.schemaId());
  }

  @Test
  void schemaEnums_listEveryConstantOfTheJavaEnums() throws IOException {
    JsonNode defs;
    try (InputStream in = CommunityDocumentTest.class.getResourceAsStream(
        "/" + ExchangeFormat.SCHEMA_RESOURCES + "structure.schema.json")) {
      defs = MAPPER.readTree(in).get("$defs");
    }
    Map<String, Class<? extends Enum<?>>> enums = ImmutableMap.of(
        "organizationKind", org.grassroots.governance.structure.OrganizationKind.class,
        "role", org.grassroots.governance.structure.Role.class,
        "tenureEnd", TenureEnd.class,
        "dutyKind", org.grassroots.governance.structure.DutyKind.class);
    enums.forEach((def, type) -> {
      List<String> listed = new java.util.ArrayList<>();
      defs.get(def).get("enum").forEach(n -> listed.add(n.asText()));
      List<String> constants = new java.util.ArrayList<>();
      for (Enum<?> c : type.getEnumConstants()) {
        constants.add(c.name());
      }
      assertEquals(constants, listed, def);
    });
  }
}
