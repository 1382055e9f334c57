package org.grassroots.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.grassroots.governance.evaluation.DefaultIndicatorSystems;
import org.grassroots.governance.evaluation.Indicator;
import org.grassroots.governance.evaluation.IndicatorSystem;
import org.grassroots.governance.evaluation.Measurements;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.json.Envelope;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.evaluation.EvaluationDocuments;
import org.grassroots.governance.json.evaluation.MeasuredEvaluation;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.json.matching.SolvedProblem;
import org.grassroots.governance.json.simulation.ScenarioDocument;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00+08:00");
  private static final Scenario SMALL = Scenario.of("small", Presets.of("small"), 11L);
  private static final MatchingProblem PROBLEM = ScenarioGenerator.generate(SMALL).problem();

  private static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void documents_knowEveryKindTheJsonModuleDeclares() throws IllegalAccessException {
    Class<?>[] holders = {
      org.grassroots.governance.json.register.OrganizationRegister.class,
      org.grassroots.governance.json.structure.CommunityDocument.class,
      org.grassroots.governance.json.agreement.AgreementDocument.class,
      MatchingDocuments.class, ScenarioDocument.class, EvaluationDocuments.class,
      org.grassroots.governance.json.grid.HierarchyDocument.class,
      org.grassroots.governance.json.deliberation.MatterDocument.class,
      org.grassroots.governance.json.agreement.DualReportingDocument.class,
      org.grassroots.governance.json.simulation.SimulationRunsDocument.class
    };
    java.util.Set<String> declared = new java.util.HashSet<>(); // two views may share a kind name
    for (Class<?> holder : holders) {
      for (java.lang.reflect.Field f : holder.getFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers())
            && org.grassroots.governance.json.DocumentKind.class.isAssignableFrom(f.getType())) {
          org.grassroots.governance.json.DocumentKind<?> kind =
              (org.grassroots.governance.json.DocumentKind<?>) f.get(null);
          assertTrue(Documents.KINDS.containsKey(kind.name()), holder.getSimpleName() + "." + f.getName());
          declared.add(kind.name());
        }
      }
    }
    assertEquals(declared.size(), Documents.KINDS.size());
  }

  @Test
  void validate_validDocumentsOfEveryKind_exitZero(@TempDir Path dir) throws IOException {
    Path problem = write(dir, "problem.json",
        JSON.toJson(Envelope.of(MatchingDocuments.PROBLEM, NOW, PROBLEM)));
    Path result = write(dir, "result.json", JSON.toJson(Envelope.of(MatchingDocuments.RESULT,
        NOW, SolvedProblem.solve(PROBLEM, ExactMatching.create()))));
    Path scenario = write(dir, "scenario.json",
        JSON.toJson(Envelope.of(ScenarioDocument.KIND, NOW, SMALL)));
    Path demands = write(dir, "demands.json",
        JSON.toJson(Envelope.of(MatchingDocuments.DEMANDS, NOW,
            com.google.common.collect.ImmutableList.copyOf(PROBLEM.demands()))));
    CliRun r = CliRun.run("validate", problem.toString(), result.toString(), scenario.toString(),
        demands.toString());
    assertEquals(0, r.exit, r.toString());
    assertTrue(r.out.contains(problem + ": valid matching-problem (format 1.1.0)"), r.out);
    assertTrue(r.out.contains(result + ": valid matching-result"), r.out);
    assertTrue(r.out.contains(scenario + ": valid scenario"), r.out);
    assertTrue(r.out.contains(demands + ": valid demand-list"), r.out);
    assertEquals(4, r.out.lines().count(), r.out);
    CliRun quiet = CliRun.run("validate", "--quiet", problem.toString());
    assertEquals(0, quiet.exit);
    assertEquals("", quiet.out);
  }

  @Test
  void validate_invalidDocuments_exitTwo_oneLinePerProblemWithItsPointer(@TempDir Path dir)
      throws IOException {
    ObjectNode doc = (ObjectNode) JSON.mapper().readTree(
        JSON.toJson(Envelope.of(MatchingDocuments.RESULT, NOW,
            SolvedProblem.solve(PROBLEM, ExactMatching.create()))));
    ObjectNode data = (ObjectNode) doc.get("data");
    ((ObjectNode) data.get("metrics")).put("totalCost", -1);
    ((ObjectNode) data.get("problem").get("demands").get(2)).put("quantity", 0);
    Path bad = write(dir, "bad-result.json", doc.toString());
    Path good = write(dir, "scenario.json",
        JSON.toJson(Envelope.of(ScenarioDocument.KIND, NOW, SMALL)));
    ObjectNode scenario = (ObjectNode) JSON.mapper().readTree(Files.readString(good));
    ((ObjectNode) scenario.get("data").get("parameters")).put("streets", 0)
        .put("urgentShare", 2.0);
    Path badScenario = write(dir, "bad-scenario.json", scenario.toString());
    CliRun r = CliRun.run("validate", bad.toString(), good.toString(), badScenario.toString());
    assertEquals(GovernanceCli.INVALID, r.exit, r.toString());
    assertTrue(r.out.contains(bad + ": /data/problem/demands/2/quantity: "), r.out);
    assertTrue(r.out.contains(good + ": valid scenario"), r.out);
    assertTrue(r.out.contains(badScenario + ": /data/parameters/streets: "), r.out);
    assertTrue(r.out.contains(badScenario + ": /data/parameters/urgentShare: "), r.out);
    assertFalse(r.out.contains("\tat "), r.out);
    // once the problem is valid, the derived data is checked against it
    ((ObjectNode) data.get("problem").get("demands").get(2))
        .put("quantity", PROBLEM.demands().get(2).quantity());
    Path wrongCost = write(dir, "wrong-cost.json", doc.toString());
    CliRun c = CliRun.run("validate", wrongCost.toString());
    assertEquals(GovernanceCli.INVALID, c.exit, c.toString());
    assertTrue(c.out.startsWith(wrongCost + ": /data/metrics/totalCost: does not match"), c.out);
  }

  @Test
  void validate_evaluationKinds_validAndInvalid(@TempDir Path dir) throws IOException {
    IndicatorSystem system = DefaultIndicatorSystems.communityStandard();
    Measurements.Builder b = Measurements.builder();
    DivisionCode c = DivisionCode.parse("440304003001");
    for (Indicator i : system.indicators()) {
      b.put(i.measure(), c, 1);
    }
    MeasuredEvaluation e = MeasuredEvaluation.of(system, b.build());
    Path sys = write(dir, "system.json",
        JSON.toJson(Envelope.of(EvaluationDocuments.SYSTEM, NOW, system)));
    Path measurements = write(dir, "measurements.json",
        JSON.toJson(Envelope.of(EvaluationDocuments.MEASUREMENTS, NOW, e.measurements())));
    Path evaluation = write(dir, "evaluation.json",
        JSON.toJson(Envelope.of(EvaluationDocuments.EVALUATION, NOW, e)));
    CliRun r = CliRun.run("validate", sys.toString(), measurements.toString(),
        evaluation.toString());
    assertEquals(0, r.exit, r.toString());
    assertTrue(r.out.contains(sys + ": valid indicator-system"), r.out);
    assertTrue(r.out.contains(measurements + ": valid measurements"), r.out);
    assertTrue(r.out.contains(evaluation + ": valid evaluation"), r.out);
    ObjectNode doc = (ObjectNode) JSON.mapper().readTree(Files.readString(evaluation));
    ((ObjectNode) doc.get("data").get("scores").get(0)).put("total", 100);
    Path wrong = write(dir, "wrong-total.json", doc.toString());
    CliRun w = CliRun.run("validate", wrong.toString());
    assertEquals(GovernanceCli.INVALID, w.exit, w.toString());
    assertTrue(w.out.startsWith(wrong + ": /data/scores/0/total: does not match"), w.out);
  }

  @Test
  void validate_stdin_unknownKind_lenientWarnings_missingFile(@TempDir Path dir) {
    String scenario = JSON.toJson(Envelope.of(ScenarioDocument.KIND, NOW, SMALL));
    CliRun in = CliRun.withInput(scenario, "validate", "-");
    assertEquals(0, in.exit, in.toString());
    assertEquals("<stdin>: valid scenario (format 1.1.0)", in.out.strip());
    CliRun unknown = CliRun.withInput(scenario.replace("\"kind\":\"scenario\"",
        "\"kind\":\"deliberation\""), "validate", "-");
    assertEquals(GovernanceCli.INVALID, unknown.exit, unknown.toString());
    assertTrue(unknown.out.startsWith("<stdin>: /kind: is not a kind this tool reads: "),
        unknown.out);
    String extra = scenario.replace("\"name\":", "\"colour\":\"red\",\"name\":");
    CliRun strict = CliRun.withInput(extra, "validate", "-");
    assertEquals(GovernanceCli.INVALID, strict.exit, strict.toString());
    assertTrue(strict.out.contains("/data/colour"), strict.out);
    CliRun lenient = CliRun.withInput(extra, "validate", "--lenient", "-");
    assertEquals(0, lenient.exit, lenient.toString());
    assertTrue(lenient.out.contains("<stdin>: warning: /data/colour"), lenient.out);
    CliRun notJson = CliRun.withInput("{\"format\": ", "validate", "-");
    assertEquals(GovernanceCli.INVALID, notJson.exit, notJson.toString());
    CliRun missing = CliRun.run("validate", dir.resolve("nothing.json").toString());
    assertEquals(GovernanceCli.FAILED, missing.exit, missing.toString());
  }

  /** A file stream that counts what it hands out and refuses to be read whole in one call. */
  static final class Watched extends java.io.FilterInputStream {
    long bytes;

    Watched(java.io.InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      bytes += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      bytes += Math.max(n, 0);
      return n;
    }

    @Override
    public byte[] readAllBytes() {
      throw new AssertionError("the document was read whole");
    }

    @Override
    public byte[] readNBytes(int len) {
      throw new AssertionError("the document was read whole");
    }

    @Override
    public long transferTo(java.io.OutputStream out) {
      throw new AssertionError("the document was read whole");
    }
  }

  private static final int LARGE = 200_000;

  /** 200,000 demands, written item by item with the streaming writer. */
  private static Path largeDemandList(Path dir) throws IOException {
    Path file = dir.resolve("demands-200k.json");
    org.grassroots.governance.matching.ServiceCategory[] categories =
        org.grassroots.governance.matching.ServiceCategory.values();
    org.grassroots.governance.id.NodeCode at =
        org.grassroots.governance.id.NodeCode.parse("3501020010010007");
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file));
        org.grassroots.governance.json.ListWriter<org.grassroots.governance.matching.Demand> w =
            JSON.listWriter(out, MatchingDocuments.DEMANDS, NOW)) {
      for (int i = 0; i < LARGE; i++) {
        w.write(org.grassroots.governance.matching.Demand.of(
            org.grassroots.governance.id.DemandId.of("D-" + i), categories[i % categories.length],
            1 + i % 7, org.grassroots.governance.matching.QuantityUnit.HOUR, at));
      }
    }
    return file;
  }

  @Test
  void validate_aLargeList_streamsTheFile_itemByItem(@TempDir Path dir) throws IOException {
    Path file = largeDemandList(dir);
    long size = Files.size(file);
    java.util.List<Watched> opened = new java.util.ArrayList<>();
    ValidateCommand.Opener watch = f -> {
      Watched w = new Watched(new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16));
      opened.add(w);
      return w;
    };
    CliRun r = CliRun.withFiles(watch, "validate", file.toString());
    assertEquals(0, r.exit, r.toString());
    assertEquals(file + ": valid demand-list (format 1.1.0)", r.out.strip());
    // two passes (the header skim, then the items), each through the whole file as a stream
    assertEquals(2, opened.size());
    for (Watched w : opened) {
      assertEquals(size, w.bytes);
    }
    // an invalid item near the start: the item pass stops there, having read a small prefix
    // of the file, so items are checked as they are read, not after reading the file
    String text = Files.readString(file);
    int seventh = text.indexOf("\"id\":\"D-7\",");
    assertTrue(seventh > 0, text.substring(0, 200));
    Path bad = dir.resolve("bad-200k.json");
    Files.writeString(bad, text.substring(0, seventh) + "\"colour\":\"red\","
        + text.substring(seventh));
    opened.clear();
    CliRun b = CliRun.withFiles(watch, "validate", bad.toString());
    assertEquals(GovernanceCli.INVALID, b.exit, b.toString());
    assertTrue(b.out.startsWith(bad + ": /data/7/colour: "), b.out);
    assertEquals(2, opened.size());
    assertEquals(Files.size(bad), opened.get(0).bytes); // the header skim reads to the end
    assertTrue(opened.get(1).bytes < 256 * 1024 && opened.get(1).bytes * 50 < size,
        opened.get(1).bytes + " of " + size + " bytes read to reach item 7");
  }

  @Test
  void validate_aListWhoseDataComesFirst_isStillChecked_andStdinToo(@TempDir Path dir)
      throws IOException {
    String list = JSON.toJson(Envelope.of(MatchingDocuments.DEMANDS, NOW,
        com.google.common.collect.ImmutableList.copyOf(PROBLEM.demands())));
    ObjectNode doc = (ObjectNode) JSON.mapper().readTree(list);
    ObjectNode reordered = JSON.mapper().createObjectNode();
    reordered.set("data", doc.get("data")); // valid, but not streamable: read whole
    doc.fieldNames().forEachRemaining(n -> {
      if (!"data".equals(n)) {
        reordered.set(n, doc.get(n));
      }
    });
    Path first = write(dir, "data-first.json", reordered.toString());
    CliRun r = CliRun.run("validate", first.toString());
    assertEquals(0, r.exit, r.toString());
    assertEquals(first + ": valid demand-list (format 1.1.0)", r.out.strip());
    ((ObjectNode) reordered.get("data").get(1)).put("quantity", 0);
    Path badFirst = write(dir, "bad-data-first.json", reordered.toString());
    CliRun b = CliRun.run("validate", badFirst.toString());
    assertEquals(GovernanceCli.INVALID, b.exit, b.toString());
    assertTrue(b.out.startsWith(badFirst + ": /data/1/quantity: "), b.out);
    CliRun in = CliRun.withInput(list, "validate", "-", first.toString());
    assertEquals(0, in.exit, in.toString());
    assertTrue(in.out.startsWith("<stdin>: valid demand-list (format 1.1.0)"), in.out);
  }
}
