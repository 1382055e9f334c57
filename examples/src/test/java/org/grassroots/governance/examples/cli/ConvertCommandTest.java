package org.grassroots.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.agreement.AgreementDocument;
import org.grassroots.governance.json.csv.CsvReadOptions;
import org.grassroots.governance.json.matching.MatchingCsv;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConvertCommandTest {
  private static final String DEMANDS_ZH =
      "\uFEFF需求编号,需求类别,数量,单位,紧急程度,困难群体,所需技能,位置编码,开始时间,结束时间\n"
          + "D-1,养老,4,小时,紧急,独居老人,护理;nursing,35010200100100070003,"
          + "2024-05-02T08:00:00+08:00,2024-05-02T12:00:00+08:00\n"
          + "D-2,MEDICAL,many,HOUR,,,,350102001001,,\n"
          + "D-3,LEGAL_AID,1,VISIT,,,,350102001001,,\n";

  private static String[] run(String... args) {
    CommandLine cli = GovernanceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void csvToJson_writesTheGoodRows_andReportsBadRowsWithExitCode2(@TempDir Path dir)
      throws IOException {
    Path csv = write(dir, "demands.csv", DEMANDS_ZH);
    Path json = dir.resolve("demands.json");
    String[] r = run("convert", csv.toString(), json.toString(), "--list", "demand");
    assertEquals(Integer.toString(GovernanceCli.INVALID), r[0], r[2]);
    assertTrue(r[2].contains("bad row: row 3, column quantity: must be a whole number"), r[2]);
    assertTrue(r[1].contains("demand-list: 2 written to"), r[1]);
    List<Demand> back = GovernanceJson.strict().read(Files.readAllBytes(json),
        MatchingDocuments.DEMANDS).data();
    assertEquals(List.of("D-1", "D-3"), back.stream().map(d -> d.id().value()).toList());
  }

  @Test
  void strict_stopsAtTheFirstBadRow_andWritesNothing(@TempDir Path dir) throws IOException {
    Path csv = write(dir, "demands.csv", DEMANDS_ZH);
    Path json = dir.resolve("demands.json");
    String[] r = run("convert", csv.toString(), json.toString(), "--list", "demand", "--strict");
    assertEquals(Integer.toString(GovernanceCli.INVALID), r[0]);
    assertTrue(r[2].contains("invalid: /3/quantity: must be a whole number"), r[2]);
    assertFalse(Files.exists(json));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left");
    }
  }

  @Test
  void jsonToCsvAndBack_isTheSameList_withChineseHeaders(@TempDir Path dir) throws IOException {
    Path csv = write(dir, "demands.csv", DEMANDS_ZH.replace("many", "2"));
    Path json = dir.resolve("d.json");
    assertEquals("0", run("convert", csv.toString(), json.toString(), "--list", "demand")[0]);
    Path zh = dir.resolve("d-zh.csv");
    String[] r = run("convert", json.toString(), zh.toString(), "--headers", "zh", "--no-bom");
    assertEquals("0", r[0], r[2]);
    String text = Files.readString(zh, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("需求编号,需求类别,数量"), text);
    // under Chinese headers, enum cells are Chinese terms too
    assertTrue(text.contains("\nD-1,养老,4,小时,紧急,独居老人,"), text);
    assertTrue(text.contains("\nD-3,法律援助,1,次上门,一般,"), text);
    for (String name : List.of("ELDER_CARE", "HOUR", "URGENT", "LEGAL_AID", "VISIT", "ROUTINE")) {
      assertFalse(text.contains(name), text);
    }
    Path names = dir.resolve("d-zh-names.csv");
    assertEquals("0", run("convert", json.toString(), names.toString(), "--headers", "zh",
        "--terms", "en")[0]);
    String namesText = Files.readString(names, StandardCharsets.UTF_8);
    assertTrue(namesText.contains("需求类别"), namesText);
    assertTrue(namesText.contains("D-1,ELDER_CARE,4,HOUR,URGENT,ELDERLY_LIVING_ALONE,"), namesText);
    try (var in = Files.newInputStream(names)) {
      assertEquals(GovernanceJson.strict().read(Files.readAllBytes(json),
          MatchingDocuments.DEMANDS).data(), MatchingCsv.DEMANDS.read(in, CsvReadOptions.strict())
          .items());
    }
    List<Demand> fromJson = GovernanceJson.strict().read(Files.readAllBytes(json),
        MatchingDocuments.DEMANDS).data();
    try (var in = Files.newInputStream(zh)) {
      assertEquals(fromJson, MatchingCsv.DEMANDS.read(in, CsvReadOptions.strict()).items());
    }
  }

  @Test
  void personalData_isMaskedUnlessRevealed(@TempDir Path dir) throws IOException {
    Path csv = write(dir, "resources.csv", "id,provider kind,provider person,categories,"
        + "capacity,location,service area\nR-1,PARTY_MEMBER,P-20240042,MEDICAL,2,"
        + "350102001001,GRID\n");
    Path masked = dir.resolve("masked.csv");
    Path json = dir.resolve("r.json");
    assertEquals("0", run("convert", csv.toString(), json.toString(), "--list", "resource")[0]);
    assertEquals("0", run("convert", json.toString(), masked.toString())[0]);
    assertFalse(Files.readString(masked).contains("P-20240042"));
    Path revealed = dir.resolve("revealed.csv");
    assertEquals("0", run("convert", json.toString(), revealed.toString(),
        "--reveal-personal-data")[0]);
    try (var in = Files.newInputStream(revealed)) {
      List<Resource> back = MatchingCsv.RESOURCES.read(in, CsvReadOptions.strict()).items();
      assertEquals(GovernanceJson.strict().read(Files.readAllBytes(json),
          MatchingDocuments.RESOURCES).data(), back);
    }
  }

  @Test
  void otherLists_convertToo(@TempDir Path dir) throws IOException {
    Path commitments = write(dir, "c.csv",
        "承诺编号,承诺类型,承诺单位,数量,单位,频次\nC-1,资金,U-1,5000,CNY,一次\n");
    Path out = dir.resolve("c.json");
    assertEquals("0", run("convert", commitments.toString(), out.toString(),
        "--list", "commitment")[0]);
    assertEquals(1, GovernanceJson.strict().read(Files.readAllBytes(out),
        AgreementDocument.COMMITMENTS).data().size());
    Path problems = write(dir, "p.txt", "问题描述,提出方\n楼道堆物,CBZ-PC\n");
    Path pj = dir.resolve("p.data");
    String[] r = run("convert", problems.toString(), pj.toString(), "--list", "problem",
        "--from", "csv", "--to", "json");
    assertEquals("0", r[0], r[2]);
    assertEquals(1, GovernanceJson.strict().read(Files.readAllBytes(pj),
        AgreementDocument.PROBLEMS).data().size());
  }

  @Test
  void invalidArgumentsAndDocuments_exitWith2(@TempDir Path dir) throws IOException {
    Path csv = write(dir, "demands.csv", DEMANDS_ZH);
    String[] noList = run("convert", csv.toString(), dir.resolve("x.json").toString());
    assertEquals("2", noList[0]);
    assertTrue(noList[2].contains("--list is required"), noList[2]);
    String[] noFormat = run("convert", csv.toString(), dir.resolve("x.out").toString(),
        "--list", "demand");
    assertEquals("2", noFormat[0]);
    assertTrue(noFormat[2].contains("--to is required"), noFormat[2]);
    Path bad = write(dir, "bad.json", "{\"format\":\"grassroots-governance\",\"version\":\"9.0.0\"}");
    String[] badDoc = run("convert", bad.toString(), dir.resolve("y.csv").toString());
    assertEquals("2", badDoc[0]);
    assertTrue(badDoc[2].startsWith("invalid: /version"), badDoc[2]);
    String[] help = run("convert", "--help");
    assertTrue(help[1].contains("Exit codes:"), help[1]);
  }
}
