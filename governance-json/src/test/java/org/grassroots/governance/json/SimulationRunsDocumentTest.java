package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
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
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.grassroots.governance.json.simulation.SimulationRunsDocument;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.RunRecord;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The {@code simulation-runs} kind: round trip (whole and streamed), schema, summary, pointers. */
class SimulationRunsDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  /** The runs of a tiny generated scenario: 1 to 3 replications, 2 policies, 3 algorithms. */
  static List<RunRecord> runs(long seed, List<RunRecord> out) {
    SplittableRandom r = new SplittableRandom(seed);
    Scenario s = Scenario.of("tiny-" + r.nextInt(100), ScenarioGens.tiny(r), r.nextLong());
    MonteCarloRunner.builder(s).runs(1 + r.nextInt(3)).threads(1)
        .algorithm("greedy", GreedyMatching.firstComeFirstServed())
        .algorithm("exact", ExactMatching.withThreads(1))
        .algorithm("stable", DeferredAcceptance.demandProposing())
        .policy("default", MatchingPolicy.defaults())
        .policy("community", MatchingPolicy.defaults().withMaxMeetingLevel(MeetingLevel.COMMUNITY))
        .build().run(out::add);
    return out;
  }

  @Test
  void runs_roundTrip_wholeStreamedAndPlain_andValidate() {
    qt().withExamples(15).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      ImmutableList<RunRecord> runs = ImmutableList.copyOf(runs(seed, new ArrayList<>()));
      String doc = JSON.toJson(Envelope.of(SimulationRunsDocument.KIND, Fixtures.NOON, runs));
      ImmutableList<RunRecord> read = JSON.read(doc, SimulationRunsDocument.KIND).data();
      assertEquals(runs, read);
      List<Error> errors = Schemas.validate(SimulationRunsDocument.KIND, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ListWriter<RunRecord> w = JSON.listWriter(out, SimulationRunsDocument.KIND,
          Fixtures.NOON)) {
        runs.forEach(w::write);
      }
      List<RunRecord> streamed = new ArrayList<>();
      try (ListReader<RunRecord> in = JSON.listReader(new ByteArrayInputStream(out.toByteArray()),
          SimulationRunsDocument.KIND)) {
        while (in.hasNext()) {
          streamed.add(in.next());
        }
      }
      assertEquals(runs, streamed);
      try {
        RunRecord first = runs.get(0);
        assertEquals(first, PLAIN.readValue(PLAIN.writeValueAsString(first), RunRecord.class));
        assertEquals(first.metrics(), PLAIN.readValue(
            PLAIN.writeValueAsString(first.metrics()), MatchingMetrics.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      RunSummary s = RunSummary.of(read);
      for (String p : s.policies()) {
        for (String a : s.algorithms()) {
          for (Measure m : Measure.values()) {
            double[] expected = runs.stream().filter(x -> x.policy().equals(p)
                && x.algorithm().equals(a)).sorted(java.util.Comparator.comparingInt(
                    RunRecord::run)).mapToDouble(m::of).toArray();
            assertArrayEquals(expected, s.series(p, a, m));
          }
        }
      }
    });
  }

  /** One way of breaking a written list, and the pointer that must be named. */
  private record Breakage(String pointer, boolean schema, Consumer<ObjectNode> breakIt) {}

  @Test
  void brokenRuns_areRefusedAtTheirPointer() throws IOException {
    ImmutableList<RunRecord> runs = ImmutableList.copyOf(runs(7, new ArrayList<>()));
    String doc = JSON.toJson(Envelope.of(SimulationRunsDocument.KIND, Fixtures.NOON, runs));
    MatchingMetrics m = runs.get(1).metrics();
    List<Breakage> b = List.of(
        new Breakage("/data/1/policy", true, d -> record(d, 1).put("policy", " ")),
        new Breakage("/data/1/run", true, d -> record(d, 1).put("run", -1)),
        new Breakage("/data/1/wallNanos", true, d -> record(d, 1).put("wallNanos", -5)),
        new Breakage("/data/1/metrics", true, d -> record(d, 1).remove("metrics")),
        new Breakage("/data/1/metrics/servedQuantity", false,
            d -> metrics(d, 1).put("servedQuantity", m.demandedQuantity() + 1)),
        new Breakage("/data/1/metrics/demandsPartlyServed", false,
            d -> metrics(d, 1).put("demandsPartlyServed", m.demands() + 1)),
        new Breakage("/data/1/metrics/coverage", false,
            d -> metrics(d, 1).put("coverage", m.coverage() / 2 + 0.01)),
        new Breakage("/data/1/metrics/meanUnitCost", false,
            d -> metrics(d, 1).put("meanUnitCost", m.meanUnitCost() + 1)),
        new Breakage("/data/1/metrics/gridCoverageGini", true,
            d -> metrics(d, 1).put("gridCoverageGini", 1.5)),
        new Breakage("/data/1/metrics/byUrgency/ROUTINE/served", false,
            d -> ((ObjectNode) metrics(d, 1).get("byUrgency")).putObject("ROUTINE")
                .put("demands", 1).put("fullyServed", 0).put("demanded", 1).put("served", 2)
                .put("rate", 2.0)),
        new Breakage("/data/1/metrics/byCategory/ELDER_CARE/rate", false,
            d -> ((ObjectNode) metrics(d, 1).get("byCategory")).putObject("ELDER_CARE")
                .put("demands", 2).put("fullyServed", 1).put("demanded", 4).put("served", 2)
                .put("rate", 0.75)));
    for (Breakage x : b) {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
      x.breakIt().accept(tree);
      String broken = tree.toString();
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(broken, SimulationRunsDocument.KIND), x.pointer());
      assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(x.pointer())),
          x.pointer() + " not named: " + e.getMessage());
      if (x.schema()) {
        assertFalse(Schemas.validate(SimulationRunsDocument.KIND, broken).isEmpty(),
            x.pointer() + " passes the schema");
      }
    }
  }

  private static ObjectNode record(ObjectNode doc, int i) {
    return (ObjectNode) doc.get("data").get(i);
  }

  private static ObjectNode metrics(ObjectNode doc, int i) {
    return (ObjectNode) record(doc, i).get("metrics");
  }

  @Test
  void goldenDocument_validatesReadsAndSummarises() {
    String doc;
    try (InputStream in = SimulationRunsDocumentTest.class.getResourceAsStream(
        "golden/simulation/valid/simulation-runs.json")) {
      assertNotNull(in);
      doc = new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(Schemas.validate(SimulationRunsDocument.KIND, doc).isEmpty());
    ImmutableList<RunRecord> runs = JSON.read(doc, SimulationRunsDocument.KIND).data();
    RunSummary s = RunSummary.of(runs);
    assertEquals(2, s.runs());
    assertEquals(List.of("greedy", "exact"), s.algorithms());
    String missing = doc.replaceFirst("\"run\" : 1", "\"run\" : 0");
    assertThrows(org.grassroots.governance.validation.InvalidValueException.class,
        () -> RunSummary.of(JSON.read(missing, SimulationRunsDocument.KIND).data()));
  }
}
