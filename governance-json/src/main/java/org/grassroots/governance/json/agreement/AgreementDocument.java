package org.grassroots.governance.json.agreement;

import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.ListEntry;
import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.json.ListKind;

/**
 * The document kind {@code agreement} (共建协议台账): {@code data} is one {@link Ledger}, the
 * co-building agreement with every version (parties, term, commitments with their quantities and
 * units, obligations, lists), and the deliveries and obligation events recorded against it.
 * Reading goes through the public factories and builders, so every check of the agreement's
 * history and of each delivery runs; a refusal names the JSON pointer, e.g. {@code
 * /data/agreement/versions/1/content/commitments/0/by}.
 *
 * <pre>{@code
 * byte[] bytes = GovernanceJson.strict().toBytes(
 *     Envelope.of(AgreementDocument.KIND, OffsetDateTime.now(), ledger));
 * Ledger back = GovernanceJson.strict().read(bytes, AgreementDocument.KIND).data();
 * }</pre>
 */
public final class AgreementDocument {
  /** The document kind {@code agreement}; schema {@code agreement.schema.json}. */
  public static final DocumentKind<Ledger> KIND = DocumentKind.of("agreement", Ledger.class);

  /**
   * The list kind {@code problem-list} (问题清单): entries of an agreement's lists, of kind
   * {@code PROBLEM} by convention (the CSV layout writes only those); schema
   * {@code problem-list.schema.json}.
   */
  public static final ListKind<ListEntry> PROBLEMS =
      DocumentKind.listOf("problem-list", ListEntry.class);

  /** The list kind {@code commitment-list} (承诺事项); schema {@code commitment-list.schema.json}. */
  public static final ListKind<Commitment> COMMITMENTS =
      DocumentKind.listOf("commitment-list", Commitment.class);

  private AgreementDocument() {}
}
