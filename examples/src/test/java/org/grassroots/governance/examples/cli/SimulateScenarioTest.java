package org.grassroots.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.grassroots.governance.json.Envelope;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.simulation.ScenarioDocument;
import org.grassroots.governance.simulation.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --scenario}: a scenario document instead of a preset, and back. */
class SimulateScenarioTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();

  /** runs.csv without its comment line, the scenario name column and the wall time. */
  private static List<String> runs(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
    return lines.subList(1, lines.size()).stream()
        .map(l -> String.join(",", Arrays.asList(l.split(",")).subList(1,
            l.split(",").length - 1)))
        .toList();
  }

  @Test
  void simulate_scenarioDocument_runsAsThePresetWithItsSeed_andWritesItBack(@TempDir Path dir)
      throws IOException {
    Scenario mine = Scenario.of("我的情景", Presets.of("small"), 99L);
    Path file = dir.resolve("mine.json");
    Files.write(file, JSON.toBytes(Envelope.of(ScenarioDocument.KIND,
        OffsetDateTime.parse("2026-11-23T10:00:00+08:00"), mine)));
    Path a = dir.resolve("a");
    CliRun r = CliRun.run("simulate", "--scenario", file.toString(), "--runs", "2", "--sizes", "1",
        "--quiet", "--out", a.toString());
    assertEquals(0, r.exit, r.toString());
    assertTrue(Files.readAllLines(a.resolve("runs.csv")).get(2).startsWith("我的情景,"));
    Path b = dir.resolve("b");
    assertEquals(0, CliRun.run("simulate", "--preset", "small", "--seed", "99", "--runs", "2",
        "--sizes", "1", "--quiet", "--out", b.toString()).exit);
    assertEquals(runs(b), runs(a));
    // the scenario written to --out reproduces the run
    assertEquals(mine,
        JSON.read(Files.readAllBytes(a.resolve(SimulateCommand.SCENARIO_FILE)),
            ScenarioDocument.KIND).data());
    Path c = dir.resolve("c");
    assertEquals(0, CliRun.run("simulate", "--scenario",
        a.resolve(SimulateCommand.SCENARIO_FILE).toString(), "--runs", "2", "--sizes", "1",
        "--quiet", "--out", c.toString()).exit);
    assertEquals(runs(a), runs(c));
    // --seed replaces the document's seed
    Path d = dir.resolve("d");
    assertEquals(0, CliRun.run("simulate", "--scenario", file.toString(), "--seed", "5",
        "--runs", "2", "--sizes", "1", "--quiet", "--out", d.toString()).exit);
    assertEquals(5L, JSON.read(Files.readAllBytes(d.resolve(SimulateCommand.SCENARIO_FILE)),
        ScenarioDocument.KIND).data().seed());
  }

  @Test
  void simulate_invalidScenario_exitsWithTwo_andNamesThePointer(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\":\"grassroots-governance\",\"version\":\"1.0.0\","
        + "\"generatedAt\":\"2026-11-23T10:00:00Z\",\"kind\":\"scenario\",\"data\":{\"name\":\"x\","
        + "\"seed\":1,\"parameters\":{\"gridsPerCommunity\":{\"min\":5,\"max\":2}}}}");
    CliRun r = CliRun.run("simulate", "--scenario", file.toString(), "--out", dir.toString());
    assertEquals(GovernanceCli.INVALID, r.exit, r.toString());
    assertTrue(r.err.contains("invalid: " + file + ": /data/parameters/gridsPerCommunity/max: "),
        r.err);
    CliRun both = CliRun.run("simulate", "--scenario", file.toString(), "--preset", "small",
        "--out", dir.toString());
    assertEquals(GovernanceCli.INVALID, both.exit, both.toString());
    assertTrue(both.err.contains("--preset"), both.err);
  }
}
