package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes documents of the exchange format (交换格式读写): the versioned envelope, safe
 * reading with limits and one clear exception, lists streamed one item at a time.
 *
 * <pre>{@code
 * GovernanceJson json = GovernanceJson.strict();
 * byte[] bytes = json.toBytes(Envelope.of(OrganizationRegister.KIND, now, records));
 * ImmutableList<OrganizationRecord> back = json.read(bytes, OrganizationRegister.KIND).data();
 *
 * try (ListWriter<OrganizationRecord> w = json.listWriter(out, OrganizationRegister.KIND, now)) {
 *   records.forEach(w::write);                       // one item at a time
 * }
 * try (ListReader<OrganizationRecord> r = json.listReader(in, OrganizationRegister.KIND)) {
 *   while (r.hasNext()) { process(r.next()); }      // one item at a time
 * }
 * }</pre>
 *
 * <p>Reading: the input must be a document of the expected kind, of a readable major version
 * (any older or newer minor), within the {@link ReadLimits}; every value is made through its
 * public factory, so every invariant is checked. Whatever is wrong, the reader throws an
 * {@link InvalidDocumentException} naming JSON pointers, and never returns a half-built value; a
 * failure of the input stream itself is an {@link UncheckedIOException}. No type information is
 * ever taken from the input (no default typing, no polymorphic type ids). Unknown properties fail
 * a {@link ReadMode#STRICT} read and are warnings of a {@link ReadMode#LENIENT} one.
 *
 * <p>Writing: UTF-8, properties in a fixed order, timestamps with their offset, personal data
 * masked unless {@link WriteOptions#revealPersonalData()}. Streams passed in are never closed.
 *
 * <p>Immutable and thread-safe.
 */
public final class GovernanceJson {
  private static final GovernanceJson STRICT = builder().build();
  private static final GovernanceJson LENIENT = builder().mode(ReadMode.LENIENT).build();

  private final ReadMode mode;
  private final ReadLimits limits;
  private final ObjectMapper mapper;

  private GovernanceJson(ReadMode mode, ReadLimits limits) {
    this.mode = mode;
    this.limits = limits;
    this.mapper = newMapper(mode, limits);
  }

  /**
   * The strict reader/writer with the default limits: unknown properties are errors.
   *
   * @return the shared strict instance
   */
  public static GovernanceJson strict() {
    return STRICT;
  }

  /**
   * The lenient reader/writer with the default limits: unknown properties are warnings.
   *
   * @return the shared lenient instance
   */
  public static GovernanceJson lenient() {
    return LENIENT;
  }

  /**
   * A builder, for other limits or mode.
   *
   * @return a builder of a strict instance with the default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  private static ObjectMapper newMapper(ReadMode mode, ReadLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits.toConstraints())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    JsonMapper.Builder b =
        JsonMapper.builder(factory)
            .addModule(new GovernanceModule())
            .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
            .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
            .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
            .visibility(PropertyAccessor.FIELD, Visibility.NONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    // lenient: unknown properties become warnings; strict: errors naming the known properties
    b.addHandler(new UnknownPropertyWarnings(mode));
    JsonMapper m = b.build();
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    // a null inside an array of values is refused at its own index (e.g. /data/turns/0)
    m.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    return m;
  }

  /**
   * The read mode.
   *
   * @return strict or lenient
   */
  public ReadMode mode() {
    return mode;
  }

  /**
   * The read limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * A copy of the configured {@link ObjectMapper} (with {@link GovernanceModule}, the limits, no
   * scalar coercion, ISO-8601 dates that keep their offsets), for data binding outside the
   * envelope. Used directly it fails on unknown properties even for a lenient instance: the
   * warnings are collected by this class's readers only, and its exceptions are Jackson's.
   *
   * @return a new mapper; changing it does not change this instance
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a document of the expected kind.
   *
   * @param bytes the document, UTF-8 (or UTF-16/32, detected), with or without BOM
   * @param kind the kind expected
   * @param <T> the data type
   * @return the document and the warnings
   * @throws InvalidDocumentException if it is not a valid document of that kind and a readable
   *     version
   */
  public <T> ReadResult<T> read(byte[] bytes, DocumentKind<T> kind) {
    requireNonNull(bytes, "bytes");
    return read(new ByteArrayInputStream(bytes), kind);
  }

  /**
   * Reads a document of the expected kind from text.
   *
   * @param text the document
   * @param kind the kind expected
   * @param <T> the data type
   * @return the document and the warnings
   * @throws InvalidDocumentException if it is not a valid document of that kind
   */
  public <T> ReadResult<T> read(String text, DocumentKind<T> kind) {
    requireNonNull(text, "text");
    return read(text.getBytes(StandardCharsets.UTF_8), kind);
  }

  /**
   * Reads a document of the expected kind from a stream (not closed). The whole data is held in
   * memory; for large lists use {@link #listReader}.
   *
   * @param in the input
   * @param kind the kind expected
   * @param <T> the data type
   * @return the document and the warnings
   * @throws InvalidDocumentException if it is not a valid document of that kind
   * @throws UncheckedIOException if the stream fails
   */
  public <T> ReadResult<T> read(InputStream in, DocumentKind<T> kind) {
    requireNonNull(in, "in");
    requireNonNull(kind, "kind");
    try (JsonParser p = mapper.createParser(limited(in))) {
      DocumentCursor cursor = new DocumentCursor(p, kind, mode);
      try {
        cursor.open();
        T data;
        if (cursor.advanceToData(false)) {
          data = readData(p, kind, new UnknownPropertyWarnings.Sink(cursor.warnings(), p, ""));
          cursor.finish();
        } else {
          TokenBuffer buffered = requireNonNull(cursor.bufferedData(), "bufferedData");
          try (JsonParser bp = buffered.asParser(mapper)) {
            bp.nextToken();
            data = readData(bp, kind,
                new UnknownPropertyWarnings.Sink(cursor.warnings(), bp, "/data"));
          }
        }
        Envelope<T> envelope =
            Envelope.read(cursor.version(), cursor.profile(), cursor.generatedAt(), kind, data);
        return ReadResult.of(envelope, cursor.warnings());
      } catch (InvalidDocumentException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw ProblemTranslator.translate("", e);
      }
    } catch (IOException e) {
      throw ProblemTranslator.translate("", e);
    }
  }

  private <T> T readData(JsonParser p, DocumentKind<T> kind, UnknownPropertyWarnings.Sink warnings)
      throws IOException {
    if (kind instanceof ListKind) {
      ListKind<?> listKind = (ListKind<?>) kind;
      @SuppressWarnings("unchecked") // a ListKind<E> is a DocumentKind<ImmutableList<E>>
      T list = (T) readList(p, listKind, warnings);
      return list;
    }
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw InvalidDocumentException.of("/data", "null", JsonMessages.NOT_NULL);
    }
    ObjectReader reader = dataReader(kind, warnings);
    try {
      T value = reader.readValue(p);
      if (value == null) {
        throw InvalidDocumentException.of("/data", "null", JsonMessages.NOT_NULL);
      }
      return value;
    } catch (InvalidDocumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw ProblemTranslator.translate("/data", e);
    }
  }

  private <E> ImmutableList<E> readList(
      JsonParser p, ListKind<E> kind, UnknownPropertyWarnings.Sink warnings) throws IOException {
    ItemReader<E> items = new ItemReader<>(itemReader(kind, warnings), p, mapper);
    items.start();
    ImmutableList.Builder<E> b = ImmutableList.builder();
    while (items.hasNext()) {
      b.add(items.next());
    }
    return b.build();
  }

  /**
   * Reads the envelope of a document of any kind, skipping its data (streamed, never held): to
   * route a document by kind before reading it.
   *
   * @param in the input (not closed)
   * @return the header
   * @throws InvalidDocumentException if the envelope is invalid or its major version unreadable
   *     (the data is not checked)
   * @throws UncheckedIOException if the stream fails
   */
  public DocumentHeader readHeader(InputStream in) {
    requireNonNull(in, "in");
    try (JsonParser p = mapper.createParser(limited(in))) {
      DocumentCursor cursor = new DocumentCursor(p, null, mode);
      try {
        cursor.open();
        cursor.skimToEnd();
        return DocumentHeader.of(cursor.version(), cursor.profile(), cursor.generatedAt(),
            cursor.kindName());
      } catch (InvalidDocumentException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw ProblemTranslator.translate("", e);
      }
    } catch (IOException e) {
      throw ProblemTranslator.translate("", e);
    }
  }

  /**
   * Reads the envelope of a document of any kind, skipping its data.
   *
   * @param bytes the document
   * @return the header
   * @throws InvalidDocumentException if the envelope is invalid
   */
  public DocumentHeader readHeader(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    return readHeader(new ByteArrayInputStream(bytes));
  }

  /**
   * Opens a document of a list kind for reading one item at a time. The header (format,
   * version, generatedAt, kind) is read and checked at once and must come before {@code data}
   * (as this library writes it); the rest of the document is checked when the last item has been
   * read.
   *
   * @param in the input (not closed by the reader)
   * @param kind the list kind expected
   * @param <E> the item type
   * @return the reader; close it
   * @throws InvalidDocumentException if the header is invalid
   * @throws UncheckedIOException if the stream fails
   */
  public <E> ListReader<E> listReader(InputStream in, ListKind<E> kind) {
    requireNonNull(in, "in");
    requireNonNull(kind, "kind");
    JsonParser p;
    try {
      p = mapper.createParser(limited(in));
    } catch (IOException e) {
      throw ProblemTranslator.translate("", e);
    }
    try {
      DocumentCursor cursor = new DocumentCursor(p, kind, mode);
      cursor.open();
      if (!cursor.advanceToData(true)) {
        throw InvalidDocumentException.of("/data", null, JsonMessages.REQUIRED);
      }
      ItemReader<E> items = new ItemReader<>(
          itemReader(kind, new UnknownPropertyWarnings.Sink(cursor.warnings(), p, "")), p, mapper);
      items.start();
      return new ListReader<>(cursor, items, kind);
    } catch (InvalidDocumentException e) {
      closeQuietly(p);
      throw e;
    } catch (IOException | RuntimeException e) {
      closeQuietly(p);
      throw ProblemTranslator.translate("", e);
    }
  }

  private InputStream limited(InputStream in) {
    return new LimitedInputStream(in, limits.maxDocumentLength());
  }

  static void closeQuietly(JsonParser p) {
    try {
      p.close();
    } catch (IOException ignored) {
      // the read already failed; the caller owns the stream
    }
  }

  private ObjectReader dataReader(DocumentKind<?> kind, UnknownPropertyWarnings.Sink warnings) {
    return mapper
        .readerFor(kind.javaType(mapper.getTypeFactory()))
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withAttribute(UnknownPropertyWarnings.ATTRIBUTE, warnings);
  }

  private ObjectReader itemReader(ListKind<?> kind, UnknownPropertyWarnings.Sink warnings) {
    return mapper
        .readerFor(kind.itemType())
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withAttribute(UnknownPropertyWarnings.ATTRIBUTE, warnings)
        .withAttribute(NodeCodes.ATTRIBUTE, new NodeCodes()); // one per read: not shared
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a document, personal data masked.
   *
   * @param out the output (flushed, not closed)
   * @param document the document
   * @throws UncheckedIOException if the stream fails
   */
  public void write(OutputStream out, Envelope<?> document) {
    write(out, document, WriteOptions.defaults());
  }

  /**
   * Writes a document.
   *
   * @param out the output (flushed, not closed)
   * @param document the document
   * @param options e.g. {@link WriteOptions#revealPersonalData()} for this write
   * @throws UncheckedIOException if the stream fails
   */
  public void write(OutputStream out, Envelope<?> document, WriteOptions options) {
    requireNonNull(out, "out");
    requireNonNull(document, "document");
    requireNonNull(options, "options");
    try (JsonGenerator g = generator(out, options)) {
      writeHeader(g, document.kind(), document.version(), document.profile().orElse(null),
          document.generatedAt());
      writer(options).writeValue(g, document.data());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(
          JsonMessages.f(JsonMessages.WRITE_FAILED, e.getClass().getSimpleName()),
          e);
    }
  }

  /**
   * Writes a document to bytes, personal data masked.
   *
   * @param document the document
   * @return UTF-8 JSON
   */
  public byte[] toBytes(Envelope<?> document) {
    return toBytes(document, WriteOptions.defaults());
  }

  /**
   * Writes a document to bytes.
   *
   * @param document the document
   * @param options the write options
   * @return UTF-8 JSON
   */
  public byte[] toBytes(Envelope<?> document, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, document, options);
    return out.toByteArray();
  }

  /**
   * Writes a document to a string, personal data masked.
   *
   * @param document the document
   * @return JSON text
   */
  public String toJson(Envelope<?> document) {
    return new String(toBytes(document), StandardCharsets.UTF_8);
  }

  /**
   * Opens a list document for writing one item at a time, personal data masked.
   *
   * @param out the output (not closed by the writer)
   * @param kind the list kind
   * @param generatedAt the timestamp of the document
   * @param <E> the item type
   * @return the writer; close it to finish the document
   */
  public <E> ListWriter<E> listWriter(
      OutputStream out, ListKind<E> kind, OffsetDateTime generatedAt) {
    return listWriter(out, kind, generatedAt, null, WriteOptions.defaults());
  }

  /**
   * Opens a list document for writing one item at a time.
   *
   * @param out the output (not closed by the writer)
   * @param kind the list kind
   * @param generatedAt the timestamp of the document
   * @param profile the profile, or {@code null} for none
   * @param options the write options
   * @param <E> the item type
   * @return the writer; close it to finish the document
   */
  public <E> ListWriter<E> listWriter(
      OutputStream out,
      ListKind<E> kind,
      OffsetDateTime generatedAt,
      @Nullable String profile,
      WriteOptions options) {
    requireNonNull(out, "out");
    requireNonNull(kind, "kind");
    Envelope.checkTimestamp(generatedAt);
    requireNonNull(options, "options");
    if (profile != null) {
      // validates the profile the same way as the envelope does
      Envelope.of(kind, generatedAt, ImmutableList.<E>of()).withProfile(profile);
    }
    try {
      JsonGenerator g = generator(out, options);
      writeHeader(g, kind, ExchangeFormat.CURRENT, profile, generatedAt);
      g.writeStartArray();
      return new ListWriter<>(g, writer(options).forType(kind.itemType()).writeValues(g));
    } catch (IOException e) {
      throw new UncheckedIOException(
          JsonMessages.f(JsonMessages.WRITE_FAILED, e.getClass().getSimpleName()),
          e);
    }
  }

  private JsonGenerator generator(OutputStream out, WriteOptions options) throws IOException {
    JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
    if (options.isIndented()) {
      g.useDefaultPrettyPrinter();
    }
    return g;
  }

  private ObjectWriter writer(WriteOptions options) {
    ObjectWriter w = options.isIndented() ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    return options.revealsPersonalData()
        ? w.withAttribute(WriteOptions.REVEAL_ATTRIBUTE, Boolean.TRUE)
        : w;
  }

  private static void writeHeader(
      JsonGenerator g,
      DocumentKind<?> kind,
      FormatVersion version,
      @Nullable String profile,
      OffsetDateTime generatedAt)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ExchangeFormat.NAME);
    g.writeStringField("version", version.toString());
    if (profile != null) {
      g.writeStringField("profile", profile);
    }
    g.writeStringField("generatedAt", formatTimestamp(generatedAt));
    g.writeStringField("kind", kind.name());
    g.writeFieldName("data");
  }

  static String formatTimestamp(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GovernanceJson[%s, %s]", mode, limits);
  }

  /** Builds a {@link GovernanceJson}; strict with the default limits unless told otherwise. */
  public static final class Builder {
    private ReadMode mode = ReadMode.STRICT;
    private ReadLimits limits = ReadLimits.defaults();

    private Builder() {}

    /**
     * Sets the read mode.
     *
     * @param mode strict or lenient
     * @return this builder
     */
    public Builder mode(ReadMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the read limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public GovernanceJson build() {
      return new GovernanceJson(mode, limits);
    }
  }

  /** Reads the items of a data array one at a time, with their pointers. */
  static final class ItemReader<E> {
    private final ObjectReader reader;
    private final JsonParser p;
    private final ObjectMapper mapper;
    private long index;
    private boolean ahead;
    private boolean ended;
    /** One deserialization context for the whole read (as Jackson's MappingIterator keeps). */
    private @Nullable DeserializationContext context;
    private @Nullable JsonDeserializer<Object> deserializer;

    ItemReader(ObjectReader reader, JsonParser p, ObjectMapper mapper) {
      this.reader = reader;
      this.p = p;
      this.mapper = mapper;
    }

    @SuppressWarnings("unchecked") // the root deserializer of the reader's value type E
    private E readItem() throws IOException {
      DeserializationContext c = context;
      JsonDeserializer<Object> d = deserializer;
      if (c == null || d == null) {
        c = ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createInstance(reader.getConfig(), p, reader.getInjectableValues());
        d = c.findRootValueDeserializer(reader.getValueType());
        context = c;
        deserializer = d;
      }
      return (E) d.deserialize(p, c);
    }

    /** The parser is on the data's first token, which must open an array. */
    void start() {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw InvalidDocumentException.of("/data", null, JsonMessages.f(
            JsonMessages.EXPECTED_TYPE, "an array", IdentifierCodecs.describe(p.currentToken())));
      }
    }

    boolean hasNext() throws IOException {
      if (ended) {
        return false;
      }
      if (!ahead) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          ended = true;
          return false;
        }
        ahead = true;
      }
      return true;
    }

    E next() throws IOException {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException("no more items");
      }
      ahead = false;
      // the pointer is made only when an item fails: nothing per item beyond the item itself
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw InvalidDocumentException.of(pointer(), "null", JsonMessages.NOT_NULL);
      }
      try {
        E item = readItem();
        if (item == null) {
          throw InvalidDocumentException.of(pointer(), "null", JsonMessages.NOT_NULL);
        }
        index++;
        return item;
      } catch (InvalidDocumentException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw ProblemTranslator.translate(pointer(), e);
      }
    }

    private String pointer() {
      return "/data/" + index;
    }

    long index() {
      return index;
    }
  }
}
