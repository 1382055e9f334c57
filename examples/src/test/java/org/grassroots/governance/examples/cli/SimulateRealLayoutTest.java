package org.grassroots.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.grassroots.governance.grid.DivisionTableReader;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.simulation.ScenarioDocument;
import org.grassroots.governance.simulation.GeneratedScenario;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.grassroots.governance.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --divisions TABLE --district CODE}: runs on a real district's layout. */
class SimulateRealLayoutTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final DivisionCode DONGCHENG = DivisionCode.parse("110101000000");

  /** Dongcheng with three streets (two communities, none, one); Xicheng without any community. */
  private static final String TABLE = "code,parent_code,level,name,urban_rural_code\n"
      + "110000000000,,1,北京市,\n"
      + "110100000000,110000000000,2,市辖区,\n"
      + "110101000000,110100000000,3,东城区,\n"
      + "110101001000,110101000000,4,东华门街道,\n"
      + "110101001001,110101001000,5,多福巷社区居委会,111\n"
      + "110101001002,110101001000,5,银闸社区居委会,111\n"
      + "110101002000,110101000000,4,景山街道,\n"
      + "110101003000,110101000000,4,交道口街道,\n"
      + "110101003001,110101003000,5,交东社区居委会,111\n"
      + "110102000000,110100000000,3,西城区,\n"
      + "110102001000,110102000000,4,西长安街街道,\n";

  private static Path gzipTable(Path dir) throws IOException {
    Path file = dir.resolve("t.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(TABLE.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static Path plainTable(Path dir) throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, TABLE, StandardCharsets.UTF_8);
    return file;
  }

  /** runs.csv without its comment line and the wall time. */
  private static List<String> runs(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
    return lines.subList(1, lines.size()).stream()
        .map(l -> l.substring(0, l.lastIndexOf(','))).toList();
  }

  private static int column(List<String> csv, String name) {
    return Arrays.asList(csv.get(0).split(",")).indexOf(name);
  }

  @Test
  void simulate_onATable_runsOnTheDistrictsRealStreets_andScenarioJsonReproducesIt(@TempDir Path dir)
      throws IOException {
    Path table = gzipTable(dir);
    Path a = dir.resolve("a");
    CliRun r = CliRun.run("simulate", "--preset", "small", "--divisions", table.toString(),
        "--district", "110101000000", "--runs", "3", "--sizes", "1,2,8", "--threads", "2",
        "--out", a.toString());
    assertEquals(0, r.exit, r.toString());
    String layout = "real layout of 东城区 110101000000 from t.csv.gz (2 streets, 3 communities)";
    assertTrue(r.out.contains(layout), r.out);
    assertTrue(r.out.contains("note: scenario.json keeps the district (parameters.district) but "
        + "not the division table"), r.out);
    String comment = Files.readAllLines(a.resolve("runs.csv")).get(0);
    assertTrue(comment.startsWith("# grassroots-governance") && comment.contains(layout)
        && comment.contains("--divisions t.csv.gz"), comment);
    assertTrue(Files.readString(a.resolve("report.html"), StandardCharsets.UTF_8)
        .contains("rerun with --scenario scenario.json --divisions t.csv.gz"));

    // the scenario written has the district; its first run is the generator's real district
    Scenario written = JSON.read(Files.readAllBytes(a.resolve(SimulateCommand.SCENARIO_FILE)),
        ScenarioDocument.KIND).data();
    assertEquals(Scenario.of("small", Presets.of("small").withDistrict(DONGCHENG), 20261123L), written);
    GridHierarchy divisions = DivisionTableReader.read(new StringReader(TABLE)).build();
    GeneratedScenario first = ScenarioGenerator.generate(
        written.withSeed(MonteCarloRunner.seeds(written, 1)[0]), divisions);
    assertEquals(List.of(DivisionCode.parse("110101001000"), DivisionCode.parse("110101003000")),
        first.streets());
    List<String> csv = Files.readAllLines(a.resolve("runs.csv")).subList(1, 2 + 3 * 3);
    String[] row = csv.get(1).split(",");
    assertEquals(Integer.toString(first.problem().demands().size()), row[column(csv, "demands")]);
    assertEquals(Integer.toString(first.problem().resources().size()), row[column(csv, "resources")]);

    // rerun from scenario.json with the table (plain this time), on one thread: the same runs
    Path b = dir.resolve("b");
    CliRun rerun = CliRun.run("simulate", "--scenario", a.resolve(SimulateCommand.SCENARIO_FILE)
        .toString(), "--divisions", plainTable(dir).toString(), "--runs", "3", "--sizes", "1",
        "--threads", "1", "--quiet", "--out", b.toString());
    assertEquals(0, rerun.exit, rerun.toString());
    assertEquals(runs(a), runs(b));
    // without the table it is another (synthetic) district, and the report does not claim otherwise
    Path c = dir.resolve("c");
    CliRun synthetic = CliRun.run("simulate", "--scenario", a.resolve(SimulateCommand.SCENARIO_FILE)
        .toString(), "--runs", "3", "--sizes", "1", "--out", c.toString());
    assertEquals(0, synthetic.exit, synthetic.toString());
    assertFalse(synthetic.out.contains("real layout"), synthetic.out);
    assertFalse(runs(a).equals(runs(c)));
  }

  @Test
  void firstStreets_timesAtMostTheWholeDistrictOnce() {
    assertEquals(List.of(1, 2), SimulateCommand.firstStreets(List.of(1, 2, 4, 8), 2));
    assertEquals(List.of(1, 2, 4), SimulateCommand.firstStreets(List.of(1, 2, 4), 17));
  }

  @Test
  void generateOnFirstStreets_keepsTheFirstStreetsWithTheirCommunities() throws IOException {
    GridHierarchy divisions = DivisionTableReader.read(new StringReader(TABLE)).build();
    Scenario s = Scenario.of("s", Presets.of("small").withDistrict(DONGCHENG), 4);
    RealDistrict real = RealDistrict.of(Path.of("t.csv"), divisions,
        ScenarioGenerator.generate(s, divisions));
    assertEquals(2, real.streetCount());
    GeneratedScenario one = real.generateOnFirstStreets(s, 1);
    assertEquals(List.of(DivisionCode.parse("110101001000")), one.streets());
    assertEquals(List.of(DivisionCode.parse("110101001001"), DivisionCode.parse("110101001002")),
        one.communities());
    assertEquals(ScenarioGenerator.generate(s, divisions).problem(),
        real.generateOnFirstStreets(s, 2).problem());
  }

  @Test
  void simulate_badTableOrDistrict_exitsWithTwo_oneLineNamingTheOption_beforeWritingAnything(
      @TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    String table = plainTable(dir).toString();
    String[][] cases = {
      {"--divisions", dir.resolve("missing.csv.gz").toString(), "--district", "110101000000"},
      {"--divisions", table, "--district", "110101001000"},
      {"--divisions", table, "--district", "11010100000x"},
      {"--divisions", table, "--district", "110105000000"},
      {"--divisions", table, "--district", "110102000000"},
      {"--district", "110101000000"},
    };
    String[] expected = {
      "invalid: --divisions: must be a division table file that exists and can be read (rejected: "
          + dir.resolve("missing.csv.gz") + ")",
      "invalid: --district: must be the code of a county-level division (区、县: 6-digit native "
          + "code, e.g. 110101000000), is TOWNSHIP level (rejected: 110101001000)",
      "invalid: --district",
      "invalid: --district: must be a node of the division table loaded (t.csv) (rejected: "
          + "110105000000)",
      "invalid: --district: must have at least one street with a community in the division table "
          + "(t.csv) (rejected: 110102000000)",
      "invalid: --district: needs --divisions",
    };
    for (int i = 0; i < cases.length; i++) {
      String[] args = new String[cases[i].length + 4];
      args[0] = "simulate";
      System.arraycopy(cases[i], 0, args, 1, cases[i].length);
      args[args.length - 3] = "--quiet";
      args[args.length - 2] = "--out";
      args[args.length - 1] = out.toString();
      CliRun r = CliRun.run(args);
      assertEquals(GovernanceCli.INVALID, r.exit, r.toString());
      List<String> lines = r.err.lines().toList();
      assertEquals(1, lines.size(), r.toString());
      assertTrue(lines.get(0).startsWith(expected[i]), r.toString());
      assertFalse(Files.exists(out), "nothing written: " + r);
    }
    // the preset's district (朝阳区) is not in the table: named by --divisions
    CliRun preset = CliRun.run("simulate", "--divisions", table, "--runs", "0", "--quiet",
        "--out", out.toString());
    assertEquals(GovernanceCli.INVALID, preset.exit, preset.toString());
    assertEquals(List.of("invalid: runs: must be between 1 and 1000000 (rejected: 0)",
        "invalid: --divisions: the scenario's district (parameters.district) must be a node of the "
            + "division table loaded (t.csv) (rejected: 110105000000)"), preset.err.lines().toList());
  }

  @Test
  void simulate_onTheNationalTable_dongcheng(@TempDir Path dir) throws IOException {
    Path file = SharedData.divisions2021().orElse(null);
    Assumptions.assumeTrue(file != null, SharedData.SKIPPED);
    CliRun r = CliRun.run("simulate", "--preset", "small", "--divisions", file.toString(),
        "--district", "110101000000", "--runs", "2", "--sizes", "1,2", "--threads", "2",
        "--algorithms", "greedy,optimal", "--quiet", "--out", dir.toString());
    assertEquals(0, r.exit, r.toString());
    String comment = Files.readAllLines(dir.resolve("runs.csv")).get(0);
    Matcher m = Pattern.compile("real layout of 东城区 110101000000 from divisions_2021\\.csv\\.gz "
        + "\\((\\d+) streets, (\\d+) communities\\)").matcher(comment);
    assertTrue(m.find(), comment);
    int streets = Integer.parseInt(m.group(1));
    assertTrue(streets > 10 && Integer.parseInt(m.group(2)) > streets, comment);
    List<String> runs = runs(dir);
    assertEquals(1 + 2 * 2, runs.size());
    assertEquals(DONGCHENG, JSON.read(Files.readAllBytes(dir.resolve(SimulateCommand.SCENARIO_FILE)),
        ScenarioDocument.KIND).data().parameters().district());
    for (String chart : SimulationReport.CHARTS) {
      assertTrue(Files.size(dir.resolve(chart)) > 5_000, chart);
    }
    // scenario.json and the same table reproduce the runs
    Path rerun = dir.resolve("rerun");
    CliRun again = CliRun.run("simulate", "--scenario", dir.resolve(SimulateCommand.SCENARIO_FILE)
        .toString(), "--divisions", file.toString(), "--runs", "2", "--sizes", "1", "--threads", "1",
        "--algorithms", "greedy,optimal", "--quiet", "--out", rerun.toString());
    assertEquals(0, again.exit, again.toString());
    assertEquals(runs, runs(rerun));
  }
}
