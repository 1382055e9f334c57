package org.grassroots.governance.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.json.DocumentProblem;
import org.grassroots.governance.json.Fixtures;
import org.grassroots.governance.json.Gens;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.ReadLimits;
import org.grassroots.governance.json.WriteOptions;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CsvLayoutTest {
  private static final CsvLayout<OrganizationRecord> CSV = OrganizationRegister.CSV;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String GOOD = "ORG-1,东华社区居民委员会," + Fixtures.CREDIT_CODE + ","
      + Fixtures.COMMUNITY + "," + Fixtures.GRID;

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static ByteArrayInputStream withBom(String text) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[t.length + 3];
    System.arraycopy(BOM, 0, all, 0, 3);
    System.arraycopy(t, 0, all, 3, t.length);
    return new ByteArrayInputStream(all);
  }

  @Test
  void read_acceptsEnglishChineseAndAliasHeaders_withOrWithoutBom() {
    String[] headers = {
      "id,name,credit code,division,grid",
      "组织编号,组织名称,统一社会信用代码,区划代码,网格编码",
      "编号,名称,信用代码,行政区划代码,网格",
      "ID, Name ,Credit_Code,DIVISION,Grid-Code",
    };
    for (String h : headers) {
      for (boolean bom : new boolean[] {false, true}) {
        String text = h + "\r\n" + GOOD + "\r\n";
        CsvReadResult<OrganizationRecord> r =
            CSV.read(bom ? withBom(text) : in(text), CsvReadOptions.strict());
        assertEquals(ImmutableList.of(Fixtures.record("ORG-1")), r.items(), h);
        assertTrue(r.problems().isEmpty());
      }
    }
  }

  @Test
  void read_acceptsColumnsInAnyOrder_andAnAbsentOptionalColumn() {
    String text = "division,credit code,name,id\n" + Fixtures.COMMUNITY + ","
        + Fixtures.CREDIT_CODE + ",\"东华社区, 党支部\",ORG-9\n";
    OrganizationRecord r = CSV.read(in(text), CsvReadOptions.strict()).items().get(0);
    assertEquals("东华社区, 党支部", r.name());
    assertEquals(Optional.empty(), r.grid());
  }

  @Test
  void badRows_areReported_andGoodRowsStillLoad() {
    String text = "id,name,credit code,division,grid\n"
        + GOOD + "\n"
        + "ORG-2,,91350100M000100Y44," + Fixtures.COMMUNITY + ",\n"           // row 3
        + "\n"                                                                 // row 4, empty
        + "ORG-3,东华,"  + Fixtures.CREDIT_CODE + ",110101001001," + Fixtures.GRID + "\n" // 5
        + GOOD.replace("ORG-1", "ORG-4") + "\n"                                // row 6
        + "ORG-5,x," + Fixtures.CREDIT_CODE + "," + Fixtures.COMMUNITY + ",,extra\n"; // 7
    CsvReadResult<OrganizationRecord> r = CSV.read(in(text), CsvReadOptions.lenient());
    assertEquals(2, r.items().size());
    assertEquals("ORG-4", r.items().get(1).id().value());
    assertEquals(5, r.report().rows());
    assertEquals(2, r.report().loaded());
    List<String> shown = new ArrayList<>();
    for (CsvRowProblem p : r.problems()) {
      shown.add(p.row() + " " + p.column().orElse("-"));
    }
    assertEquals(List.of("3 name", "3 creditCode", "5 grid", "7 -"), shown);
    CsvRowProblem check = r.problems().get(1);
    assertEquals("unifiedSocialCreditCode[17]: check character must be '3' (GB 32100), found '4'",
        check.reason());
    assertEquals("91350100M000100Y44", check.rejectedValue().orElseThrow());
    assertEquals("is required", r.problems().get(0).reason());
    assertTrue(r.problems().get(2).reason().startsWith("grid 3501020010010007 lies outside"));
    assertEquals("the row has 6 cells, the header has 5", r.problems().get(3).reason());
  }

  @Test
  void strictRead_failsAtTheFirstBadRow_withRowAndColumnPointer() {
    String text = "id,name,credit code,division\n" + "ORG-1,东华,"
        + Fixtures.CREDIT_CODE + "," + Fixtures.COMMUNITY + "\nORG-2,东华,"
        + Fixtures.CREDIT_CODE + ",35010200100X\n";
    List<OrganizationRecord> seen = new ArrayList<>();
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> CSV.forEach(in(text), CsvReadOptions.strict(), seen::add));
    assertEquals(1, seen.size());
    DocumentProblem p = e.problems().get(0);
    assertEquals("/3/division", p.pointer());
    assertEquals("divisionCode[11]: must be a digit 0-9, found 'X'", p.rule());
  }

  @Test
  void unknownColumn_isAWarningWhenLenient_andAnErrorWhenStrict() {
    String text = "id,name,credit code,division,备注\n" + "ORG-1,东华," + Fixtures.CREDIT_CODE + ","
        + Fixtures.COMMUNITY + ",some note\n";
    CsvReadResult<OrganizationRecord> r = CSV.read(in(text), CsvReadOptions.lenient());
    assertEquals(1, r.items().size());
    assertEquals(1, r.report().warnings().size());
    assertTrue(r.report().warnings().get(0).reason().startsWith("column '备注' is not a column"));
    assertThrows(InvalidDocumentException.class, () -> CSV.read(in(text), CsvReadOptions.strict()));
  }

  @Test
  void wholeFileProblems_alwaysThrow() {
    DocumentProblem missing = assertThrows(InvalidDocumentException.class,
        () -> CSV.read(in("id,name,division\nORG-1,x,350102001001\n"), CsvReadOptions.lenient()))
        .problems().get(0);
    assertEquals("/1/creditCode", missing.pointer());
    assertEquals("the header has no column credit code (统一社会信用代码)", missing.rule());
    DocumentProblem dup = assertThrows(InvalidDocumentException.class,
        () -> CSV.read(in("id,编号,name,credit code,division\n"), CsvReadOptions.lenient()))
        .problems().get(0);
    assertEquals("column id appears twice in the header (columns 1 and 2)", dup.rule());
    assertEquals(CsvMessages.EMPTY_FILE, assertThrows(InvalidDocumentException.class,
        () -> CSV.read(in("\n\n"), CsvReadOptions.lenient())).problems().get(0).rule());
  }

  @Test
  void nonUtf8Files_areRefusedWithAHint() {
    String text = "组织编号,组织名称,统一社会信用代码,区划代码\nORG-1,东华," + Fixtures.CREDIT_CODE + ","
        + Fixtures.COMMUNITY + "\n";
    byte[] gbk = text.getBytes(Charset.forName("GBK"));
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> CSV.read(new ByteArrayInputStream(gbk), CsvReadOptions.lenient()));
    assertEquals(CsvMessages.NOT_UTF8, e.problems().get(0).rule());
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(CsvMessages.UTF16, assertThrows(InvalidDocumentException.class,
        () -> CSV.read(new ByteArrayInputStream(utf16), CsvReadOptions.lenient()))
        .problems().get(0).rule());
  }

  @Test
  void limits_areEnforced() {
    StringBuilder big = new StringBuilder("id,name,credit code,division\n");
    for (int i = 0; i < 200; i++) {
      big.append("ORG-").append(i).append(",x,").append(Fixtures.CREDIT_CODE).append(',')
          .append(Fixtures.COMMUNITY).append('\n');
    }
    CsvReadOptions small = CsvReadOptions.lenient()
        .withLimits(ReadLimits.defaults().withMaxDocumentLength(1000).withMaxStringLength(50));
    assertTrue(assertThrows(InvalidDocumentException.class,
        () -> CSV.read(in(big.toString()), small)).problems().get(0).rule()
        .startsWith("the file is larger than the limit"));
    String longCell = "id,name,credit code,division\nORG-1," + "名".repeat(60) + ","
        + Fixtures.CREDIT_CODE + "," + Fixtures.COMMUNITY + "\n";
    DocumentProblem p = assertThrows(InvalidDocumentException.class,
        () -> CSV.read(in(longCell), small)).problems().get(0);
    assertEquals("/2", p.pointer());
    assertTrue(p.rule().startsWith("exceeds a reading limit"), p.rule());
    String manyColumns = "id" + ",x".repeat(300) + "\n";
    assertThrows(InvalidDocumentException.class,
        () -> CSV.read(in(manyColumns), CsvReadOptions.lenient()));
  }

  @Test
  void multiLineCells_countAsOneSpreadsheetRow() {
    String text = "id,name,credit code,division\n"
        + "ORG-1,\"东华\n社区\"," + Fixtures.CREDIT_CODE + "," + Fixtures.COMMUNITY + "\n"
        + "ORG-2,x,bad," + Fixtures.COMMUNITY + "\n";
    CsvReadResult<OrganizationRecord> r = CSV.read(in(text), CsvReadOptions.lenient());
    // a name may not hold a line break (a control character): row 2 is bad, as a whole row
    assertEquals(2, r.problems().get(0).row());
    assertEquals("name", r.problems().get(0).column().orElseThrow());
    assertEquals(3, r.problems().get(1).row());
    assertEquals("creditCode", r.problems().get(1).column().orElseThrow());
  }

  @Test
  void malformedCsv_isADocumentProblem() {
    String text = "id,name,credit code,division\nORG-1,\"unclosed," + Fixtures.CREDIT_CODE + "\n";
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> CSV.read(in(text), CsvReadOptions.lenient()));
    assertTrue(e.problems().get(0).rule().startsWith("the CSV text is malformed"), e.getMessage());
  }

  @Test
  void writeThenRead_givesTheSameItems_inBothLanguages_withAndWithoutBom() {
    qt().withExamples(100)
        .forAll(Gens.recordLists(), SourceDSL.booleans().all(), SourceDSL.booleans().all())
        .checkAssert((list, chinese, bom) -> {
          CsvWriteOptions options = CsvWriteOptions.defaults()
              .withHeaders(chinese ? CsvHeaders.CHINESE : CsvHeaders.ENGLISH);
          if (!bom) {
            options = options.withoutBom();
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          CSV.write(out, list, options);
          byte[] bytes = out.toByteArray();
          assertEquals(bom, bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1]
              && bytes[2] == BOM[2]);
          String text = new String(bytes, StandardCharsets.UTF_8);
          assertEquals(chinese, text.contains("统一社会信用代码"));
          CsvReadResult<OrganizationRecord> r =
              CSV.read(new ByteArrayInputStream(bytes), CsvReadOptions.strict());
          assertEquals(list, r.items());
        });
  }

  @Test
  void formulaCells_areNeutralisedOnWrite_andRestoredOnRead() {
    for (String name : new String[] {"=HYPERLINK(\"http://x\")", "+1", "-居委会", "@SUM(A1)",
        "'=already", "''+two", "'plain", "a=b"}) {
      OrganizationRecord r = OrganizationRecord.of(
          org.grassroots.governance.id.OrganizationId.of("ORG-1"), name,
          org.grassroots.governance.id.UnifiedSocialCreditCode.parse(Fixtures.CREDIT_CODE),
          DivisionCode.parse(Fixtures.COMMUNITY), Optional.empty());
      assertEquals(name, CsvLayout.restore(CsvLayout.neutralise(name)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CSV.write(out, List.of(r), CsvWriteOptions.defaults().withoutBom());
      String text = out.toString(StandardCharsets.UTF_8);
      for (String trigger : new String[] {"=", "+", "-", "@"}) {
        assertFalse(text.contains("," + trigger) || text.contains(",\"" + trigger), text);
      }
      assertEquals(List.of(r), CSV.read(new ByteArrayInputStream(out.toByteArray()),
          CsvReadOptions.strict()).items(), name);
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      CSV.write(raw, List.of(r), CsvWriteOptions.defaults().withoutFormulaNeutralising());
      assertFalse(raw.toString(StandardCharsets.UTF_8).contains("'" + name), name);
    }
    assertEquals("'=1", CsvLayout.neutralise("=1"));
    assertEquals("''=1", CsvLayout.neutralise("'=1"));
    assertEquals("'plain", CsvLayout.neutralise("'plain"));
    assertEquals("'plain", CsvLayout.restore("'plain"));
    assertEquals("a=b", CsvLayout.neutralise("a=b"));
  }

  /** A list type with a personal column, for the masking tests. */
  record Resident(PersonId id, CitizenIdNumber citizenId, DivisionCode division) {}

  private static final CsvColumn<Resident, PersonId> ID = CsvColumn.required(
      "id", "id", "人员编号", Resident::id, PersonId::parse, PersonId::value);
  private static final CsvColumn<Resident, CitizenIdNumber> CITIZEN_ID = CsvColumn.required(
      "citizenId", "citizen id", "公民身份号码", Resident::citizenId, CitizenIdNumber::parse,
      CitizenIdNumber::reveal).withAliases("身份证号").personal();
  private static final CsvColumn<Resident, DivisionCode> DIVISION = CsvColumn.required(
      "division", "division", "区划代码", Resident::division, DivisionCode::parse,
      DivisionCode::toString);
  private static final CsvLayout<Resident> RESIDENTS = CsvLayout.of("residents",
      List.of(ID, CITIZEN_ID, DIVISION),
      v -> new Resident(v.get(ID), v.get(CITIZEN_ID), v.get(DIVISION)));

  @Test
  void personalColumn_isMaskedOnWrite_unlessRevealed_andInProblems() {
    qt().withExamples(100).forAll(Gens.citizenIds(), Gens.divisions()).checkAssert((c, d) -> {
      List<Resident> rows = List.of(new Resident(PersonId.of("P-1"), c, d));
      ByteArrayOutputStream masked = new ByteArrayOutputStream();
      RESIDENTS.write(masked, rows, CsvWriteOptions.defaults());
      String text = masked.toString(StandardCharsets.UTF_8);
      assertFalse(text.contains(c.reveal()), text);
      assertTrue(text.contains(c.masked()));
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      RESIDENTS.write(whole, rows, CsvWriteOptions.defaults()
          .with(WriteOptions.revealPersonalData()));
      assertEquals(rows, RESIDENTS.read(new ByteArrayInputStream(whole.toByteArray()),
          CsvReadOptions.strict()).items());
      // a masked export is refused on reading, and the problem is masked too
      CsvRowProblem p = RESIDENTS.read(new ByteArrayInputStream(masked.toByteArray()),
          CsvReadOptions.lenient()).problems().get(0);
      assertEquals("citizenId", p.column().orElseThrow());
    });
    String wrong = "id,身份证号,division\nP-1,110105194912310021,110101001001\n";
    CsvRowProblem p = RESIDENTS.read(in(wrong), CsvReadOptions.lenient()).problems().get(0);
    assertEquals("110105********0021", p.rejectedValue().orElseThrow());
    assertFalse(p.toString().contains("110105194912310021"));
  }

  @Test
  void layout_refusesAmbiguousHeaders() {
    assertThrows(IllegalArgumentException.class, () -> CsvLayout.of("x",
        List.of(ID, CsvColumn.required("other", "ID", "其他", Resident::id, PersonId::parse,
            PersonId::value)), v -> new Resident(v.get(ID), CitizenIdNumber.parse(
                Fixtures.CITIZEN_ID), DivisionCode.parse(Fixtures.COMMUNITY))));
  }
}
