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
import com.google.common.io.ByteStreams;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.json.matching.SolvedProblem;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.UnmatchedReason;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The {@code matching-result} kind: a problem with the result of an algorithm on it. */
class MatchingResultDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final List<MatchingAlgorithm> ALGORITHMS = List.of(
      ExactMatching.withThreads(1), GreedyMatching.firstComeFirstServed(),
      GreedyMatching.cheapestFirst(), DeferredAcceptance.demandProposing(),
      DeferredAcceptance.resourceProposing());

  /** Problems of tiny generated districts (many allocations) and of the random generators. */
  static Gen<SolvedProblem> solved() {
    return SourceDSL.longs().all().map(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      MatchingProblem p = r.nextInt(3) > 0
          ? ScenarioGenerator.generate(Scenario.of("t", ScenarioGens.tiny(r), seed)).problem()
          : MatchingProblem.builder().demands(MatchingGens.demands(r))
              .resources(MatchingGens.resources(r)).policy(MatchingGens.policy(r)).build();
      return SolvedProblem.solve(p, ALGORITHMS.get(r.nextInt(ALGORITHMS.size())));
    });
  }

  static String golden(String folder, String name) {
    String path = "golden/matching/" + folder + "/" + name;
    try (InputStream in = MatchingResultDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void result_roundTrips_andValidates() {
    qt().withExamples(40).forAll(solved()).checkAssert(s -> {
      String doc = JSON.toJson(Envelope.of(MatchingDocuments.RESULT, Fixtures.NOON, s));
      SolvedProblem back = JSON.read(doc, MatchingDocuments.RESULT).data();
      assertEquals(s, back, doc);
      assertEquals(s.result(), back.result());
      List<Error> errors = Schemas.validate(MatchingDocuments.RESULT, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      try {
        assertEquals(s, PLAIN.readValue(PLAIN.writeValueAsString(s), SolvedProblem.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void derivedData_isOptional_andAllocationsMayComeInAnyOrder() {
    qt().withExamples(20).forAll(solved()).checkAssert(s -> {
      try {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(
            JSON.toJson(Envelope.of(MatchingDocuments.RESULT, Fixtures.NOON, s)));
        ObjectNode data = (ObjectNode) tree.get("data");
        data.remove("unmatched");
        data.remove("metrics");
        ArrayNode allocations = (ArrayNode) data.get("allocations");
        List<JsonNode> reversed = new ArrayList<>();
        allocations.forEach(reversed::add);
        java.util.Collections.reverse(reversed);
        allocations.removeAll().addAll(reversed);
        String doc = tree.toString();
        assertTrue(Schemas.validate(MatchingDocuments.RESULT, doc).isEmpty(), doc);
        assertEquals(s, JSON.read(doc, MatchingDocuments.RESULT).data());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void solvedProblemOf_refusesAResultOfAnotherProblem() {
    qt().withExamples(20).forAll(solved(), solved()).checkAssert((a, b) -> {
      if (a.result().equals(b.result())
          || SolvedProblem.solve(a.problem(), ExactMatching.withThreads(1)).result()
              .metrics().equals(b.result().metrics())) {
        return;
      }
      assertThrows(InvalidValueException.class, () -> SolvedProblem.of(a.problem(), b.result()));
    });
    qt().withExamples(20).forAll(solved()).checkAssert(
        s -> assertEquals(s, SolvedProblem.of(s.problem(), s.result())));
  }

  /** One way of breaking a written result, the pointer to name, and whether the schema sees it. */
  private record Breakage(String pointer, boolean schema, Consumer<ObjectNode> breakIt) {}

  private static ObjectNode at(ObjectNode data, String array, int i) {
    return (ObjectNode) data.get(array).get(i);
  }

  @Test
  void brokenResult_isRefusedAtItsPointer() {
    qt().withExamples(12).forAll(solved()).checkAssert(s -> {
      String doc = JSON.toJson(Envelope.of(MatchingDocuments.RESULT, Fixtures.NOON, s));
      List<Breakage> b = new ArrayList<>();
      b.add(new Breakage("/data/algorithm", true, d -> d.put("algorithm", " ")));
      b.add(new Breakage("/data/problem", true, d -> d.remove("problem")));
      b.add(new Breakage("/data/allocations", true, d -> d.remove("allocations")));
      b.add(new Breakage("/data/metrics/totalCost", false,
          d -> ((ObjectNode) d.get("metrics")).put("totalCost",
              s.result().metrics().totalCost() + 1)));
      b.add(new Breakage("/data/metrics/coverage", false,
          d -> ((ObjectNode) d.get("metrics")).put("coverage", 0.123456789)));
      b.add(new Breakage("/data/metrics/extra", true,
          d -> ((ObjectNode) d.get("metrics")).put("extra", 1)));
      if (!s.result().allocations().isEmpty()) {
        b.add(new Breakage("/data/allocations/0/quantity", true,
            d -> at(d, "allocations", 0).put("quantity", 0)));
        b.add(new Breakage("/data/allocations/0/demand", false,
            d -> at(d, "allocations", 0).put("demand", "no-such-demand")));
        b.add(new Breakage("/data/allocations/0/resource", false,
            d -> at(d, "allocations", 0).put("resource", "no-such-resource")));
        b.add(new Breakage("/data/allocations/0/unitCost", false,
            d -> at(d, "allocations", 0).put("unitCost",
                s.result().allocations().get(0).unitCost() + 1)));
        b.add(new Breakage("/data/allocations/0/level", true,
            d -> at(d, "allocations", 0).put("level", "GALAXY")));
        b.add(new Breakage("/data/allocations/1", false,
            d -> ((ArrayNode) d.get("allocations")).insert(1, at(d, "allocations", 0))));
        b.add(new Breakage("/data/unmatched", false, d -> ((ArrayNode) d.get("unmatched"))
            .addObject().put("demand", "x").put("quantity", 1).put("reason", "NOT_CHOSEN")
            .putArray("filledResources")));
      }
      if (!s.result().unmatched().isEmpty()) {
        UnmatchedReason other = s.result().unmatched().get(0).reason()
            == UnmatchedReason.NOT_CHOSEN ? UnmatchedReason.CAPACITY_EXHAUSTED
            : UnmatchedReason.NOT_CHOSEN;
        b.add(new Breakage("/data/unmatched/0/reason", false,
            d -> at(d, "unmatched", 0).put("reason", other.name())));
      }
      for (Breakage x : b) {
        try {
          ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
          x.breakIt().accept((ObjectNode) tree.get("data"));
          String broken = tree.toString();
          InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
              () -> JSON.read(broken, MatchingDocuments.RESULT), x.pointer());
          assertTrue(e.problems().stream().anyMatch(p -> p.pointer().startsWith(x.pointer())),
              x.pointer() + " not named: " + e.getMessage());
          if (x.schema()) {
            assertFalse(Schemas.validate(MatchingDocuments.RESULT, broken).isEmpty(),
                x.pointer() + " passes the schema");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  @Test
  void goldenResult_validatesAndReads() {
    String doc = golden("valid", "matching-result.json");
    assertTrue(Schemas.validate(MatchingDocuments.RESULT, doc).isEmpty(),
        Schemas.validate(MatchingDocuments.RESULT, doc).toString());
    SolvedProblem s = JSON.read(doc, MatchingDocuments.RESULT).data();
    assertEquals(ExactMatching.create().solve(s.problem()), s.result());
    assertEquals(3, s.result().allocations().size());
    assertEquals(UnmatchedReason.OUTRANKED_BY_HIGHER_PRIORITY,
        s.result().unmatched().get(0).reason());
    assertEquals(List.of(org.grassroots.governance.id.ResourceId.of("R-2")),
        s.result().unmatched().get(0).filledResources());
  }

  /** Invalid golden document, the pointer the reader names, whether the schema refuses it. */
  private static final List<Object[]> INVALID = List.of(
      new Object[] {"result-over-capacity.json", "/data/allocations/1/quantity", false},
      new Object[] {"result-wrong-metrics.json", "/data/metrics/servedQuantity", false},
      new Object[] {"result-ineligible-pair.json", "/data/allocations/0/resource", false},
      new Object[] {"result-without-problem.json", "/data/problem", true});

  @Test
  void invalidGoldenResults_areRefusedAtTheirPointer() {
    for (Object[] row : INVALID) {
      String name = (String) row[0];
      String doc = golden("invalid", name);
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc, MatchingDocuments.RESULT), name);
      assertEquals(row[1], e.problems().get(0).pointer(), name + ": " + e.getMessage());
      if ((Boolean) row[2]) {
        assertFalse(Schemas.validate(MatchingDocuments.RESULT, doc).isEmpty(),
            name + " passes the schema");
      }
    }
  }

  @Test
  void schemaUnmatchedReasons_areTheJavaEnum() throws IOException {
    JsonNode defs;
    try (InputStream in = MatchingResultDocumentTest.class.getResourceAsStream(
        "/" + ExchangeFormat.SCHEMA_RESOURCES + "matching.schema.json")) {
      defs = MAPPER.readTree(in).get("$defs");
    }
    List<String> listed = new ArrayList<>();
    defs.get("unmatchedReason").get("enum").forEach(n -> listed.add(n.asText()));
    List<String> java = new ArrayList<>();
    for (UnmatchedReason r : UnmatchedReason.values()) {
      java.add(r.name());
    }
    assertEquals(java, listed);
  }
}
