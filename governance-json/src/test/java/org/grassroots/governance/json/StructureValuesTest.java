package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.grassroots.governance.privacy.Masking;
import org.grassroots.governance.structure.AccessEntry;
import org.grassroots.governance.structure.AccessList;
import org.grassroots.governance.structure.ChairRotation;
import org.grassroots.governance.structure.ChairTerm;
import org.grassroots.governance.structure.Duty;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.ResponsibilityList;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The structure value types one by one: write then read gives an equal value (strict reader,
 * plain module mapper, a one-item list document), every value written matches its schema
 * definition, and a value breaking an invariant is refused at the right pointer.
 */
class StructureValuesTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final int EXAMPLES = 100;
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, b -> b.schemaIdResolvers(r -> r.mapPrefix(
          ExchangeFormat.SCHEMA_BASE, "classpath:" + ExchangeFormat.SCHEMA_RESOURCES)));
  private static final Map<String, Schema> DEFS = new ConcurrentHashMap<>();

  private static List<Error> defErrors(String def, String json) {
    return DEFS.computeIfAbsent(def, d -> REGISTRY.getSchema(
            "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\""
                + ExchangeFormat.SCHEMA_BASE + "structure.schema.json#/$defs/" + d + "\"}",
            InputFormat.JSON))
        .validate(json, InputFormat.JSON);
  }

  private static String write(ObjectMapper m, Object v, boolean reveal) {
    ObjectWriter w = m.writer();
    if (reveal) {
      w = w.withAttribute(WriteOptions.REVEAL_ATTRIBUTE, Boolean.TRUE);
    }
    try {
      return w.writeValueAsString(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void roundTripsAndValidates(Gen<T> values, Class<T> type, String def) {
    ListKind<T> kind = DocumentKind.listOf("test-list", type);
    qt().withExamples(EXAMPLES).forAll(values).checkAssert(v -> {
      try {
        String json = write(MAPPER, v, true);
        assertTrue(json.startsWith("{"), json);
        assertEquals(v, MAPPER.readValue(json, type), json);
        assertEquals(v, PLAIN.readValue(write(PLAIN, v, true), type));
        String doc = new String(JSON.toBytes(Envelope.of(kind, Fixtures.NOON, ImmutableList.of(v)),
            WriteOptions.revealPersonalData()), StandardCharsets.UTF_8);
        assertEquals(ImmutableList.of(v), JSON.read(doc, kind).data());
        List<Error> errors = defErrors(def, json);
        assertTrue(errors.isEmpty(), errors + " in " + json);
        String masked = write(MAPPER, v, false);
        assertTrue(defErrors(def, masked).isEmpty(), masked);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void organization_roundTrips() {
    roundTripsAndValidates(StructureGens.organizations(), Organization.class, "organization");
  }

  @Test
  void person_roundTrips() {
    roundTripsAndValidates(StructureGens.people(), Person.class, "person");
  }

  @Test
  void membership_roundTrips() {
    roundTripsAndValidates(StructureGens.memberships(), Membership.class, "membership");
  }

  @Test
  void duty_roundTrips() {
    roundTripsAndValidates(StructureGens.duties(), Duty.class, "duty");
  }

  @Test
  void accessEntry_roundTrips() {
    roundTripsAndValidates(StructureGens.accessEntries(), AccessEntry.class, "accessEntry");
  }

  @Test
  void chairRotation_roundTrips() {
    roundTripsAndValidates(StructureGens.chairRotations(), ChairRotation.class, "chairRotation");
  }

  @Test
  void lists_roundTrip() {
    Gen<ResponsibilityList> duties = SourceDSL.lists().of(StructureGens.duties())
        .ofSizeBetween(0, 4).map(l -> ResponsibilityList.of(dedupe(l, Duty::id)));
    roundTripsAndValidates(duties, ResponsibilityList.class, "responsibilityList");
    Gen<AccessList> entries = SourceDSL.lists().of(StructureGens.accessEntries())
        .ofSizeBetween(0, 4).map(l -> AccessList.of(dedupe(l, AccessEntry::task)));
    roundTripsAndValidates(entries, AccessList.class, "accessList");
  }

  private static <T> List<T> dedupe(List<T> items, java.util.function.Function<T, ?> key) {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    return items.stream().filter(i -> seen.add(key.apply(i))).toList();
  }

  @Test
  void person_defaultWrite_masksNameAndCitizenId() {
    qt().withExamples(EXAMPLES).forAll(StructureGens.people()).checkAssert(p -> {
      for (ObjectMapper m : List.of(MAPPER, PLAIN)) {
        String json = write(m, p, false);
        assertTrue(json.contains("\"name\":\"" + Masking.mask(p.name()) + "\""), json);
        p.citizenId().ifPresent(id -> {
          assertFalse(json.contains(id.reveal()), json);
          assertTrue(json.contains(id.masked()), json);
        });
        String revealed = write(m, p, true);
        assertTrue(revealed.contains("\"name\":\"" + p.name().replace("\"", "\\\"") + "\""),
            revealed);
      }
    });
  }

  /** A value of one type broken in one way, and the pointer under {@code /data/0}. */
  private record Breakage<T>(String property, Gen<T> values, Class<T> type,
      Consumer<ObjectNode> breakIt) {}

  private static final ImmutableList<Breakage<?>> BREAKAGES = ImmutableList.of(
      new Breakage<>("hostUnit", StructureGens.organizations(), Organization.class,
          o -> o.put("kind", "AGENCY").put("hostUnit", "HOST")),
      new Breakage<>("hostUnit", StructureGens.organizations(), Organization.class,
          o -> o.put("kind", "PARTY_BRANCH").put("hostUnit", o.get("id").asText())),
      new Breakage<>("name", StructureGens.organizations(), Organization.class,
          o -> o.put("name", "名".repeat(Organization.MAX_NAME_LENGTH + 1))),
      new Breakage<>("seat", StructureGens.organizations(), Organization.class,
          o -> o.put("seat", "1234567")),
      new Breakage<>("kind", StructureGens.organizations(), Organization.class,
          o -> o.put("kind", "party_branch")),
      new Breakage<>("name", StructureGens.people(), Person.class, o -> o.put("name", " \t ")),
      new Breakage<>("citizenId", StructureGens.people(), Person.class,
          o -> o.put("citizenId", "110105********002X")),
      new Breakage<>("partyMember", StructureGens.people(), Person.class,
          o -> o.put("partyMember", "yes")),
      new Breakage<>("end", StructureGens.memberships(), Membership.class,
          o -> o.put("start", "2020-01-02").put("end", "2020-01-01").put("endStatus", "ON_DATE")
              .putNull("confirmedUntil")),
      new Breakage<>("end", StructureGens.memberships(), Membership.class,
          o -> o.put("end", "2030-01-01").put("endStatus", "ONGOING").putNull("confirmedUntil")),
      new Breakage<>("end", StructureGens.memberships(), Membership.class,
          o -> o.putNull("end").put("endStatus", "ON_DATE").putNull("confirmedUntil")),
      new Breakage<>("confirmedUntil", StructureGens.memberships(), Membership.class,
          o -> o.putNull("end").put("endStatus", "ONGOING").put("confirmedUntil", "2030-01-01")),
      new Breakage<>("onBehalfOf", StructureGens.memberships(), Membership.class,
          o -> o.put("onBehalfOf", o.get("organization").asText())),
      new Breakage<>("start", StructureGens.memberships(), Membership.class,
          o -> o.put("start", "2021-02-30")),
      new Breakage<>("cooperating", StructureGens.duties(), Duty.class,
          o -> o.putArray("cooperating").add(o.get("lead").asText())),
      new Breakage<>("cooperating/1", StructureGens.duties(), Duty.class,
          o -> o.putArray("cooperating").add("X").add("X")),
      new Breakage<>("title", StructureGens.duties(), Duty.class, o -> o.put("title", "")),
      new Breakage<>("validUntil", StructureGens.accessEntries(), AccessEntry.class,
          o -> o.put("validFrom", "2020-01-02").put("validUntil", "2020-01-01")),
      new Breakage<>("task", StructureGens.accessEntries(), AccessEntry.class,
          o -> o.remove("task")),
      new Breakage<>("turns/1/start", StructureGens.chairRotations(), ChairRotation.class,
          o -> o.putArray("turns")
              .add(MAPPER.createObjectNode().put("chair", "A").put("start", "2021-01-01")
                  .put("end", "2021-06-30"))
              .add(MAPPER.createObjectNode().put("chair", "B").put("start", "2021-06-30")
                  .put("end", "2021-12-31"))),
      new Breakage<>("turns/0/end", StructureGens.chairRotations(), ChairRotation.class,
          o -> o.putArray("turns").add(MAPPER.createObjectNode().put("chair", "A")
              .put("start", "2021-01-01").put("end", "2020-06-30"))),
      new Breakage<>("turns/0/chair", StructureGens.chairRotations(), ChairRotation.class,
          o -> o.putArray("turns").add(MAPPER.createObjectNode()
              .put("start", "2021-01-01").put("end", "2021-06-30"))));

  @Test
  void brokenValue_isRefusedAtItsPointer() {
    for (Breakage<?> b : BREAKAGES) {
      refusedAt(b);
    }
  }

  private static <T> void refusedAt(Breakage<T> b) {
    ListKind<T> kind = DocumentKind.listOf("test-list", b.type());
    qt().withExamples(20).forAll(b.values()).checkAssert(v -> {
      try {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.toBytes(
            Envelope.of(kind, Fixtures.NOON, ImmutableList.of(v)),
            WriteOptions.revealPersonalData()));
        b.breakIt().accept((ObjectNode) tree.get("data").get(0));
        String doc = tree.toString();
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
            () -> JSON.read(doc, kind), doc);
        assertEquals("/data/0/" + b.property(), e.problems().get(0).pointer(), e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void duplicateIdsInLists_areRefusedAtTheSecond() throws IOException {
    String duties = "{\"duties\":[{\"id\":\"D\",\"title\":\"a\",\"kind\":\"ADMINISTRATIVE\","
        + "\"lead\":\"L\"},{\"id\":\"D\",\"title\":\"b\",\"kind\":\"ADMINISTRATIVE\","
        + "\"lead\":\"L\"}]}";
    ListKind<ResponsibilityList> rk = DocumentKind.listOf("test-list", ResponsibilityList.class);
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> JSON.read(doc(rk, duties), rk));
    assertEquals("/data/0/duties/1/id", e.problems().get(0).pointer(), e.getMessage());
    String entries = "{\"entries\":[{\"task\":\"T\",\"title\":\"a\"},{\"task\":\"T\","
        + "\"title\":\"b\"}]}";
    ListKind<AccessList> ak = DocumentKind.listOf("test-list", AccessList.class);
    e = assertThrows(InvalidDocumentException.class, () -> JSON.read(doc(ak, entries), ak));
    assertEquals("/data/0/entries/1/task", e.problems().get(0).pointer(), e.getMessage());
    // the plain module mapper refuses with a Jackson exception, never a bare one
    assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> PLAIN.readValue(entries, AccessList.class));
    assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> PLAIN.readValue("{\"id\":\"P\"}", Person.class));
    assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> PLAIN.readValue("{\"id\":\"P\",\"name\":null}", Person.class));
    assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> PLAIN.readValue("{\"id\":\"D\",\"title\":\"t\",\"kind\":\"ADMINISTRATIVE\","
            + "\"lead\":\"L\",\"cooperating\":[\"L\"]}", Duty.class));
  }

  private static String doc(DocumentKind<?> kind, String item) {
    return "{\"format\":\"grassroots-governance\",\"version\":\"1.0.0\","
        + "\"generatedAt\":\"2024-05-01T12:00:00+08:00\",\"kind\":\"" + kind.name()
        + "\",\"data\":[" + item + "]}";
  }

  @Test
  void optionalProperties_mayBeLeftOut_andTakeTheBuilderDefaults() throws IOException {
    Membership m = MAPPER.readValue("{\"person\":\"P\",\"organization\":\"O\","
        + "\"role\":\"GRID_WORKER\",\"start\":\"2021-03-01\"}", Membership.class);
    assertEquals(org.grassroots.governance.structure.TenureEnd.UNKNOWN, m.endStatus());
    assertFalse(m.fullTime());
    Membership ended = MAPPER.readValue("{\"person\":\"P\",\"organization\":\"O\","
        + "\"role\":\"GRID_WORKER\",\"start\":\"2021-03-01\",\"end\":\"2022-01-01\"}",
        Membership.class);
    assertEquals(org.grassroots.governance.structure.TenureEnd.ON_DATE, ended.endStatus());
    Person p = MAPPER.readValue("{\"id\":\"P\",\"name\":\"张三\"}", Person.class);
    assertFalse(p.partyMember());
    assertEquals(ChairTerm.of(org.grassroots.governance.id.PersonId.of("A"),
            java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 2, 1)),
        MAPPER.readValue("{\"chair\":\"A\",\"start\":\"2021-01-01\",\"end\":\"2021-02-01\"}",
            ChairTerm.class));
  }
}
