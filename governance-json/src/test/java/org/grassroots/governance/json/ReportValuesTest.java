package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.grassroots.governance.grid.GridFusion;
import org.grassroots.governance.grid.GridLayer;
import org.grassroots.governance.grid.LevelCounts;
import org.grassroots.governance.grid.Restructured;
import org.grassroots.governance.matching.OptimalityGap;
import org.grassroots.governance.matching.PreferenceOrders;
import org.grassroots.governance.structure.AccessDecision;
import org.grassroots.governance.structure.AdministrativeTask;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Finding;
import org.grassroots.governance.structure.Holding;
import org.grassroots.governance.structure.Outcome;
import org.grassroots.governance.structure.PolicyProfile;
import org.grassroots.governance.structure.PolicyRule;
import org.grassroots.governance.structure.RoleHolders;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The grid, structure and matching report values one by one: write then read gives an equal value
 * (strict reader, plain module mapper, a one-item list document), every value written matches its
 * schema definition, and a value breaking an invariant is refused at the right pointer.
 */
class ReportValuesTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final int EXAMPLES = 60;
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, b -> b.schemaIdResolvers(r -> r.mapPrefix(
          ExchangeFormat.SCHEMA_BASE, "classpath:" + ExchangeFormat.SCHEMA_RESOURCES)));
  private static final Map<String, Schema> DEFS = new ConcurrentHashMap<>();

  private static List<Error> defErrors(String def, String json) {
    return DEFS.computeIfAbsent(def, d -> REGISTRY.getSchema(
            "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\""
                + ExchangeFormat.SCHEMA_BASE + d + "\"}", InputFormat.JSON))
        .validate(json, InputFormat.JSON);
  }

  private static String write(ObjectMapper m, Object v) {
    try {
      return m.writer().withAttribute(WriteOptions.REVEAL_ATTRIBUTE, Boolean.TRUE)
          .writeValueAsString(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Round trips through the strict mapper, the plain mapper and a list document, comparing what
   * {@code key} gives (the value itself for types with equality), and validates against {@code
   * def} ({@code file#/$defs/name}).
   */
  private static <T> void roundTripsAndValidates(Gen<T> values, Class<T> type, String def,
      Function<T, ?> key) {
    ListKind<T> kind = DocumentKind.listOf("test-list", type);
    qt().withExamples(EXAMPLES).forAll(values).checkAssert(v -> {
      try {
        String json = write(MAPPER, v);
        assertTrue(json.startsWith("{"), json);
        assertEquals(key.apply(v), key.apply(MAPPER.readValue(json, type)), json);
        assertEquals(key.apply(v), key.apply(PLAIN.readValue(write(PLAIN, v), type)));
        String doc = new String(JSON.toBytes(Envelope.of(kind, Fixtures.NOON, ImmutableList.of(v)),
            WriteOptions.revealPersonalData()), StandardCharsets.UTF_8);
        assertEquals(key.apply(v), key.apply(JSON.read(doc, kind).data().get(0)));
        List<Error> errors = defErrors(def, json);
        assertTrue(errors.isEmpty(), errors + " in " + json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static final String STRUCTURE = "structure.schema.json#/$defs/";
  private static final String MATCHING = "matching.schema.json#/$defs/";
  private static final String HIERARCHY = "hierarchy.schema.json#/$defs/";

  @Test
  void finding_roundTrips() {
    roundTripsAndValidates(StructureGens.findings(), Finding.class, STRUCTURE + "finding",
        f -> f);
  }

  @Test
  void administrativeTask_roundTrips() {
    roundTripsAndValidates(StructureGens.tasks(), AdministrativeTask.class,
        STRUCTURE + "administrativeTask", t -> t);
  }

  @Test
  void roleHolders_roundTrips() {
    roundTripsAndValidates(StructureGens.roleHolders(), RoleHolders.class,
        STRUCTURE + "roleHolders", h -> h);
  }

  @Test
  void accessDecision_roundTrips_withItsMessage() {
    roundTripsAndValidates(StructureGens.accessDecisions(), AccessDecision.class,
        STRUCTURE + "accessDecision", d -> d instanceof AccessDecision.Refused
            ? List.of(d, ((AccessDecision.Refused) d).message()) : d);
  }

  @Test
  void policyProfile_roundTrips_byRuleParameters() {
    roundTripsAndValidates(StructureGens.policyProfiles(), PolicyProfile.class,
        STRUCTURE + "policyProfile", p -> p);
    PolicyProfile seed = PolicyProfile.defaultProfile();
    String json = write(MAPPER, seed);
    assertTrue(json.contains("{\"type\":\"MINIMUM_HOLDERS\",\"name\":\"community-workers-at-least-6\","
        + "\"role\":\"COMMUNITY_WORKER\",\"minimum\":6,\"fullTimeOnly\":false}"), json);
    assertTrue(!json.contains("StandardRules") && !json.contains("@class"), json);
  }

  @Test
  void enums_areWrittenAsTheirNames() throws IOException {
    for (Outcome o : Outcome.values()) {
      assertEquals("\"" + o.name() + "\"", MAPPER.writeValueAsString(o));
      assertEquals(o, MAPPER.readValue("\"" + o.name() + "\"", Outcome.class));
    }
    for (Holding h : Holding.values()) {
      assertEquals("\"" + h.name() + "\"", MAPPER.writeValueAsString(h));
      assertEquals(h, MAPPER.readValue("\"" + h.name() + "\"", Holding.class));
    }
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("0", Outcome.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"met\"", Outcome.class));
  }

  @Test
  void customPolicyRule_cannotBeWritten() {
    PolicyRule custom = new PolicyRule() {
      private static final long serialVersionUID = 1L;

      @Override
      public String name() {
        return "my-rule";
      }

      @Override
      public String description() {
        return "a region's own rule";
      }

      @Override
      public List<Finding> evaluate(CommunityGovernance governance, LocalDate on) {
        return List.of();
      }
    };
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.writeValueAsString(PolicyProfile.of("p", List.of(custom))));
    assertTrue(String.valueOf(e.getMessage()).contains("my-rule is not made by the PolicyRule factories"),
        e.getMessage());
  }

  @Test
  void preferenceOrders_roundTrip() {
    roundTripsAndValidates(MatchingGens.preferenceOrders(), PreferenceOrders.class,
        MATCHING + "preferenceOrders", o -> o);
  }

  @Test
  void preferenceOrders_sidesMayBeLeftOut() throws IOException {
    PreferenceOrders o = MAPPER.readValue("{\"byDemand\":{\"D-1\":[\"R-2\",\"R-1\"]}}",
        PreferenceOrders.class);
    assertEquals(2, o.byDemand().values().iterator().next().size());
    assertTrue(o.byResource().isEmpty());
    assertEquals(PreferenceOrders.none(), MAPPER.readValue("{}", PreferenceOrders.class));
  }

  @Test
  void optimalityGap_roundTrips_infinityAsNull() throws IOException {
    roundTripsAndValidates(MatchingGens.optimalityGaps(), OptimalityGap.class,
        MATCHING + "optimalityGap", g -> g);
    OptimalityGap g = OptimalityGap.of(0.25, Double.POSITIVE_INFINITY);
    assertEquals("{\"weightedServedGap\":0.25,\"costGap\":null}", MAPPER.writeValueAsString(g));
    assertEquals(g, MAPPER.readValue("{\"weightedServedGap\":0.25,\"costGap\":null}",
        OptimalityGap.class));
  }

  @Test
  void gridLayer_roundTrips() {
    roundTripsAndValidates(GridGens.gridLayers(), GridLayer.class, HIERARCHY + "gridLayer",
        l -> List.of(l.name(), l.gridOf()));
  }

  @Test
  void levelCounts_roundTrip() {
    roundTripsAndValidates(GridGens.levelCounts(), LevelCounts.class, HIERARCHY + "levelCounts",
        c -> c);
  }

  @Test
  void restructured_roundTrips() {
    roundTripsAndValidates(GridGens.restructurings(), Restructured.class,
        HIERARCHY + "restructured",
        r -> List.of(HierarchyDocumentTest.nodes(r.hierarchy()), r.mapping()));
  }

  @Test
  void gridFusionResult_roundTrips_andItsDerivedDataIsOptional() throws IOException {
    roundTripsAndValidates(GridGens.fusions(), GridFusion.Result.class, HIERARCHY + "gridFusion",
        ReportValuesTest::fusionParts);
    qt().withExamples(20).forAll(GridGens.fusions()).checkAssert(f -> {
      try {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(write(MAPPER, f));
        tree.remove(List.of("fusedGrids", "mapping", "conflicts"));
        assertEquals(fusionParts(f),
            fusionParts(MAPPER.readValue(tree.toString(), GridFusion.Result.class)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static List<Object> fusionParts(GridFusion.Result f) {
    return List.of(f.layers().stream().map(l -> List.of(l.name(), l.gridOf())).toList(),
        f.fusedGrids(), f.mapping(), f.conflicts());
  }

  /** A value of one type broken in one way, and the pointer under {@code /data/0}. */
  private record Breakage<T>(String property, Gen<T> values, Class<T> type,
      Consumer<ObjectNode> breakIt) {}

  private static final ImmutableList<Breakage<?>> BREAKAGES = ImmutableList.of(
      new Breakage<>("rule", StructureGens.findings(), Finding.class, o -> o.put("rule", " ")),
      new Breakage<>("outcome", StructureGens.findings(), Finding.class,
          o -> o.put("outcome", "PASSED")),
      new Breakage<>("measured", StructureGens.findings(), Finding.class,
          o -> o.put("measured", "4")),
      new Breakage<>("issuedBy", StructureGens.tasks(), AdministrativeTask.class,
          o -> o.put("issuedBy", "")),
      new Breakage<>("pushedOn", StructureGens.tasks(), AdministrativeTask.class,
          o -> o.remove("pushedOn")),
      new Breakage<>("held/0", StructureGens.roleHolders(), RoleHolders.class,
          o -> o.put("date", "1990-01-01").putArray("held").addObject().put("person", "P")
              .put("organization", "O").put("role", o.get("role").asText())
              .put("start", "2000-01-01")),
      new Breakage<>("unknown/0/role", StructureGens.roleHolders(), RoleHolders.class,
          o -> {
            o.put("role", "VOLUNTEER").put("date", "2001-01-01").putArray("held");
            o.putArray("unknown").addObject().put("person", "P").put("organization", "O")
                .put("role", "GRID_WORKER").put("start", "2000-01-01");
          }),
      new Breakage<>("entry", StructureGens.accessDecisions(), AccessDecision.class,
          o -> o.put("accepted", true).remove(List.of("entry", "reason", "message"))),
      new Breakage<>("reason", StructureGens.accessDecisions(), AccessDecision.class,
          o -> o.put("accepted", false).put("message", "m").remove(List.of("entry", "reason"))),
      new Breakage<>("message", StructureGens.accessDecisions(), AccessDecision.class,
          o -> o.put("accepted", false).put("reason", "NOT_LISTED").put("message", " ")
              .remove("entry")),
      new Breakage<>("entry/task", StructureGens.accessDecisions(), AccessDecision.class,
          o -> {
            o.put("accepted", true).remove(List.of("reason", "message"));
            o.putObject("entry").put("task", "OTHER-TASK").put("title", "t");
          }),
      new Breakage<>("rules/0/minimum", StructureGens.policyProfiles(), PolicyProfile.class,
          o -> o.putArray("rules").addObject().put("type", "MINIMUM_HOLDERS").put("name", "r")
              .put("role", "VOLUNTEER").put("minimum", -1).put("fullTimeOnly", true)),
      new Breakage<>("rules/0/role", StructureGens.policyProfiles(), PolicyProfile.class,
          o -> o.putArray("rules").addObject().put("type", "PARTY_BRANCH_ON_EVERY_GRID")
              .put("name", "r").put("role", "VOLUNTEER")),
      new Breakage<>("rules/0/leadKind", StructureGens.policyProfiles(), PolicyProfile.class,
          o -> o.putArray("rules").addObject().put("type", "DUTIES_LED_BY").put("name", "r")
              .put("duty", "ADMINISTRATIVE")),
      new Breakage<>("rules/0/type", StructureGens.policyProfiles(), PolicyProfile.class,
          o -> o.putArray("rules").addObject()
              .put("type", "org.grassroots.governance.structure.StandardRules$MinimumHolders")
              .put("name", "r")),
      new Breakage<>("rules/1/name", StructureGens.policyProfiles(), PolicyProfile.class,
          o -> o.putArray("rules").add(MAPPER.createObjectNode().put("type",
              "PARTY_BRANCH_ON_EVERY_GRID").put("name", "same")).add(MAPPER.createObjectNode()
              .put("type", "EVERY_PART_TIME_MEMBER_CHAIRS").put("name", "same"))),
      new Breakage<>("byDemand/D-1/1", MatchingGens.preferenceOrders(), PreferenceOrders.class,
          o -> o.putObject("byDemand").putArray("D-1").add("R-1").add("R-1")),
      new Breakage<>("byResource/R-1", MatchingGens.preferenceOrders(), PreferenceOrders.class,
          o -> o.putObject("byResource").putNull("R-1")),
      new Breakage<>("weightedServedGap", MatchingGens.optimalityGaps(), OptimalityGap.class,
          o -> o.put("weightedServedGap", 1.5)),
      new Breakage<>("costGap", MatchingGens.optimalityGaps(), OptimalityGap.class,
          o -> o.put("costGap", -1.5)),
      new Breakage<>("name", GridGens.gridLayers(), GridLayer.class, o -> o.put("name", " ")),
      new Breakage<>("layers/1/name", GridGens.fusions(), GridFusion.Result.class,
          o -> ((com.fasterxml.jackson.databind.node.ArrayNode) o.get("layers"))
              .insert(1, o.get("layers").get(0).deepCopy())),
      new Breakage<>("layers", GridGens.fusions(), GridFusion.Result.class,
          o -> o.putArray("layers")),
      new Breakage<>("mapping/no-such-layer", GridGens.fusions(), GridFusion.Result.class,
          o -> ((ObjectNode) o.get("mapping")).putObject("no-such-layer")),
      new Breakage<>("gridOf/35010200100100010001", GridGens.gridLayers(), GridLayer.class,
          o -> o.putObject("gridOf").put("35010200100100010001", "123")),
      new Breakage<>("COMMUNITY", GridGens.levelCounts(), LevelCounts.class,
          o -> o.put("COMMUNITY", -3)),
      new Breakage<>("GRID", GridGens.levelCounts(), LevelCounts.class, o -> o.remove("GRID")),
      new Breakage<>("mapping/110000000000", GridGens.restructurings(), Restructured.class,
          o -> o.putObject("mapping").put("110000000000", "1100000000000001")),
      new Breakage<>("mapping/110000000000", GridGens.restructurings(), Restructured.class,
          o -> o.putObject("mapping").put("110000000000", "110000000000")));

  @Test
  void brokenValue_isRefusedAtItsPointer() {
    for (Breakage<?> b : BREAKAGES) {
      refusedAt(b);
    }
  }

  private static <T> void refusedAt(Breakage<T> b) {
    ListKind<T> kind = DocumentKind.listOf("test-list", b.type());
    qt().withExamples(15).forAll(b.values()).checkAssert(v -> {
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
}
