package org.grassroots.governance.examples.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grassroots.governance.json.DocumentProblem;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.ListKind;
import org.grassroots.governance.json.ListReader;
import org.grassroots.governance.json.ListWriter;
import org.grassroots.governance.json.WriteOptions;
import org.grassroots.governance.json.agreement.AgreementCsv;
import org.grassroots.governance.json.agreement.AgreementDocument;
import org.grassroots.governance.json.csv.CsvHeaders;
import org.grassroots.governance.json.csv.CsvLayout;
import org.grassroots.governance.json.csv.CsvReadOptions;
import org.grassroots.governance.json.csv.CsvReport;
import org.grassroots.governance.json.csv.CsvRowProblem;
import org.grassroots.governance.json.csv.CsvWriteOptions;
import org.grassroots.governance.json.matching.MatchingCsv;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance convert}: CSV lists (as community workers keep them in spreadsheets) to and
 * from JSON documents of the exchange format, one item at a time.
 *
 * <pre>
 * governance convert demands.csv demands.json --list demand
 * governance convert resources.json resources.csv --headers zh     # 养老, 紧急 … in enum cells
 * governance convert resources.json resources.csv --headers zh --terms en   # ELDER_CARE …
 * </pre>
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts a list between CSV (UTF-8, with or without BOM, Chinese or English headers) and",
      "a JSON document of the exchange format: demand, resource, project and problem lists and",
      "commitments. Formats come from the file extensions (.csv, .json) or --from/--to; '-' is",
      "standard input or output. Every row is checked; bad rows are listed on stderr",
      "(row, column, reason) and left out, or with --strict the first one stops the conversion",
      "and nothing is written. Personal data is masked in the output unless",
      "--reveal-personal-data. Enum cells are read as names or Chinese terms and written in the",
      "language of --terms, by default that of --headers."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:converted, every row",
      "1:the conversion failed (an I/O error; the message says which)",
      "2:invalid arguments or input: the input as a whole (one line per problem, nothing "
          + "written), the first bad row with --strict (nothing written), or bad rows left out "
          + "(the good rows are written)"
    })
final class ConvertCommand implements Callable<Integer> {
  /** The lists this command converts. */
  @SuppressWarnings("ImmutableEnumChecker") // ListKind and CsvLayout are immutable (documented)
  enum ListChoice {
    demand(MatchingDocuments.DEMANDS, MatchingCsv.DEMANDS),
    resource(MatchingDocuments.RESOURCES, MatchingCsv.RESOURCES),
    project(MatchingDocuments.PROJECTS, MatchingCsv.PROJECTS),
    problem(AgreementDocument.PROBLEMS, AgreementCsv.PROBLEMS),
    commitment(AgreementDocument.COMMITMENTS, AgreementCsv.COMMITMENTS);

    final ListKind<?> kind;
    final CsvLayout<?> csv;

    ListChoice(ListKind<?> kind, CsvLayout<?> csv) {
      this.kind = kind;
      this.csv = csv;
    }

    static @Nullable ListChoice ofKind(String kindName) {
      for (ListChoice c : values()) {
        if (c.kind.name().equals(kindName)) {
          return c;
        }
      }
      return null;
    }
  }

  /** The formats. */
  enum Format {
    csv,
    json
  }

  /** Header languages of a CSV output. */
  enum Headers {
    zh,
    en
  }

  // injected by picocli before call() runs
  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  // set by picocli: the parameter is required
  @SuppressWarnings("NullAway.Init")
  @Parameters(index = "0", paramLabel = "IN", description = "The input file, or '-' for standard input.")
  String input;

  // set by picocli: the parameter is required
  @SuppressWarnings("NullAway.Init")
  @Parameters(index = "1", paramLabel = "OUT", description = "The output file, or '-' for standard output.")
  String output;

  @Option(names = "--list", description = "The list: ${COMPLETION-CANDIDATES}. Required for a CSV input; "
      + "a JSON input names its kind itself.")
  @Nullable ListChoice list;

