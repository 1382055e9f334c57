package org.grassroots.governance.json.structure;

import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.structure.CommunityGovernance;

/**
 * The document kind {@code community} (社区治理结构): {@code data} is one {@link
 * CommunityGovernance}, the community's core, its elements and partners, the people and their
 * memberships, the grids, the rotating chair and the responsibility and access lists. Reading
 * goes through {@link CommunityGovernance#builder()}, so every cross-reference check runs; a
 * refused structure names the JSON pointer, e.g. {@code /data/memberships/3/organization}.
 * Names and citizen ids of people are masked on write unless the write opts in.
 *
 * <pre>{@code
 * GovernanceJson json = GovernanceJson.strict();
 * byte[] bytes = json.toBytes(Envelope.of(CommunityDocument.KIND, OffsetDateTime.now(), community),
 *     WriteOptions.revealPersonalData());
 * CommunityGovernance back = json.read(bytes, CommunityDocument.KIND).data();
 * }</pre>
 */
public final class CommunityDocument {
  /** The document kind {@code community}; schema {@code community.schema.json}. */
  public static final DocumentKind<CommunityGovernance> KIND =
      DocumentKind.of("community", CommunityGovernance.class);

  private CommunityDocument() {}
}
