package org.grassroots.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  private static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }
  }

  private static Run run(String... args) {
    CommandLine cli = GovernanceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void simulate_writesCsvChartsAndReport(@TempDir Path dir) throws IOException {
    Run r = run("simulate", "--preset", "small", "--runs", "3", "--sizes", "1,2", "--threads", "2",
        "--out", dir.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("algorithm    coverage"), r.out);
    for (String a : List.of("greedy", "optimal", "stable")) {
      assertTrue(r.out.contains("\n" + a + " "), r.out);
    }
    List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
    assertTrue(runs.get(0).startsWith("# grassroots-governance"), runs.get(0));
    assertTrue(runs.get(1).startsWith("scenario,run,seed,policy,algorithm,demands,resources,coverage"));
    assertEquals(2 + 3 * 3, runs.size());
    List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
    assertEquals("policy,algorithm,measure,n,mean,sd,ci_low,ci_high,median,p5,p95", summary.get(1));
    String stableBlocking = summary.stream().filter(l -> l.startsWith("default,stable,blocking_pairs,3,"))
        .findFirst().orElseThrow();
    assertEquals(0.0, Double.parseDouble(stableBlocking.split(",")[4]), stableBlocking);
    for (String chart : SimulationReport.CHARTS) {
      byte[] bytes = Files.readAllBytes(dir.resolve(chart));
      assertArrayEquals(PNG, Arrays.copyOf(bytes, 4), chart);
      assertTrue(bytes.length > 5_000, chart + " has " + bytes.length + " bytes");
    }
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<table>") && html.contains("coverage-by-algorithm.png"), html);
  }

  @Test
  void simulate_sameSeedSameRunsWhateverTheThreads(@TempDir Path dir) throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertEquals(0, run("simulate", "--preset", "small", "--runs", "4", "--sizes", "1", "--threads", "1",
        "--quiet", "--out", one.toString()).exit);
    assertEquals(0, run("simulate", "--preset", "small", "--runs", "4", "--sizes", "1", "--threads", "3",
        "--quiet", "--out", two.toString()).exit);
    assertEquals(withoutWallTime(Files.readAllLines(one.resolve("runs.csv"))),
        withoutWallTime(Files.readAllLines(two.resolve("runs.csv"))));
  }

  private static List<String> withoutWallTime(List<String> lines) {
    return lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
  }

  @Test
  void simulate_invalidArgumentsExitWithTwoAndOneLinePerProblem(@TempDir Path dir) {
    Run runs = run("simulate", "--runs", "0", "--threads", "0", "--quiet", "--out", dir.toString());
    assertEquals(GovernanceCli.INVALID, runs.exit);
    assertTrue(runs.err.contains("invalid: runs: must be between 1 and 1000000 (rejected: 0)"), runs.err);
    assertTrue(runs.err.contains("invalid: threads:"), runs.err);
    assertTrue(!runs.err.contains("\tat "), runs.err);
    Run preset = run("simulate", "--preset", "village", "--out", dir.toString());
    assertEquals(GovernanceCli.INVALID, preset.exit);
    assertTrue(preset.err.contains("must be one of [small, district, large]"), preset.err);
    Run algorithm = run("simulate", "--algorithms", "greedy,magic", "--out", dir.toString());
    assertEquals(GovernanceCli.INVALID, algorithm.exit);
    Run unknownOption = run("simulate", "--nope");
    assertEquals(GovernanceCli.INVALID, unknownOption.exit);
  }

  @Test
  void simulate_policyVariantsAreRunOnTheSameSeeds(@TempDir Path dir) throws IOException {
    Run r = run("simulate", "--preset", "small", "--runs", "2", "--sizes", "1", "--quiet",
        "--algorithms", "optimal", "--policies", "default,community-only", "--out", dir.toString());
    assertEquals(0, r.exit, r.err);
    List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
    assertEquals(2 + 2 * 2, runs.size());
    assertTrue(runs.get(3).contains(",community-only,optimal,"), runs.get(3));
    assertEquals(runs.get(2).split(",")[2], runs.get(3).split(",")[2], "same seed for both policies");
    Run bad = run("simulate", "--policies", "cheapest-ever", "--out", dir.toString());
    assertEquals(GovernanceCli.INVALID, bad.exit);
  }

  @Test
  void help_listsExitCodes() {
    Run r = run("--help");
    assertEquals(0, r.exit);
    assertTrue(r.out.contains("Exit codes:") && r.out.contains("simulate"), r.out);
  }
}
