package org.grassroots.governance.examples.exchange;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.json.Envelope;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.csv.CsvHeaders;
import org.grassroots.governance.json.csv.CsvReadOptions;
import org.grassroots.governance.json.csv.CsvReadResult;
import org.grassroots.governance.json.csv.CsvWriteOptions;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;

/**
 * The exchange format in a page (数据交换): an organisation register written as a versioned JSON
 * document and as a CSV list with Chinese headers, read back, and a bad document and a bad row
 * refused with their JSON pointer and spreadsheet row.
 */
public final class ExchangeExample {
  private ExchangeExample() {}

  /** Prints the demonstration to {@code out}. */
  public static void run(PrintStream out) {
    DivisionCode community = DivisionCode.parse("350102001001");
    ImmutableList<OrganizationRecord> register = ImmutableList.of(OrganizationRecord.of(
        OrganizationId.of("ORG-1"), "某某科技有限公司", UnifiedSocialCreditCode.parse("91350100M000100Y43"),
        community, Optional.of(GridCode.of(community, 1))));
    GovernanceJson json = GovernanceJson.strict();
    String document = json.toJson(Envelope.of(OrganizationRegister.KIND,
        OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(8)), register));
    out.println(document);
    out.println("read back equal: " + json.read(document, OrganizationRegister.KIND).data().equals(register));
    try {
      json.read(document.replace("91350100M000100Y43", "91350100M000100Y40"), OrganizationRegister.KIND);
    } catch (InvalidDocumentException e) {
      out.println("refused: " + e.problems().get(0));
    }
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    OrganizationRegister.CSV.write(csv, register, CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE));
    String sheet = csv.toString(StandardCharsets.UTF_8);
    out.print(sheet);
    String withBadRow = sheet + "ORG-2,坏行,91350211M000100Y40,350102001001,\n";
    CsvReadResult<OrganizationRecord> read = OrganizationRegister.CSV.read(
        new ByteArrayInputStream(withBadRow.getBytes(StandardCharsets.UTF_8)), CsvReadOptions.lenient());
    out.println("good rows " + read.items().size() + ", problems " + read.problems());
  }

  /**
   * Runs the demonstration on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
