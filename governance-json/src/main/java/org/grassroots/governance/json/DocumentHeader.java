package org.grassroots.governance.json;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of a document without its data (文档头): what an integrator looks at to route a
 * document before reading it. Read by {@link GovernanceJson#readHeader}.
 *
 * <pre>{@code
 * DocumentHeader h = json.readHeader(bytes);
 * if (h.kind().equals(OrganizationRegister.KIND.name())) {
 *   json.read(bytes, OrganizationRegister.KIND);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentHeader {
  private final FormatVersion version;
  private final @Nullable String profile;
  private final OffsetDateTime generatedAt;
  private final String kind;

  private DocumentHeader(
      FormatVersion version, @Nullable String profile, OffsetDateTime generatedAt, String kind) {
    this.version = version;
    this.profile = profile;
    this.generatedAt = generatedAt;
    this.kind = kind;
  }

  static DocumentHeader of(
      FormatVersion version, @Nullable String profile, OffsetDateTime generatedAt, String kind) {
    return new DocumentHeader(version, profile, generatedAt, kind);
  }

  /**
   * The format version.
   *
   * @return the version
   */
  public FormatVersion version() {
    return version;
  }

  /**
   * The profile, if any.
   *
   * @return the profile, or empty
   */
  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  /**
   * When the document was generated.
   *
   * @return the timestamp with its offset
   */
  public OffsetDateTime generatedAt() {
    return generatedAt;
  }

  /**
   * The kind name.
   *
   * @return e.g. {@code organization-register}
   */
  public String kind() {
    return kind;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof DocumentHeader)) {
      return false;
    }
    DocumentHeader h = (DocumentHeader) o;
    return version.equals(h.version) && Objects.equals(profile, h.profile)
        && generatedAt.equals(h.generatedAt) && kind.equals(h.kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, profile, generatedAt, kind);
  }

  @Override
  public String toString() {
    return "DocumentHeader[" + kind + " " + version + (profile == null ? "" : " " + profile) + " "
        + generatedAt + "]";
  }
}
