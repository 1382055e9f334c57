package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A document of the exchange format (交换文档): the envelope that says what the data is and which
 * version of the format it follows, and the data.
 *
 * <pre>{@code
 * {
 *   "format": "grassroots-governance",
 *   "version": "1.0.0",
 *   "profile": "https://example.org/profiles/shenzhen",   // optional
 *   "generatedAt": "2024-05-01T09:30:00+08:00",           // always with an offset
 *   "kind": "organization-register",
 *   "data": [ ... ]
 * }
 * }</pre>
 *
 * <pre>{@code
 * Envelope<ImmutableList<OrganizationRecord>> doc =
 *     Envelope.of(OrganizationRegister.KIND, OffsetDateTime.now(), records);
 * }</pre>
 *
 * <p>A profile (数据规范) names a local extension layered over the core format, e.g. a city's
 * extra rules; it does not change how the document is read. Immutable and thread-safe if the data
 * is.
 *
 * @param <T> the type of the data
 */
public final class Envelope<T> {
  private static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9._:/#-]{1,128}");

  private final FormatVersion version;
  private final @Nullable String profile;
  private final OffsetDateTime generatedAt;
  private final DocumentKind<T> kind;
  private final T data;

  private Envelope(
      FormatVersion version,
      @Nullable String profile,
      OffsetDateTime generatedAt,
      DocumentKind<T> kind,
      T data) {
    this.version = version;
    this.profile = profile;
    this.generatedAt = generatedAt;
    this.kind = kind;
    this.data = data;
  }

  /**
   * A document of the current format version, without a profile.
   *
   * @param kind the kind
   * @param generatedAt when it was generated, with the offset of the place it was generated
   * @param data the data
   * @param <T> the data type
   * @return the document
   * @throws InvalidValueException if the year is outside 0001-9999 or the offset has seconds
   */
  public static <T> Envelope<T> of(DocumentKind<T> kind, OffsetDateTime generatedAt, T data) {
    return new Envelope<>(
        ExchangeFormat.CURRENT,
        null,
        checkTimestamp(generatedAt),
        requireNonNull(kind, "kind"),
        requireNonNull(data, "data"));
  }

  static <T> Envelope<T> read(
      FormatVersion version,
      @Nullable String profile,
      OffsetDateTime generatedAt,
      DocumentKind<T> kind,
      T data) {
    return new Envelope<>(version, profile, generatedAt, kind, data);
  }

  /** RFC 3339 timestamps: years 0001-9999, offsets in whole minutes. */
  static OffsetDateTime checkTimestamp(OffsetDateTime t) {
    requireNonNull(t, "generatedAt");
    Violations.of("Envelope")
        .check(t.getYear() >= 1 && t.getYear() <= 9999, "generatedAt", t,
            "year must be 0001 to 9999")
        .check(t.getOffset().getTotalSeconds() % 60 == 0, "generatedAt", t,
            "offset must be whole minutes")
        .throwIfAny();
    return t;
  }

  static boolean isProfile(String profile) {
    return PROFILE.matcher(profile).matches();
  }

  /**
   * A copy with a profile.
   *
   * @param profile the profile name or URI: 1 to 128 of {@code A-Z a-z 0-9 . _ : / # -}
   * @return the copy
   * @throws InvalidValueException if the profile is not of that form
   */
  public Envelope<T> withProfile(String profile) {
    requireNonNull(profile, "profile");
    Violations.of("Envelope")
        .check(isProfile(profile), "profile", profile, JsonMessages.BAD_PROFILE)
        .throwIfAny();
    return new Envelope<>(version, profile, generatedAt, kind, data);
  }

  /**
   * A copy with other data.
   *
   * @param newData the data
   * @return the copy
   */
  public Envelope<T> withData(T newData) {
    return new Envelope<>(version, profile, generatedAt, kind, requireNonNull(newData, "data"));
  }

  /**
   * The format version the document follows ({@link ExchangeFormat#CURRENT} for documents made
   * here; the version read for documents read).
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
   * When the document was generated, with its offset.
   *
   * @return the timestamp
   */
  public OffsetDateTime generatedAt() {
    return generatedAt;
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  public DocumentKind<T> kind() {
    return kind;
  }

  /**
   * The data.
   *
   * @return the data
   */
  public T data() {
    return data;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Envelope)) {
      return false;
    }
    Envelope<?> e = (Envelope<?>) o;
    return version.equals(e.version)
        && Objects.equals(profile, e.profile)
        && generatedAt.equals(e.generatedAt)
        && kind.equals(e.kind)
        && data.equals(e.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, profile, generatedAt, kind, data);
  }

  @Override
  public String toString() {
    return "Envelope[" + kind + " " + version + (profile == null ? "" : " " + profile) + " "
        + generatedAt + "]";
  }
}
