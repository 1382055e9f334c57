package org.grassroots.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.grassroots.governance.json.Envelope;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.json.matching.SolvedProblem;
import org.grassroots.governance.json.simulation.ScenarioDocument;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00+08:00");
  private static final Scenario SMALL = Scenario.of("small", Presets.of("small"), 7L);
  private static final MatchingProblem PROBLEM = ScenarioGenerator.generate(SMALL).problem();

  private static String problemDocument() {
    return JSON.toJson(Envelope.of(MatchingDocuments.PROBLEM, NOW, PROBLEM));
  }

  @Test
  void match_readsAProblemFile_writesAResultFile_andSummarisesOnStderr(@TempDir Path dir)
      throws IOException {
    Path in = dir.resolve("problem.json");
    Files.writeString(in, problemDocument());
    Path out = dir.resolve("out/result.json");
    CliRun r = CliRun.run("match", in.toString(), "--algorithm", "greedy-first-come",
        "-o", out.toString());
    assertEquals(0, r.exit, r.toString());
    SolvedProblem s = JSON.read(Files.readAllBytes(out), MatchingDocuments.RESULT).data();
    assertEquals(PROBLEM, s.problem());
    MatchingAlgorithm.Result expected = GreedyMatching.firstComeFirstServed().solve(PROBLEM);
    assertEquals(expected, s.result());
    assertEquals("", r.out);
    assertTrue(r.err.startsWith("greedy-first-come: " + PROBLEM.demands().size() + " demands, "
        + PROBLEM.resources().size() + " resources: " + expected.allocations().size()
        + " allocations, served " + expected.metrics().servedQuantity() + "/"
        + expected.metrics().demandedQuantity()), r.err);
    assertEquals(1, r.err.lines().count(), r.err);
  }

  @Test
  void match_stdinToStdout_quiet_isTheExactResult() {
    CliRun r = CliRun.withInput(problemDocument(), "match", "--quiet", "--threads", "2");
    assertEquals(0, r.exit, r.toString());
    assertEquals("", r.err);
    SolvedProblem s = JSON.read(r.out, MatchingDocuments.RESULT).data();
    assertEquals(ExactMatching.create().solve(PROBLEM), s.result());
    CliRun indented = CliRun.withInput(problemDocument(), "match", "-", "--quiet", "--indent");
    assertTrue(indented.out.contains("\n  \"kind\" : \"matching-result\""), indented.out);
    assertEquals(s, JSON.read(indented.out, MatchingDocuments.RESULT).data());
  }

  @Test
  void match_everyAlgorithmByNameAndByShortName() {
    Map<String, MatchingAlgorithm> names = Map.of(
        "exact", ExactMatching.create(), "optimal", ExactMatching.create(),
        "greedy-cheapest-first", GreedyMatching.cheapestFirst(),
        "cheapest", GreedyMatching.cheapestFirst(),
        "stable-demand-proposing", DeferredAcceptance.demandProposing(),
        "stable", DeferredAcceptance.demandProposing(),
        "stable-resource-proposing", DeferredAcceptance.resourceProposing(),
        "stable-resource", DeferredAcceptance.resourceProposing(),
        "greedy", GreedyMatching.firstComeFirstServed());
    for (Map.Entry<String, MatchingAlgorithm> e : names.entrySet()) {
      CliRun r = CliRun.withInput(problemDocument(), "match", "-a", e.getKey(), "--quiet");
      assertEquals(0, r.exit, e.getKey() + ": " + r);
      assertEquals(e.getValue().solve(PROBLEM),
          JSON.read(r.out, MatchingDocuments.RESULT).data().result(), e.getKey());
    }
  }

  @Test
  void match_invalidProblem_exitsWithTwo_oneLinePerProblemWithItsPointer() throws IOException {
    ObjectMapper m = JSON.mapper();
    ObjectNode doc = (ObjectNode) m.readTree(problemDocument());
    // two faults in one demand: the reader reports both (it stops at the first bad value)
    ObjectNode demand = (ObjectNode) doc.get("data").get("demands").get(0);
    demand.put("quantity", 0);
    demand.putArray("requiredSkills").add(" ");
    CliRun r = CliRun.withInput(doc.toString(), "match");
    assertEquals(GovernanceCli.INVALID, r.exit, r.toString());
    assertEquals("", r.out);
    assertTrue(r.err.contains("invalid: <stdin>: /data/demands/0/quantity: "), r.err);
    assertTrue(r.err.contains("invalid: <stdin>: /data/demands/0/requiredSkills: "), r.err);
    assertEquals(2, r.err.lines().count(), r.err);
    assertFalse(r.err.contains("\tat "), r.err);
  }

  @Test
  void match_refusesAnotherKind_anUnknownAlgorithm_andMissingFile(@TempDir Path dir) {
    String scenario = JSON.toJson(Envelope.of(ScenarioDocument.KIND, NOW, SMALL));
    CliRun kind = CliRun.withInput(scenario, "match");
    assertEquals(GovernanceCli.INVALID, kind.exit, kind.toString());
    assertTrue(kind.err.contains("/kind: must be \"matching-problem\""), kind.err);
    CliRun algorithm = CliRun.withInput(problemDocument(), "match", "--algorithm", "magic");
    assertEquals(GovernanceCli.INVALID, algorithm.exit);
    assertTrue(algorithm.err.contains("--algorithm: must be one of exact, greedy-first-come"),
        algorithm.err);
    CliRun missing = CliRun.run("match", dir.resolve("nothing.json").toString());
    assertEquals(GovernanceCli.FAILED, missing.exit, missing.toString());
    assertTrue(missing.err.contains("nothing.json"), missing.err);
  }

  @Test
  void help_listsTheExitCodes() {
    CliRun r = CliRun.run("match", "--help");
    assertEquals(0, r.exit);
    assertTrue(r.out.contains("Exit codes:") && r.out.contains("--algorithm"), r.out);
  }
}