  @Option(names = "--from", description = "Input format: ${COMPLETION-CANDIDATES} (default: from the extension).")
  @Nullable Format from;

  @Option(names = "--to", description = "Output format: ${COMPLETION-CANDIDATES} (default: from the extension).")
  @Nullable Format to;

  @Option(names = "--headers", defaultValue = "en",
      description = "Header language of a CSV output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Headers headers = Headers.en;

  @Option(names = "--terms", description = "Language of enum cells (category, unit, urgency, "
      + "groups, provider kind, service level, commitment kind, cadence) of a CSV output: "
      + "${COMPLETION-CANDIDATES} (default: as --headers: 养老 under zh, ELDER_CARE under en).")
  @Nullable Headers terms;

  @Option(names = "--no-bom", description = "Write a CSV output without the UTF-8 byte-order mark.")
  boolean noBom;

  @Option(names = "--strict", description = "Stop at the first bad row or unknown column or property.")
  boolean strict;

  @Option(names = "--reveal-personal-data",
      description = "Write personal data (person ids of providers, citizen ids) whole; masked by default.")
  boolean reveal;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Format in = format(from, input, "--from");
    Format out = format(to, output, "--to");
    if (in == null || out == null) {
      return GovernanceCli.INVALID;
    }
    ListChoice choice = list;
    if (in == Format.json && !"-".equals(input)) {
      String kind;
      try (InputStream s = new BufferedInputStream(Files.newInputStream(Path.of(input)))) {
        kind = json().readHeader(s).kind();
      } catch (InvalidDocumentException e) {
        return invalid(e);
      }
      ListChoice named = ListChoice.ofKind(kind);
      if (named == null) {
        err.println("invalid: " + input + " is a '" + kind + "' document; convert reads "
            + kinds());
        return GovernanceCli.INVALID;
      }
      if (choice != null && choice != named) {
        err.println("invalid: --list " + choice + " but " + input + " is a '" + kind + "' document");
        return GovernanceCli.INVALID;
      }
      choice = named;
    }
    if (choice == null) {
      err.println("invalid: --list is required for a " + in + " input: one of " + kinds());
      return GovernanceCli.INVALID;
    }
    return convert(choice, in, out);
  }

