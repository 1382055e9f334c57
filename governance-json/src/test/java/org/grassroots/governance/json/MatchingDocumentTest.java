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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.Urgency;
import org.junit.jupiter.api.Test;

/** The matching kinds: demand and resource lists, matching problems. */
class MatchingDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  /** Invalid golden document, its kind, the pointer the reader names, whether the schema refuses it. */
  private static final ImmutableList<Object[]> INVALID = ImmutableList.of(
      new Object[] {"indivisible-quantity.json", MatchingDocuments.DEMANDS, "/data/1/quantity", true},
      new Object[] {"zero-quantity.json", MatchingDocuments.DEMANDS, "/data/0/quantity", true},
      new Object[] {"repeated-skill.json", MatchingDocuments.DEMANDS,
          "/data/0/requiredSkills/1", true},
      new Object[] {"window-end-before-start.json", MatchingDocuments.DEMANDS,
          "/data/0/window/end", false},
      new Object[] {"demand-without-location.json", MatchingDocuments.DEMANDS,
          "/data/1/location", true},
      new Object[] {"unknown-category.json", MatchingDocuments.DEMANDS, "/data/0/category", true},
      new Object[] {"provider-with-two-ids.json", MatchingDocuments.RESOURCES,
          "/data/0/provider/organisation", true},
      new Object[] {"service-area-empty.json", MatchingDocuments.RESOURCES,
          "/data/1/serviceArea/root", true},
      new Object[] {"no-categories.json", MatchingDocuments.RESOURCES, "/data/0/categories", true},
      new Object[] {"negative-capacity.json", MatchingDocuments.RESOURCES, "/data/0/capacity", true},
      new Object[] {"duplicate-demand-id.json", MatchingDocuments.PROBLEM,
          "/data/demands/2/id", false},
      new Object[] {"short-level-costs.json", MatchingDocuments.PROBLEM,
          "/data/policy/levelCosts", true});

  private static String golden(String folder, String name) {
    String path = "golden/matching/" + folder + "/" + name;
    try (InputStream in = MatchingDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void assertRoundTrip(DocumentKind<T> kind, T value, Class<?> plainType,
      List<?> plainValues) {
    String doc = JSON.toJson(Envelope.of(kind, Fixtures.NOON, value));
    assertEquals(value, JSON.read(doc, kind).data(), doc);
    List<Error> errors = Schemas.validate(kind, doc);
    assertTrue(errors.isEmpty(), errors + " in " + doc);
    try {
      for (Object v : plainValues) {
        assertEquals(v, PLAIN.readValue(PLAIN.writeValueAsString(v), plainType));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void demandList_roundTrips_andValidates() {
    qt().withExamples(100).forAll(MatchingGens.demandLists()).checkAssert(
        l -> assertRoundTrip(MatchingDocuments.DEMANDS, l, Demand.class, l));
  }

  @Test
  void resourceList_roundTrips_andValidates() {
    qt().withExamples(100).forAll(MatchingGens.resourceLists()).checkAssert(
        l -> assertRoundTrip(MatchingDocuments.RESOURCES, l, Resource.class, l));
  }

  @Test
  void matchingProblem_roundTrips_andValidates() {
    qt().withExamples(60).forAll(MatchingGens.problems()).checkAssert(
        p -> assertRoundTrip(MatchingDocuments.PROBLEM, p, MatchingProblem.class, List.of(p)));
  }

  @Test
  void demandAndResourceLists_stream() {
    qt().withExamples(40).forAll(MatchingGens.demandLists(), MatchingGens.resourceLists())
        .checkAssert((ds, rs) -> {
          assertEquals(ds, streamed(MatchingDocuments.DEMANDS, ds));
          assertEquals(rs, streamed(MatchingDocuments.RESOURCES, rs));
        });
  }

  private static <E> List<E> streamed(ListKind<E> kind, List<E> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ListWriter<E> w = JSON.listWriter(out, kind, Fixtures.NOON)) {
      for (E e : items) {
        w.write(e);
      }
    }
    String doc = out.toString(StandardCharsets.UTF_8);
    assertTrue(Schemas.validate(kind, doc).isEmpty(), doc);
    List<E> back = new ArrayList<>();
    try (ListReader<E> r = JSON.listReader(
        new ByteArrayInputStream(out.toByteArray()), kind)) {
      while (r.hasNext()) {
        back.add(r.next());
      }
    }
    return back;
  }

  @Test
  void validGoldenDocuments_validateAndRead() {
    Map<String, DocumentKind<?>> valid = ImmutableMap.of(
        "demand-list.json", MatchingDocuments.DEMANDS,
        "demand-list-empty.json", MatchingDocuments.DEMANDS,
        "resource-list.json", MatchingDocuments.RESOURCES,
        "matching-problem.json", MatchingDocuments.PROBLEM,
        "matching-problem-default-policy.json", MatchingDocuments.PROBLEM);
    for (Map.Entry<String, DocumentKind<?>> e : valid.entrySet()) {
      String doc = golden("valid", e.getKey());
      List<Error> errors = Schemas.validate(e.getValue(), doc);
      assertTrue(errors.isEmpty(), e.getKey() + ": " + errors);
      JSON.read(doc, e.getValue());
    }
    ImmutableList<Demand> ds =
        JSON.read(golden("valid", "demand-list.json"), MatchingDocuments.DEMANDS).data();
    assertEquals(3, ds.size());
    assertEquals(Urgency.URGENT, ds.get(0).urgency());
    assertEquals(Urgency.ROUTINE, ds.get(1).urgency());   // the default
    // one instant, two offsets
    assertEquals(ds.get(0).window().orElseThrow().start().plusSeconds(3600),
        ds.get(0).window().orElseThrow().end());
    MatchingProblem p = JSON.read(golden("valid", "matching-problem-default-policy.json"),
        MatchingDocuments.PROBLEM).data();
    assertEquals(MatchingPolicy.defaults(), p.policy());
    MatchingProblem full =
        JSON.read(golden("valid", "matching-problem.json"), MatchingDocuments.PROBLEM).data();
    assertEquals(MeetingLevel.STREET, full.policy().maxMeetingLevel());
    assertEquals(2, full.resources().size());
  }

  @Test
  void invalidGoldenDocuments_areRefusedAtTheirPointer() {
    for (Object[] row : INVALID) {
      String name = (String) row[0];
      DocumentKind<?> kind = (DocumentKind<?>) row[1];
      String doc = golden("invalid", name);
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc, kind), name);
      assertEquals(row[2], e.problems().get(0).pointer(), name + ": " + e.getMessage());
      if ((Boolean) row[3]) {
        assertFalse(Schemas.validate(kind, doc).isEmpty(), name + " passes the schema");
      }
    }
  }

  /** One way of breaking a written item, the pointer that must be named, and whether the schema sees it. */
  private record Breakage(String pointer, boolean schema, Consumer<ObjectNode> breakIt) {}

  private static List<Breakage> demandBreakages() {
    List<Breakage> b = new ArrayList<>();
    b.add(new Breakage("/data/0/quantity", true, d -> d.put("quantity", 0)));
    b.add(new Breakage("/data/0/quantity", true,
        d -> d.put("quantity", Demand.MAX_QUANTITY + 1)));
    b.add(new Breakage("/data/0/quantity", true, d -> d.put("unit", "VISIT").put("quantity", 2)));
    b.add(new Breakage("/data/0/id", true, d -> d.put("id", " ")));
    b.add(new Breakage("/data/0/location", true, d -> d.put("location", "12345")));
    b.add(new Breakage("/data/0/requiredSkills", true,
        d -> d.putArray("requiredSkills").add("  ")));
    b.add(new Breakage("/data/0/vulnerableGroups/1", true,
        d -> d.putArray("vulnerableGroups").add("DISABLED").add("DISABLED")));
    b.add(new Breakage("/data/0/window/end", false, d -> d.putObject("window")
        .put("start", "2024-05-01T00:00:00Z").put("end", "2024-05-01T00:00:00Z")));
    b.add(new Breakage("/data/0/urgency", true, d -> d.put("urgency", "SOMEDAY")));
    return b;
  }

  private static List<Breakage> resourceBreakages() {
    List<Breakage> b = new ArrayList<>();
    b.add(new Breakage("/data/0/capacity", true, d -> d.put("capacity", -1)));
    b.add(new Breakage("/data/0/capacity", true,
        d -> d.put("capacity", Resource.MAX_CAPACITY + 1)));
    b.add(new Breakage("/data/0/categories", true, d -> d.putArray("categories")));
    b.add(new Breakage("/data/0/categories/1", true,
        d -> d.putArray("categories").add("MEDICAL").add("MEDICAL")));
    b.add(new Breakage("/data/0/provider/organisation", true,
        d -> d.putObject("provider").put("kind", "DEPARTMENT")));
    b.add(new Breakage("/data/0/provider/kind", true,
        d -> d.putObject("provider").put("person", "P-1")));
    b.add(new Breakage("/data/0/serviceArea/root", true, d -> d.putObject("serviceArea")
        .put("root", "350102001001").put("reach", "GRID")));
    b.add(new Breakage("/data/0/availability/0/end", false, d -> d.putArray("availability")
        .addObject().put("start", "2024-05-01T00:00:00Z").put("end", "2024-04-01T00:00:00Z")));
    b.add(new Breakage("/data/0/skills", true, d -> d.putArray("skills").add("")));
    return b;
  }

  private static void assertRefused(DocumentKind<?> kind, String doc, Breakage b,
      java.util.function.Function<ObjectNode, ObjectNode> target) {
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
      b.breakIt().accept(target.apply(tree));
      String broken = tree.toString();
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(broken, kind), b.pointer());
      assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(b.pointer())),
          b.pointer() + " not named: " + e.getMessage());
      if (b.schema()) {
        assertFalse(Schemas.validate(kind, broken).isEmpty(), b.pointer() + " passes the schema");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void brokenDemand_isRefusedAtItsPointer() {
    qt().withExamples(30).forAll(MatchingGens.demandLists()).checkAssert(l -> {
      if (l.isEmpty()) {
        return;
      }
      String doc = JSON.toJson(Envelope.of(MatchingDocuments.DEMANDS, Fixtures.NOON, l));
      for (Breakage b : demandBreakages()) {
        assertRefused(MatchingDocuments.DEMANDS, doc, b, t -> (ObjectNode) t.get("data").get(0));
      }
    });
  }

  @Test
  void brokenResource_isRefusedAtItsPointer() {
    qt().withExamples(30).forAll(MatchingGens.resourceLists()).checkAssert(l -> {
      if (l.isEmpty()) {
        return;
      }
      String doc = JSON.toJson(Envelope.of(MatchingDocuments.RESOURCES, Fixtures.NOON, l));
      for (Breakage b : resourceBreakages()) {
        assertRefused(MatchingDocuments.RESOURCES, doc, b,
            t -> (ObjectNode) t.get("data").get(0));
      }
    });
  }

  @Test
  void brokenProblem_isRefusedAtItsPointer() {
    qt().withExamples(30).forAll(MatchingGens.problems()).checkAssert(p -> {
      String doc = JSON.toJson(Envelope.of(MatchingDocuments.PROBLEM, Fixtures.NOON, p));
      List<Breakage> b = new ArrayList<>();
      b.add(new Breakage("/data/policy/levelCosts", true,
          d -> ((ObjectNode) d.get("policy")).putArray("levelCosts").add(1)));
      b.add(new Breakage("/data/policy/urgencyWeights", true,
          d -> ((ObjectNode) d.get("policy")).putObject("urgencyWeights").put("URGENT", 2)));
      b.add(new Breakage("/data/policy/vulnerableGroupWeight", true,
          d -> ((ObjectNode) d.get("policy")).put("vulnerableGroupWeight", -1)));
      b.add(new Breakage("/data/policy/pairedCommunityBonus", true,
          d -> ((ObjectNode) d.get("policy")).put("pairedCommunityBonus", -1)));
      b.add(new Breakage("/data/resources", true, d -> d.remove("resources")));
      if (p.demands().size() > 1) {
        b.add(new Breakage("/data/demands/1/id", false, d -> ((ObjectNode) d.get("demands")
            .get(1)).set("id", d.get("demands").get(0).get("id"))));
      }
      if (!p.resources().isEmpty()) {
        b.add(new Breakage("/data/resources/0/capacity", true,
            d -> ((ObjectNode) d.get("resources").get(0)).put("capacity", -5)));
      }
      for (Breakage x : b) {
        assertRefused(MatchingDocuments.PROBLEM, doc, x, t -> (ObjectNode) t.get("data"));
      }
    });
  }

  @Test
  void schemaEnums_listEveryConstantOfTheJavaEnums() throws IOException {
    JsonNode defs;
    try (InputStream in = MatchingDocumentTest.class.getResourceAsStream(
        "/" + ExchangeFormat.SCHEMA_RESOURCES + "matching.schema.json")) {
      defs = MAPPER.readTree(in).get("$defs");
    }
    String m = "org.grassroots.governance.matching.";
    Map<String, String> enums = ImmutableMap.<String, String>builder()
        .put("serviceCategory", m + "ServiceCategory").put("quantityUnit", m + "QuantityUnit")
        .put("urgency", m + "Urgency").put("vulnerableGroup", m + "VulnerableGroup")
        .put("providerKind", m + "ProviderKind").put("meetingLevel", m + "MeetingLevel")
        .buildOrThrow();
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
    // the schema's indivisible units are exactly the Java ones
    List<String> indivisible = new ArrayList<>();
    defs.get("demand").get("if").get("properties").get("unit").get("enum")
        .forEach(n -> indivisible.add(n.asText()));
    List<String> java = new ArrayList<>();
    for (org.grassroots.governance.matching.QuantityUnit u
        : org.grassroots.governance.matching.QuantityUnit.values()) {
      if (!u.divisible()) {
        java.add(u.name());
      }
    }
    assertEquals(java, indivisible);
  }
}
