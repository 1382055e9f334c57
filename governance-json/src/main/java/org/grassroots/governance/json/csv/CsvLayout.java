package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.grassroots.governance.json.DocumentProblem;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.ReadLimits;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The CSV form of a list type (表格格式): its columns and the public factory that makes an item
 * from a good row. Reads UTF-8 with or without BOM, headers in English, Chinese or an alias, in any
 * order; writes a header row and one row per item.
 *
 * <pre>{@code
 * CsvLayout<OrganizationRecord> layout = CsvLayout.of("organization-register",
 *     List.of(ID, NAME, CREDIT_CODE, DIVISION, GRID),
 *     v -> OrganizationRecord.of(v.get(ID), v.get(NAME), v.get(CREDIT_CODE), v.get(DIVISION), v.get(GRID)));
 *
 * CsvReadResult<OrganizationRecord> r = layout.read(in, CsvReadOptions.lenient());
 * layout.write(out, r.items(), CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE));
 * }</pre>
 *
 * <p>Cells a spreadsheet would run as formulas ({@code = + - @} first) are written with a
 * leading {@code '} (OWASP's advice against CSV injection) unless
 * {@link CsvWriteOptions#withoutFormulaNeutralising()}, and that {@code '} is removed on reading,
 * so writing then reading gives the same text.
 *
 * <p>A bad row — a cell its column cannot read, a required cell empty, an item the factory refuses,
 * too many cells — is reported with its row number, column and reason; in a lenient read the good
 * rows still load, in a strict read the first bad row throws {@link InvalidDocumentException}
 * (pointer {@code /<row>/<column>}). Problems of the file as a whole (not UTF-8, malformed CSV, a
 * missing or duplicated column, a limit exceeded) always throw. Reading holds one row at a time.
 * Immutable and thread-safe.
 *
 * @param <T> the item type
 */
public final class CsvLayout<T> {
  private final String name;
  private final ImmutableList<CsvColumn<T, ?>> columns;
  private final Function<CsvValues, T> factory;

  private CsvLayout(
      String name, ImmutableList<CsvColumn<T, ?>> columns, Function<CsvValues, T> factory) {
    this.name = name;
    this.columns = columns;
    this.factory = factory;
  }

  /**
   * A layout.
   *
   * @param name the list's name, e.g. {@code organization-register}
   * @param columns the columns, in the order they are written
   * @param factory makes an item from a row's values (throws {@link InvalidValueException})
   * @param <T> the item type
   * @return the layout
   * @throws IllegalArgumentException if two columns share a key or a header spelling
   */
  public static <T> CsvLayout<T> of(
      String name, List<CsvColumn<T, ?>> columns, Function<CsvValues, T> factory) {
    requireNonNull(name, "name");
    requireNonNull(factory, "factory");
    ImmutableList<CsvColumn<T, ?>> cols = ImmutableList.copyOf(columns);
    Map<String, String> seen = new HashMap<>();
    for (CsvColumn<T, ?> c : cols) {
      for (String n : c.names()) {
        String prev = seen.put(CsvColumn.normalise(n), c.key());
        if (prev != null && !prev.equals(c.key())) {
          throw new IllegalArgumentException(
              "header '" + n + "' names both column " + prev + " and column " + c.key());
        }
      }
    }
    return new CsvLayout<>(name, cols, factory);
  }

  /**
   * The list's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The columns, in writing order.
   *
   * @return the columns
   */
  public ImmutableList<CsvColumn<T, ?>> columns() {
    return columns;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads every good row into a list.
   *
   * @param in the CSV (not closed)
   * @param options lenient or strict, limits
   * @return the items and the report
   * @throws InvalidDocumentException if the file as a whole is invalid, or in a strict read at the
   *     first bad row
   * @throws UncheckedIOException if the stream fails
   */
  public CsvReadResult<T> read(InputStream in, CsvReadOptions options) {
    ImmutableList.Builder<T> items = ImmutableList.builder();
    CsvReport report = forEach(in, options, items::add);
    return new CsvReadResult<>(items.build(), report);
  }

  /**
   * Reads row by row, handing each good row's item to {@code sink} as it is read.
   *
   * @param in the CSV (not closed)
   * @param options lenient or strict, limits
   * @param sink receives the items in row order
   * @return the report
   * @throws InvalidDocumentException if the file as a whole is invalid, or in a strict read at the
   *     first bad row
   * @throws UncheckedIOException if the stream fails
   */
  public CsvReport forEach(InputStream in, CsvReadOptions options, Consumer<? super T> sink) {
    requireNonNull(in, "in");
    requireNonNull(options, "options");
    requireNonNull(sink, "sink");
    ReadLimits limits = options.limits();
    Limited limited = new Limited(in, limits.maxDocumentLength());
    long row = 0;
    try {
      Reader reader = utf8(limited);
      CsvMapper mapper = mapper(limits);
      try (MappingIterator<String[]> it =
          mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
              .readValues(reader)) {
        String[] header = null;
        while (header == null) {
          if (!it.hasNextValue()) {
            throw fail(1, null, null, CsvMessages.EMPTY_FILE);
          }
          String[] cells = it.nextValue();
          row++;
          if (!isBlank(cells)) {
            header = cells;
          }
        }
        List<CsvRowProblem> warnings = new ArrayList<>();
        @Nullable CsvColumn<T, ?>[] byIndex = mapHeader(header, row, options, warnings);
        List<CsvRowProblem> problems = new ArrayList<>();
        long rows = 0;
        long loaded = 0;
        while (it.hasNextValue()) {
          String[] cells = it.nextValue();
          row++;
          if (isBlank(cells)) {
            continue;
          }
          rows++;
          List<CsvRowProblem> rowProblems = new ArrayList<>(2);
          T item = readRow(cells, byIndex, row, rowProblems);
          if (item != null) {
            sink.accept(item);
            loaded++;
          } else if (options.isStrict()) {
            throw toException(rowProblems);
          } else {
            problems.addAll(rowProblems);
          }
        }
        return CsvReport.of(rows, loaded, problems, warnings);
      }
    } catch (InvalidDocumentException e) {
      throw e;
    } catch (IOException e) {
      throw translate(e, row + 1, limited);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw translate((IOException) cause, row + 1, limited);
      }
      throw e;
    }
  }

  private static boolean isBlank(String[] cells) {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of columns, filled from columns
  private @Nullable CsvColumn<T, ?>[] mapHeader(
      String[] header, long row, CsvReadOptions options, List<CsvRowProblem> warnings) {
    if (header.length > options.maxColumns()) {
      throw fail(row, null, null,
          CsvMessages.f(CsvMessages.TOO_MANY_COLUMNS, header.length, options.maxColumns()));
    }
    Map<String, CsvColumn<T, ?>> byName = new HashMap<>();
    for (CsvColumn<T, ?> c : columns) {
      for (String n : c.names()) {
        byName.put(CsvColumn.normalise(n), c);
      }
    }
    @Nullable CsvColumn<T, ?>[] byIndex = new CsvColumn[header.length];
    Map<String, Integer> position = new HashMap<>();
    List<String> expected = new ArrayList<>();
    for (CsvColumn<T, ?> c : columns) {
      expected.add(c.header(CsvHeaders.ENGLISH) + "/" + c.header(CsvHeaders.CHINESE));
    }
    for (int i = 0; i < header.length; i++) {
      String h = header[i];
      if (h.isBlank()) {
        continue;
      }
      CsvColumn<T, ?> c = byName.get(CsvColumn.normalise(h));
      if (c == null) {
        String shown = h.length() > 60 ? h.substring(0, 60) + "…" : h;
        CsvRowProblem w = CsvRowProblem.of(row, null, shown,
            CsvMessages.f(CsvMessages.UNKNOWN_COLUMN, shown, name, expected));
        if (options.isStrict()) {
          throw toException(List.of(w));
        }
        warnings.add(w);
        continue;
      }
      Integer before = position.put(c.key(), i);
      if (before != null) {
        throw fail(row, c.key(), h,
            CsvMessages.f(CsvMessages.DUPLICATE_COLUMN, c.key(), before + 1, i + 1));
      }
      byIndex[i] = c;
    }
    List<CsvRowProblem> missing = new ArrayList<>();
    for (CsvColumn<T, ?> c : columns) {
      if (c.isRequired() && !position.containsKey(c.key())) {
        missing.add(CsvRowProblem.of(row, c.key(), null, CsvMessages.f(
            CsvMessages.MISSING_COLUMN,
            c.header(CsvHeaders.ENGLISH) + " (" + c.header(CsvHeaders.CHINESE) + ")")));
      }
    }
    if (!missing.isEmpty()) {
      throw toException(missing);
    }
    return byIndex;
  }

  private @Nullable T readRow(
      String[] cells,
      @Nullable CsvColumn<T, ?>[] byIndex,
      long row,
      List<CsvRowProblem> problems) {
    if (cells.length > byIndex.length) {
      boolean extra = false;
      for (int i = byIndex.length; i < cells.length; i++) {
        extra |= !cells[i].isBlank();
      }
      if (extra) {
        problems.add(CsvRowProblem.of(row, null, null,
            CsvMessages.f(CsvMessages.TOO_MANY_CELLS, cells.length, byIndex.length)));
        return null;
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < byIndex.length; i++) {
      CsvColumn<T, ?> c = byIndex[i];
      if (c == null) {
        continue;
      }
      // cell length is limited by the parser (StreamReadConstraints), for the whole file
      String cell = i < cells.length ? cells[i].strip() : "";
      if (cell.isEmpty()) {
        if (c.isRequired()) {
          problems.add(CsvRowProblem.of(row, c.key(), null, CsvMessages.REQUIRED));
        } else {
          values.put(c.key(), c.empty());
        }
        continue;
      }
      try {
        values.put(c.key(), requireNonNull(c.parse(restore(cell)), "parsed"));
      } catch (InvalidValueException e) {
        for (Violation v : e.violations()) {
          String reason = v.path().isEmpty() ? v.rule() : v.path() + ": " + v.rule();
          problems.add(CsvRowProblem.of(row, c.key(), c.shown(cell), reason));
        }
      }
    }
    for (CsvColumn<T, ?> c : columns) {
      if (!values.containsKey(c.key()) && !c.isRequired()) {
        values.put(c.key(), c.empty()); // optional column absent from the header
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return requireNonNull(factory.apply(new CsvValues(values)), "item");
    } catch (InvalidValueException e) {
      for (Violation v : e.violations()) {
        String column = columnOf(v.path());
        String reason = column != null && v.path().equals(column)
            ? v.rule()
            : (v.path().isEmpty() ? v.rule() : v.path() + ": " + v.rule());
        problems.add(CsvRowProblem.of(row, column, v.rejectedValue(), reason));
      }
      return null;
    }
  }

  private @Nullable String columnOf(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char ch = path.charAt(i);
      if (ch == '.' || ch == '[') {
        end = i;
        break;
      }
    }
    String head = path.substring(0, end);
    for (CsvColumn<T, ?> c : columns) {
      if (c.key().equals(head)) {
        return head;
      }
    }
    return null;
  }

  private static CsvMapper mapper(ReadLimits limits) {
    CsvFactory factory =
        CsvFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(limits.maxStringLength())
                    .maxDocumentLength(limits.maxDocumentLength())
                    .build())
            .build();
    return CsvMapper.builder(factory).build();
  }

  /** UTF-8 with an optional BOM; malformed bytes are errors, not replacement characters. */
  private static Reader utf8(InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int n = 0;
    while (n < 3) {
      int r = p.read(head, n, 3 - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF;
    if (n >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
        || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF))) {
      throw fail(1, null, null, CsvMessages.UTF16);
    }
    if (!bom && n > 0) {
      p.unread(head, 0, n);
    }
    return new InputStreamReader(
        p,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static RuntimeException translate(IOException e, long row, Limited limited) {
    if (limited.exceeded()) {
      return fail(row, null, null, CsvMessages.f(CsvMessages.TOO_LARGE, limited.max));
    }
    if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
      return fail(row, null, null, CsvMessages.NOT_UTF8);
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof StreamConstraintsException) {
        return fail(row, null, null, CsvMessages.f(CsvMessages.LIMIT,
            firstLine(((StreamConstraintsException) c).getOriginalMessage())));
      }
      if (c.getCause() == c) {
        break;
      }
    }
    if (e instanceof JsonProcessingException) {
      return fail(row, null, null, CsvMessages.f(CsvMessages.MALFORMED,
          firstLine(((JsonProcessingException) e).getOriginalMessage())));
    }
    return new UncheckedIOException(CsvMessages.f(CsvMessages.READ_FAILED, e.getClass().getSimpleName()), e);
  }

  private static String firstLine(@Nullable String m) {
    String first = m == null ? "no detail" : m.lines().findFirst().orElse("no detail");
    return first.length() > 160 ? first.substring(0, 160) + "…" : first;
  }

  private static InvalidDocumentException fail(
      long row, @Nullable String column, @Nullable String value, String reason) {
    return toException(List.of(CsvRowProblem.of(row, column, value, reason)));
  }

  private static InvalidDocumentException toException(List<CsvRowProblem> problems) {
    List<DocumentProblem> list = new ArrayList<>(problems.size());
    for (CsvRowProblem p : problems) {
      list.add(p.toDocumentProblem());
    }
    return InvalidDocumentException.of(list);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a header row and one row per item, in UTF-8 (with a BOM unless told otherwise).
   *
   * @param out the output (flushed, not closed)
   * @param items the items, read once, one at a time
   * @param options header language, language of enum cells, BOM, personal data
   * @throws UncheckedIOException if the stream fails
   */
  public void write(OutputStream out, Iterable<? extends T> items, CsvWriteOptions options) {
    requireNonNull(out, "out");
    requireNonNull(items, "items");
    requireNonNull(options, "options");
    boolean reveal = options.writeOptions().revealsPersonalData();
    CsvHeaders terms = options.terms();
    // the header row is written as a row, so that an empty list still has its header
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
    List<String> headers = new ArrayList<>(columns.size());
    for (CsvColumn<T, ?> c : columns) {
      String h = c.header(options.headers());
      headers.add(h);
      schema.addColumn(h);
    }
    try {
      if (options.bom()) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      Writer w = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
      CsvMapper mapper = new CsvMapper();
      try (SequenceWriter seq = mapper.writerFor(Map.class).with(schema.build()).writeValues(w)) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String h : headers) {
          row.put(h, h);
        }
        seq.write(row);
        for (T item : items) {
          row.clear();
          for (int i = 0; i < columns.size(); i++) {
            String cell = columns.get(i).format(item, reveal, terms);
            row.put(headers.get(i), options.neutralisesFormulas() ? neutralise(cell) : cell);
          }
          seq.write(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          CsvMessages.f(CsvMessages.WRITE_FAILED, e.getClass().getSimpleName()), e);
    }
  }

  /**
   * Whether a spreadsheet would take the cell for a formula (CSV injection, OWASP): it starts with
   * {@code = + - @}, or is already a neutralised cell (so that the mapping stays one-to-one).
   */
  static boolean needsNeutralising(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@') {
      return true;
    }
    return c == '\'' && needsNeutralising(cell.substring(1));
  }

  /** {@code =1+1} → {@code '=1+1}: a spreadsheet shows the text instead of running it. */
  static String neutralise(String cell) {
    return needsNeutralising(cell) ? "'" + cell : cell;
  }

  /** The inverse of {@link #neutralise}: {@code '=1+1} → {@code =1+1}. */
  static String restore(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && needsNeutralising(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  @Override
  public String toString() {
    return "CsvLayout[" + name + " " + columns + "]";
  }

  /** Counts bytes and fails past the limit. */
  private static final class Limited extends FilterInputStream {
    final long max;
    private long count;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    boolean exceeded() {
      return count > max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws IOException {
      count += n;
      if (count > max) {
        throw new IOException("limit exceeded");
      }
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }

  /** Lets the CSV writer close its writer without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
