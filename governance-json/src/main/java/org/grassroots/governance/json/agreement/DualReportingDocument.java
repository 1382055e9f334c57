package org.grassroots.governance.json.agreement;

import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.json.DocumentKind;

/**
 * The document kind {@code dual-reporting} (双报到台账): {@code data} is one {@link DualReporting}
 * register — the co-building agreements the units report under (each with its whole version
 * history), the units' reports to their paired communities, the in-service party members'
 * reports to the communities where they live (unit, residence, day, identity shown, skills),
 * their post claims and their service records. Reading goes through the public builders, so a
 * report under an unknown agreement or one not in force, a unit that is not a counterpart of the
 * agreement, a repeated report, or a claim or service before its member reported is refused at
 * its pointer ({@code /data/unitReports/0/date}, {@code /data/services/3/person}). The register
 * holds person ids, not names, citizen ids or phone numbers.
 *
 * <pre>{@code
 * byte[] doc = json.toBytes(Envelope.of(DualReportingDocument.KIND, OffsetDateTime.now(), register));
 * DualReporting r = json.read(doc, DualReportingDocument.KIND).data();
 * r.unitSummaries(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
 * }</pre>
 */
public final class DualReportingDocument {
  /** The document kind {@code dual-reporting}; schema {@code dual-reporting.schema.json}. */
  public static final DocumentKind<DualReporting> KIND =
      DocumentKind.of("dual-reporting", DualReporting.class);

  private DualReportingDocument() {}
}
