package org.grassroots.governance.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.grassroots.governance.json.Fixtures;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;

/** How the first bytes of a CSV file decide its reading: UTF-8 BOM, UTF-16 marks, stray bytes. */
class CsvEncodingTest {
  private static final CsvLayout<OrganizationRecord> CSV = OrganizationRegister.CSV;
  private static final String TEXT = "id,name,credit code,division\nORG-1,东华," + Fixtures.CREDIT_CODE
      + "," + Fixtures.COMMUNITY + "\n";

  private static String rule(byte[] bytes) {
    return assertThrows(InvalidDocumentException.class,
            () -> CSV.read(new ByteArrayInputStream(bytes), CsvReadOptions.lenient()))
        .problems().get(0).rule();
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf16_eitherByteOrder_isRefusedByItsMark() {
    assertEquals(CsvMessages.UTF16, rule(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(CsvMessages.UTF16, rule(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(CsvMessages.UTF16, rule(bytes(0xFF, 0xFE)));
    assertEquals(CsvMessages.UTF16, rule(bytes(0xFE, 0xFF)));
  }

  @Test
  void halfAMark_orAStrayByte_isNotUtf8_ratherThanUtf16() {
    byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
    assertEquals(CsvMessages.NOT_UTF8, rule(concat(bytes(0xFF, 'a'), text)));
    assertEquals(CsvMessages.NOT_UTF8, rule(concat(bytes(0xFE, 'a'), text)));
    assertEquals(CsvMessages.NOT_UTF8, rule(concat(bytes('a', 0xFE), text)));
    assertEquals(CsvMessages.NOT_UTF8, rule(concat(bytes('a', 0xFF), text)));
    assertEquals(CsvMessages.NOT_UTF8, rule(concat(bytes(0xFF, 0xFF), text)));
    assertEquals(CsvMessages.NOT_UTF8, rule(concat(bytes(0xFE, 0xFE), text)));
    // the first two bytes of a UTF-8 BOM without the third are kept, and are not text
    assertEquals(CsvMessages.NOT_UTF8, rule(concat(bytes(0xEF, 0xBB), text)));
    // three bytes that are almost a BOM but a valid character (U+EEFF, U+FEBF, U+FEFE) stay in the header
    String kept = assertThrows(InvalidDocumentException.class, () -> CSV.read(
        new ByteArrayInputStream(concat(bytes(0xEE, 0xBB, 0xBF), text)), CsvReadOptions.lenient()))
        .problems().get(0).rule();
    assertEquals(kept, rule(concat(bytes(0xEF, 0xBA, 0xBF), text)));
    assertEquals(kept, rule(concat(bytes(0xEF, 0xBB, 0xBE), text)));
    assertTrue(kept.startsWith("the header has no column id"), kept);
  }

  @Test
  void utf8Bom_isSkipped_andAShortFileIsReadAsItIs() {
    byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
    assertEquals(1, CSV.read(new ByteArrayInputStream(concat(bytes(0xEF, 0xBB, 0xBF), text)),
        CsvReadOptions.strict()).items().size());
    assertEquals(CsvMessages.EMPTY_FILE, rule(bytes(0xEF, 0xBB, 0xBF)));
    assertEquals(CsvMessages.EMPTY_FILE, rule(bytes('\n')));
    assertEquals(CsvMessages.EMPTY_FILE, rule(new byte[0]));
  }
}
