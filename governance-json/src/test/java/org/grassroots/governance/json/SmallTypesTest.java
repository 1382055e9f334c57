package org.grassroots.governance.json;

import static org.grassroots.governance.json.Fixtures.registerDocument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The envelope header, the size-limited stream and lenient warnings, case by case. */
class SmallTypesTest {
  private static final OffsetDateTime T = OffsetDateTime.parse("2024-05-01T12:00:00+08:00");

  @Test
  void documentHeader_valueSemantics() {
    FormatVersion v = FormatVersion.of(1, 0, 0);
    DocumentHeader a = DocumentHeader.of(v, "p", T, "scenario");
    assertEquals(a, DocumentHeader.of(v, "p", T, "scenario"));
    assertEquals(a.hashCode(), DocumentHeader.of(v, "p", T, "scenario").hashCode());
    assertNotEquals(a, DocumentHeader.of(FormatVersion.of(1, 1, 0), "p", T, "scenario"));
    assertNotEquals(a, DocumentHeader.of(v, "q", T, "scenario"));
    assertNotEquals(a, DocumentHeader.of(v, null, T, "scenario"));
    assertNotEquals(a, DocumentHeader.of(v, "p", T.plusSeconds(1), "scenario"));
    assertNotEquals(a, DocumentHeader.of(v, "p", T, "hierarchy"));
    assertNotEquals(a, (Object) "scenario");
    assertEquals("p", a.profile().orElseThrow());
    assertFalse(DocumentHeader.of(v, null, T, "scenario").profile().isPresent());
    assertEquals(v, a.version());
    assertEquals(T, a.generatedAt());
    assertEquals("scenario", a.kind());
    assertEquals("DocumentHeader[scenario 1.0.0 p 2024-05-01T12:00+08:00]", a.toString());
    assertEquals(
        "DocumentHeader[scenario 1.0.0 2024-05-01T12:00+08:00]",
        DocumentHeader.of(v, null, T, "scenario").toString());
  }

  @Test
  void readHeader_ofAStream_carriesTheProfile() {
    String doc = registerDocument("[]").replace("\"kind\"", "\"profile\":\"https://x.org/p\",\"kind\"");
    DocumentHeader h =
        GovernanceJson.strict()
            .readHeader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    assertEquals("https://x.org/p", h.profile().orElseThrow());
    assertEquals("organization-register", h.kind());
  }

  @Test
  void limitedInputStream_countsEveryWayOfReading_andFailsJustPastTheLimit() throws IOException {
    byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
    // exactly at the limit: every byte reads, then end of stream
    LimitedInputStream at = new LimitedInputStream(new ByteArrayInputStream(ten), 10);
    assertEquals('0', at.read());
    byte[] buf = new byte[4];
    assertEquals(4, at.read(buf, 0, 4));
    assertArrayEquals("1234".getBytes(StandardCharsets.US_ASCII), buf);
    assertEquals(2, at.skip(2));
    assertEquals(3, at.read(new byte[8], 0, 8));
    assertEquals(-1, at.read());
    assertEquals(-1, at.read(buf, 0, 4));
    // one byte over, by each method
    LimitedInputStream single = new LimitedInputStream(new ByteArrayInputStream(ten), 9);
    for (int i = 0; i < 9; i++) {
      single.read();
    }
    IOException e = assertThrows(LimitedInputStream.LimitExceeded.class, single::read);
    assertEquals("the document is longer than the limit of 9 bytes", e.getMessage());
    LimitedInputStream block = new LimitedInputStream(new ByteArrayInputStream(ten), 9);
    assertThrows(LimitedInputStream.LimitExceeded.class, () -> block.read(new byte[10], 0, 10));
    LimitedInputStream skip = new LimitedInputStream(new ByteArrayInputStream(ten), 9);
    assertThrows(LimitedInputStream.LimitExceeded.class, () -> skip.skip(10));
    // skipping nothing counts nothing
    LimitedInputStream zero = new LimitedInputStream(new ByteArrayInputStream(ten), 10);
    assertEquals(0, zero.skip(0));
    assertEquals(10, zero.read(new byte[10], 0, 10));
  }