  private @Nullable Format format(@Nullable Format given, String file, String option) {
    if (given != null) {
      return given;
    }
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Format.csv;
    }
    if (name.endsWith(".json")) {
      return Format.json;
    }
    spec.commandLine().getErr().println("invalid: " + option + " is required: the format of '"
        + file + "' cannot be told from its name (.csv or .json)");
    return null;
  }

  private static String kinds() {
    StringBuilder sb = new StringBuilder();
    for (ListChoice c : ListChoice.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c).append(" (").append(c.kind.name())
          .append(')');
    }
    return sb.toString();
  }

  private GovernanceJson json() {
    return strict ? GovernanceJson.strict() : GovernanceJson.lenient();
  }

  private int convert(ListChoice choice, Format in, Format out) throws IOException {
    Path target = "-".equals(output) ? null : Path.of(output);
    Path temp = target == null ? null
        : Files.createTempFile(target.toAbsolutePath().getParent(), ".convert-", ".tmp");
    boolean done = false;
    try {
      Result r;
      try (InputStream is = open();
          OutputStream os = temp == null ? nonClosing(System.out)
              : new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        r = run(choice, in, out, is, os);
      }
      if (temp != null && target != null) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        done = true;
      }
      PrintWriter err = spec.commandLine().getErr();
      for (String w : r.warnings) {
        err.println("warning: " + w);
      }
      if (target != null) {
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
            "%s: %d written to %s%s", choice.kind.name(), r.written, target,
            r.bad == 0 ? "" : String.format(Locale.ROOT, " (%d bad rows left out)", r.bad)));
      }
      return r.bad == 0 ? 0 : GovernanceCli.INVALID;
    } catch (InvalidDocumentException e) {
      return invalid(e);
    } catch (IllegalArgumentException e) {
      // a value the CSV cannot hold (a separator inside a skill, an entry of another list)
      spec.commandLine().getErr().println("invalid: " + e.getMessage());
      return GovernanceCli.INVALID;
    } finally {
      if (temp != null && !done) {
        Files.deleteIfExists(temp);
      }
      spec.commandLine().getOut().flush();
      spec.commandLine().getErr().flush();
    }
  }

  private int invalid(InvalidDocumentException e) {
    PrintWriter err = spec.commandLine().getErr();
    for (DocumentProblem p : e.problems()) {
      err.println("invalid: " + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": "
          + p.rule() + p.rejectedValue().map(v -> " (rejected: " + v + ")").orElse(""));
    }
    err.flush();
    return GovernanceCli.INVALID;
  }

  private InputStream open() throws IOException {
    return "-".equals(input) ? new BufferedInputStream(System.in)
        : new BufferedInputStream(Files.newInputStream(Path.of(input)), 1 << 16);
  }

  /** What one conversion did. */
  private static final class Result {
    long written;
    long bad;
    final java.util.List<String> warnings = new java.util.ArrayList<>();
  }

  private Result run(ListChoice choice, Format in, Format out, InputStream is, OutputStream os) {
    @SuppressWarnings("unchecked") // a choice's kind and layout have the same item type
    Converter<Object> c = new Converter<>((ListKind<Object>) choice.kind,
        (CsvLayout<Object>) choice.csv);
    return c.run(in, out, is, os);
  }

  /** Converts a list whose JSON kind and CSV layout have the item type {@code E}. */
  private final class Converter<E> {
    private final ListKind<E> kind;
    private final CsvLayout<E> layout;

    Converter(ListKind<E> kind, CsvLayout<E> layout) {
      this.kind = kind;
      this.layout = layout;
    }

    Result run(Format in, Format out, InputStream is, OutputStream os) {
      Result r = new Result();
      WriteOptions write = reveal ? WriteOptions.revealPersonalData() : WriteOptions.defaults();
      if (in == Format.csv) {
        CsvReadOptions read = strict ? CsvReadOptions.strict() : CsvReadOptions.lenient();
        CsvReport report;
        if (out == Format.json) {
          try (ListWriter<E> w = json().listWriter(os, kind,
              OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), null, write)) {
            report = layout.forEach(is, read, w::write);
          }
        } else {
          java.util.List<E> items = new java.util.ArrayList<>();
          report = layout.forEach(is, read, items::add);
          layout.write(os, items, csvOptions(write));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (CsvRowProblem p : report.problems()) {
          err.println("bad row: " + p);
        }
        for (CsvRowProblem p : report.warnings()) {
          r.warnings.add(p.toString());
        }
        r.written = report.loaded();
        r.bad = report.rows() - report.loaded();
        return r;
      }
      try (ListReader<E> reader = json().listReader(is, kind)) {
        Iterable<E> items = () -> new Counting<>(reader, r);
        if (out == Format.csv) {
          layout.write(os, items, csvOptions(write));
        } else {
          try (ListWriter<E> w = json().listWriter(os, kind, reader.generatedAt(),
              reader.profile().orElse(null), write)) {
            w.writeAll(items);
          }
        }
        for (DocumentProblem p : reader.warnings()) {
          r.warnings.add(p.pointer() + ": " + p.rule());
        }
      }
      return r;
    }

    private CsvWriteOptions csvOptions(WriteOptions write) {
      CsvWriteOptions o = CsvWriteOptions.defaults().withHeaders(language(headers)).with(write);
      Headers t = terms;
      if (t != null) {
        o = o.withTerms(language(t));
      }
      return noBom ? o.withoutBom() : o;
    }
  }

  private static CsvHeaders language(Headers h) {
    return h == Headers.zh ? CsvHeaders.CHINESE : CsvHeaders.ENGLISH;
  }

  /** Counts the items a reader hands out. */
  private static final class Counting<E> implements Iterator<E> {
    private final Iterator<E> in;
    private final Result result;

    Counting(Iterator<E> in, Result result) {
      this.in = in;
      this.result = result;
    }

    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public E next() {
      E e = in.next();
      result.written++;
      return e;
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
