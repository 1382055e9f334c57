package org.grassroots.governance.json.agreement;

import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.json.DocumentKind;

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

  private AgreementDocument() {}
}