  @Test
  void limitedInputStream_leavesTheCallersStreamOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(new byte[] {1}) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new LimitedInputStream(in, 5).close();
    assertFalse(closed[0]);
  }

  @Test
  void documentSizeLimit_appliesToStreams() {
    String doc = registerDocument("[]");
    GovernanceJson small =
        GovernanceJson.builder()
            .limits(ReadLimits.defaults().withMaxDocumentLength(doc.length() - 1))
            .build();
    InvalidDocumentException e =
        assertThrows(
            InvalidDocumentException.class,
            () -> small.readHeader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("limit of " + (doc.length() - 1) + " bytes"), e.getMessage());
    GovernanceJson exact =
        GovernanceJson.builder()
            .limits(ReadLimits.defaults().withMaxDocumentLength(doc.length()))
            .build();
    assertEquals(
        "organization-register",
        exact.readHeader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))).kind());
  }

  @Test
  void lenientRead_warnsOfUnknownPropertiesWithTheirPointers_strictRefuses() {
    String record = Fixtures.recordJson("id", "\"ORG-1\"");
    String doc =
        registerDocument(
            "[" + record.substring(0, record.length() - 1)
                + ",\"extra\":1,\"more\":{\"deep\":[1]}}]");
    ReadResult<com.google.common.collect.ImmutableList<org.grassroots.governance.json.register.OrganizationRecord>> r =
        GovernanceJson.lenient()
            .read(doc.getBytes(StandardCharsets.UTF_8),
                org.grassroots.governance.json.register.OrganizationRegister.KIND);
    assertEquals(1, r.data().size());
    assertEquals(
        List.of("/data/0/extra", "/data/0/more"),
        r.warnings().stream().map(DocumentProblem::pointer).collect(java.util.stream.Collectors.toList()));
    assertEquals(
        "is not a property of this document (expected one of [id, name, creditCode, division, grid])",
        r.warnings().get(0).rule());
    InvalidDocumentException e =
        assertThrows(
            InvalidDocumentException.class,
            () ->
                GovernanceJson.strict()
                    .read(doc.getBytes(StandardCharsets.UTF_8),
                        org.grassroots.governance.json.register.OrganizationRegister.KIND));
    assertEquals("/data/0/extra", e.problems().get(0).pointer());
    assertEquals(
        "is not a property of this document (expected one of [id, name, creditCode, division, grid])",
        e.problems().get(0).rule());
  }
  @Test
  void readLimits_withersChangeOneLimit_andRefuseNonPositiveValuesByName() {
    ReadLimits d = ReadLimits.defaults();
    assertEquals(ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH, d.maxDocumentLength());
    assertEquals(ReadLimits.DEFAULT_MAX_NESTING_DEPTH, d.maxNestingDepth());
    assertEquals(ReadLimits.DEFAULT_MAX_STRING_LENGTH, d.maxStringLength());
    assertEquals(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH, d.maxNumberLength());
    assertEquals(ReadLimits.DEFAULT_MAX_NAME_LENGTH, d.maxNameLength());
    ReadLimits l =
        d.withMaxDocumentLength(1000)
            .withMaxNestingDepth(7)
            .withMaxStringLength(300)
            .withMaxNumberLength(12)
            .withMaxNameLength(40);
    assertEquals(
        "ReadLimits[document 1000, depth 7, string 300, number 12, name 40]", l.toString());
    assertEquals(
        "ReadLimits[document 268435456, depth 64, string 1048576, number 64, name 256]",
        d.toString());
    // each wither keeps the others
    assertEquals(7, d.withMaxNestingDepth(7).maxNestingDepth());
    assertEquals(d.maxStringLength(), d.withMaxNestingDepth(7).maxStringLength());
    assertEquals(1, d.withMaxNameLength(1).maxNameLength());
    String[][] refusals = {
      {"maxDocumentLength", "0"}, {"maxNestingDepth", "0"}, {"maxStringLength", "-1"},
      {"maxNumberLength", "0"}, {"maxNameLength", "-5"},
    };
    for (String[] r : refusals) {
      int v = Integer.parseInt(r[1]);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> {
                switch (r[0]) {
                  case "maxDocumentLength":
                    d.withMaxDocumentLength(v);
                    break;
                  case "maxNestingDepth":
                    d.withMaxNestingDepth(v);
                    break;
                  case "maxStringLength":
                    d.withMaxStringLength(v);
                    break;
                  case "maxNumberLength":
                    d.withMaxNumberLength(v);
                    break;
                  default:
                    d.withMaxNameLength(v);
                }
              });
      assertTrue(String.valueOf(e.getMessage()).contains("must be positive, is " + v), e.getMessage());
    }
  }

  @Test
  void csvRowProblem_valueSemantics_andItsDocumentPointer() {
    org.grassroots.governance.json.csv.CsvRowProblem cell =
        org.grassroots.governance.json.csv.CsvRows.problem(7, "creditCode", "91X", "bad check");
    org.grassroots.governance.json.csv.CsvRowProblem row =
        org.grassroots.governance.json.csv.CsvRows.problem(8, null, null, "too few cells");
    assertEquals(7, cell.row());
    assertEquals("creditCode", cell.column().orElseThrow());
    assertEquals("91X", cell.rejectedValue().orElseThrow());
    assertEquals("bad check", cell.reason());
    assertFalse(row.column().isPresent());
    assertFalse(row.rejectedValue().isPresent());
    assertEquals("row 7, column creditCode: bad check (rejected: 91X)", cell.toString());
    assertEquals("row 8: too few cells", row.toString());
    assertEquals(DocumentProblem.of("/7/creditCode", "91X", "bad check"), cell.toDocumentProblem());
    assertEquals(DocumentProblem.of("/8", null, "too few cells"), row.toDocumentProblem());
    assertEquals(cell, org.grassroots.governance.json.csv.CsvRows.problem(7, "creditCode", "91X", "bad check"));
    assertEquals(
        cell.hashCode(),
        org.grassroots.governance.json.csv.CsvRows.problem(7, "creditCode", "91X", "bad check").hashCode());
    assertNotEquals(cell, org.grassroots.governance.json.csv.CsvRows.problem(6, "creditCode", "91X", "bad check"));
    assertNotEquals(cell, org.grassroots.governance.json.csv.CsvRows.problem(7, "name", "91X", "bad check"));
    assertNotEquals(cell, org.grassroots.governance.json.csv.CsvRows.problem(7, "creditCode", "92X", "bad check"));
    assertNotEquals(cell, org.grassroots.governance.json.csv.CsvRows.problem(7, "creditCode", "91X", "other"));
    assertNotEquals(cell, (Object) "row 7");
  }
}
