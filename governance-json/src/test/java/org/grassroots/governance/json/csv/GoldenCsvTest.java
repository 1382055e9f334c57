package org.grassroots.governance.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;

/** Golden CSV files as community workers' spreadsheets produce them. */
class GoldenCsvTest {
  private static InputStream golden(String name) {
    InputStream in = GoldenCsvTest.class.getResourceAsStream(
        "/org/grassroots/governance/json/golden/csv/" + name);
    assertNotNull(in, name);
    return in;
  }

  @Test
  void chineseHeadersWithBom_readWhole() throws IOException {
    try (InputStream in = golden("organization-register-chinese-bom.csv")) {
      CsvReadResult<OrganizationRecord> r = OrganizationRegister.CSV.read(in,
          CsvReadOptions.strict());
      assertEquals(3, r.items().size());
      assertEquals("鼓楼街道社区服务中心, 综合", r.items().get(2).name());
      assertEquals("350102000000", r.items().get(2).division().toString());
    }
  }

  @Test
  void badRows_areReportedByRowAndColumn_andTheGoodRowsLoad() throws IOException {
    try (InputStream in = golden("organization-register-with-bad-rows.csv")) {
      CsvReadResult<OrganizationRecord> r = OrganizationRegister.CSV.read(in,
          CsvReadOptions.lenient());
      assertEquals(List.of("ORG-0002", "ORG-0005"),
          r.items().stream().map(o -> o.id().value()).collect(Collectors.toList()));
      assertEquals(List.of("row 2, column creditCode", "row 4, column creditCode",
              "row 5, column id"),
          r.problems().stream().map(p -> "row " + p.row() + ", column " + p.column().orElse("-"))
              .collect(Collectors.toList()));
      assertEquals(1, r.report().warnings().size()); // the Note column is ignored
    }
    try (InputStream in = golden("organization-register-with-bad-rows.csv")) {
      assertThrows(InvalidDocumentException.class,
          () -> OrganizationRegister.CSV.read(in, CsvReadOptions.strict()));
    }
  }
}
