package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the envelope of one document around its data: the header properties, the version check,
 * unknown properties (errors or warnings), the end of the document. Not thread-safe; one per
 * read.
 */
final class DocumentCursor {
  static final ImmutableList<Object> ENVELOPE_PROPERTIES =
      ImmutableList.of("format", "version", "profile", "generatedAt", "kind", "data");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

  private final JsonParser p;
  private final @Nullable DocumentKind<?> expected;
  private final ReadMode mode;
  private final List<DocumentProblem> warnings = new ArrayList<>();

  private boolean format;
  private @Nullable FormatVersion version;
  private @Nullable String profile;
  private @Nullable OffsetDateTime generatedAt;
  private @Nullable String kind;
  private boolean data;
  private @Nullable TokenBuffer bufferedData;

  /** A cursor for a document of the expected kind, or of any kind if {@code expected} is null. */
  DocumentCursor(JsonParser p, @Nullable DocumentKind<?> expected, ReadMode mode) {
    this.p = p;
    this.expected = expected;
    this.mode = mode;
  }

  List<DocumentProblem> warnings() {
    return warnings;
  }

  JsonParser parser() {
    return p;
  }

  /** Moves onto the document's opening brace. */
  void open() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw InvalidDocumentException.of("", null, JsonMessages.EMPTY);
    }
    if (t != JsonToken.START_OBJECT) {
      throw InvalidDocumentException.of("", null, JsonMessages.EXPECTED_OBJECT);
    }
  }

  /**
   * Reads header properties up to {@code data}. Returns with the parser on the data's first token
   * once the header is complete. Where data comes before the header: a streaming read refuses
   * the document; a whole read buffers the data and returns at the end of the document, with
   * {@link #bufferedData()} set.
   *
   * @return {@code true} if on the data, {@code false} if at the end of the envelope
   */
  boolean advanceToData(boolean streaming) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if ("data".equals(name)) {
        data = true;
        if (headerComplete()) {
          return true;
        }
        if (streaming) {
          throw InvalidDocumentException.of("/data", null, JsonMessages.DATA_BEFORE_HEADER);
        }
        // a buffer with its own root context: pointers inside are relative to the data
        TokenBuffer buffer = new TokenBuffer(p.getCodec(), false);
        buffer.copyCurrentStructure(p);
        bufferedData = buffer;
      } else {
        header(name);
      }
    }
    endOfEnvelope(t);
    return false;
  }

  /** Reads the whole envelope, skipping the data wherever it is (a header-only read). */
  void skimToEnd() throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if ("data".equals(name)) {
        data = true;
        p.skipChildren();
      } else {
        header(name);
      }
    }
    endOfEnvelope(t);
  }

  String kindName() {
    String k = kind;
    if (k == null) {
      throw new IllegalStateException("kind read before the header");
    }
    return k;
  }

  /** Reads what follows the data up to the end of the document. */
  void finish() throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if ("data".equals(name)) {
        throw InvalidDocumentException.of("/data", null, JsonMessages.DUPLICATE);
      }
      header(name);
    }
    endOfEnvelope(t);
  }

  @Nullable TokenBuffer bufferedData() {
    return bufferedData;
  }

  FormatVersion version() {
    FormatVersion v = version;
    if (v == null) {
      throw new IllegalStateException("version read before the header");
    }
    return v;
  }

  @Nullable String profile() {
    return profile;
  }

  OffsetDateTime generatedAt() {
    OffsetDateTime g = generatedAt;
    if (g == null) {
      throw new IllegalStateException("generatedAt read before the header");
    }
    return g;
  }

  private boolean headerComplete() {
    return format && version != null && generatedAt != null && kind != null;
  }

  private void endOfEnvelope(@Nullable JsonToken t) throws IOException {
    if (t != JsonToken.END_OBJECT) {
      // the parser reports malformed input itself; this is a truncated document
      throw InvalidDocumentException.of("", null, JsonMessages.f(JsonMessages.NOT_JSON,
          "the document ends before its closing brace"));
    }
    List<DocumentProblem> missing = new ArrayList<>();
    require(format, "/format", missing);
    require(version != null, "/version", missing);
    require(generatedAt != null, "/generatedAt", missing);
    require(kind != null, "/kind", missing);
    require(data, "/data", missing);
    if (!missing.isEmpty()) {
      throw InvalidDocumentException.of(missing);
    }
    if (p.nextToken() != null) {
      throw InvalidDocumentException.of("", null, JsonMessages.TRAILING);
    }
  }

  private static void require(boolean present, String pointer, List<DocumentProblem> missing) {
    if (!present) {
      missing.add(DocumentProblem.of(pointer, null, JsonMessages.REQUIRED));
    }
  }

  private void header(String name) throws IOException {
    String pointer = "/" + Pointers.escape(name);
    switch (name) {
      case "format":
        String f = text(pointer);
        if (!ExchangeFormat.NAME.equals(f)) {
          throw InvalidDocumentException.of(
              pointer, f, JsonMessages.f(JsonMessages.WRONG_FORMAT, ExchangeFormat.NAME));
        }
        format = true;
        break;
      case "version":
        String text = text(pointer);
        FormatVersion v = FormatVersion.tryParse(text).orElse(null);
        if (v == null) {
          throw InvalidDocumentException.of(pointer, text, JsonMessages.BAD_VERSION);
        }
        if (!ExchangeFormat.reads(v)) {
          throw InvalidDocumentException.of(
              pointer,
              text,
              JsonMessages.f(
                  JsonMessages.UNKNOWN_MAJOR,
                  v,
                  ExchangeFormat.readableDescription(),
                  ExchangeFormat.CURRENT.major()));
        }
        if (v.major() == ExchangeFormat.CURRENT.major()
            && v.minor() > ExchangeFormat.CURRENT.minor()) {
          warnings.add(
              DocumentProblem.of(
                  pointer,
                  text,
                  JsonMessages.f(
                      JsonMessages.NEWER_MINOR,
                      v,
                      ExchangeFormat.CURRENT,
                      mode == ReadMode.STRICT ? "errors (strict mode)" : "warnings")));
        }
        version = v;
        break;
      case "profile":
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          profile = null;
          break;
        }
        String pr = text(pointer);
        if (!Envelope.isProfile(pr)) {
          throw InvalidDocumentException.of(pointer, pr, JsonMessages.BAD_PROFILE);
        }
        profile = pr;
        break;
      case "generatedAt":
        generatedAt = timestamp(pointer, text(pointer));
        break;
      case "kind":
        String k = text(pointer);
        if (expected == null) {
          try {
            DocumentKind.checkName(k);
          } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.of(pointer, k, JsonMessages.BAD_KIND);
          }
        } else if (!expected.name().equals(k)) {
          throw InvalidDocumentException.of(
              pointer, k, JsonMessages.f(JsonMessages.WRONG_KIND, expected.name()));
        }
        kind = k;
        break;
      default:
        unknown(pointer);
    }
  }

  private void unknown(String pointer) throws IOException {
    String rule = ProblemTranslator.unknownRule(ENVELOPE_PROPERTIES);
    if (mode == ReadMode.STRICT) {
      throw InvalidDocumentException.of(pointer, null, rule);
    }
    warnings.add(DocumentProblem.of(pointer, null, rule));
    p.skipChildren();
  }

  private String text(String pointer) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw InvalidDocumentException.of(
          pointer, null,
          JsonMessages.f(JsonMessages.EXPECTED_TYPE, "a string", IdentifierCodecs.describe(t)));
    }
    return p.getText();
  }

  static OffsetDateTime timestamp(String pointer, String text) {
    if (!TIMESTAMP.matcher(text).matches()) {
      throw InvalidDocumentException.of(pointer, text, JsonMessages.BAD_TIMESTAMP);
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw InvalidDocumentException.of(pointer, text, JsonMessages.BAD_TIMESTAMP);
    }
  }
}
