package org.grassroots.governance.json.deliberation;

import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.json.DocumentKind;

/**
 * The document kind {@code matter} (议事事项): {@code data} is one {@link Matter} of community
 * deliberation with its whole history — the meetings of 四议 (proposal, deliberation, review,
 * resolution: the body, its members and voting rule, the attendees, the tally, the minutes), the
 * publications of 两公开, withdrawals and send-backs, each with a {@code type}. Reading goes
 * through the public builders, and {@code Matter}'s check replays the history, so an event out of
 * order is refused at its pointer, e.g. {@code /data/history/2}.
 *
 * <pre>{@code
 * byte[] doc = json.toBytes(Envelope.of(MatterDocument.KIND, OffsetDateTime.now(), matter));
 * Matter m = json.read(doc, MatterDocument.KIND).data();
 * }</pre>
 */
public final class MatterDocument {
  /** The document kind {@code matter}; schema {@code matter.schema.json}. */
  public static final DocumentKind<Matter> KIND = DocumentKind.of("matter", Matter.class);

  private MatterDocument() {}
}
