package org.grassroots.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.grassroots.governance.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HierarchyCommandTest {
  private static final String TABLE = "code,parent_code,level,name,urban_rural_code\n"
      + "440000000000,,1,广东省,\n"
      + "441900000000,440000000000,2,东莞市,\n"
      + "441900003000,441900000000,4,东城街道,\n"
      + "441900003001,441900003000,5,东城社区居委会,\n"
      + "441900004000,441900000000,4,城关镇,\n"
      + "442000000000,440000000000,2,中山市,\n"
      + "442000100000,442000000000,4,城关镇,\n";

  private static String[] run(String... args) {
    CommandLine cli = GovernanceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

  private static Path table(Path dir, boolean gzip) throws IOException {
    Path file = dir.resolve(gzip ? "t.csv.gz" : "t.csv");
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
      out.write(TABLE.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void countsPerLevelFromAPlainOrAGzipTable(@TempDir Path dir) throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      String[] r = run("hierarchy", "--table", table(dir, gzip).toString());
      assertEquals("0", r[0], r[2]);
      assertTrue(r[1].contains("7 nodes"), r[1]);
      assertTrue(r[1].matches("(?s).*street\\s+3\\n.*"), r[1]);
    }
  }

  @Test
  void looksUpCodesAndNamesWithTheirPaths(@TempDir Path dir) throws IOException {
    String t = table(dir, false).toString();
    String[] r = run("hierarchy", "--table", t, "--code", "441900003000", "--name", "城关镇");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("441900003000  东城街道  STREET"), r[1]);
    assertTrue(r[1].contains("path      广东省 > 东莞市 > 东城街道"), r[1]);
    assertTrue(r[1].contains("城关镇: 2 matches"), r[1]);
    String[] within = run("hierarchy", "--table", t, "--name", "城关镇", "--within", "442000000000");
    assertTrue(within[1].contains("城关镇: 1 match\n"), within[1]);
  }

  @Test
  void missingAndInvalidCodesHaveTheirExitCodes(@TempDir Path dir) throws IOException {
    String t = table(dir, false).toString();
    String[] missing = run("hierarchy", "--table", t, "--code", "110000000000");
    assertEquals(Integer.toString(GovernanceCli.NOT_FOUND), missing[0]);
    assertTrue(missing[2].contains("not found: 110000000000"), missing[2]);
    String[] invalid = run("hierarchy", "--table", t, "--code", "4419", "--code", "44190000300x");
    assertEquals(Integer.toString(GovernanceCli.INVALID), invalid[0]);
    assertEquals(2, invalid[2].lines().filter(l -> l.startsWith("invalid: --code")).count(), invalid[2]);
  }

  @Test
  void theNationalTable() {
    Path file = SharedData.divisions2021().orElse(null);
    Assumptions.assumeTrue(file != null, SharedData.SKIPPED);
    String[] r = run("hierarchy", "--table", file.toString(), "--code", "620201000000", "--subtree");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("市辖区  COUNTY PLACEHOLDER"), r[1]);
    assertTrue(r[1].contains("path      甘肃省 > 嘉峪关市 > 市辖区"), r[1]);
    assertTrue(r[1].contains("children  5"), r[1]);
  }
}
