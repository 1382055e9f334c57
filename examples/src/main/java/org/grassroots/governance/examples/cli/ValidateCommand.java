package org.grassroots.governance.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.grassroots.governance.json.DocumentHeader;
import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.json.DocumentProblem;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.ListKind;
import org.grassroots.governance.json.ListReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance validate}: checks exchange documents of any kind, found by the envelope's
 * {@code kind}, with the same reader the library uses (every invariant, every limit).
 *
 * <p>No document is read whole into memory: a first pass skims the envelope for its kind
 * ({@link GovernanceJson#readHeader(InputStream)}, data skipped); a second pass reads a list kind
 * (demand, resource, project lists, registers, simulation runs …) with the streaming
 * {@link GovernanceJson#listReader list reader}, one item checked and dropped at a time, and any
 * other kind from the file stream into its value (a {@code hierarchy} entry by entry into its
 * builder), so memory is bounded by one item, or by the value itself, never by the file. A list
 * whose {@code data} comes before its header (valid, but not streamable) is read whole instead.
 * Standard input ({@code -}) is copied to a temporary file first (at most the document size
 * limit plus one byte), so that it can be read twice; the file is deleted afterwards.
 *
 * <pre>
 * governance validate problem.json result.json
 * governance validate - &lt; scenario.json
 * </pre>
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks exchange documents of any kind (the envelope's kind says which) with the "
          + "library's reader: every invariant and every reading limit. Prints one line per "
          + "problem, FILE: /json/pointer: rule (rejected: value), or FILE: valid KIND unless "
          + "--quiet.",
      "Kinds: organization-register, community, agreement, demand-list, resource-list, "
          + "matching-problem, matching-result, scenario, hierarchy, matter, indicator-system, "
          + "measurements, evaluation.",
      "Files are streamed, never read whole: lists item by item, so a list of millions of "
          + "items is checked in bounded memory. Standard input is first copied to a temporary "
          + "file (deleted afterwards)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document is valid",
      "1:the run failed (a file could not be read; the message says which)",
      "2:some document is invalid (one line per problem with its JSON pointer)"
    })
final class ValidateCommand implements Callable<Integer> {
  // injected by picocli before call() runs
  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  /** Standard input; a test may replace it. */
  InputStream stdin = System.in;

  /** Opens a document file for one pass; a test may wrap the stream to watch how it is read. */
  interface Opener {
    InputStream open(Path file) throws IOException;
  }

  /** How document files are opened: buffered, read as a stream. */
  Opener files = file -> new BufferedInputStream(Files.newInputStream(file), 1 << 16);

  @Parameters(arity = "1..*", paramLabel = "DOCUMENT",
      description = "Documents to check; - for standard input.")
  List<String> documents = new ArrayList<>();

  @Option(names = "--lenient", description = "Unknown properties are warnings, not problems "
      + "(default: strict).")
  boolean lenient;

  @Option(names = "--quiet", description = "Print only problems.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    GovernanceJson json = lenient ? GovernanceJson.lenient() : GovernanceJson.strict();
    int exit = 0;
    for (String d : documents) {
      String label = Documents.label(d);
      Path temp = Documents.STANDARD.equals(d) ? copyStdin(json.limits().maxDocumentLength() + 1)
          : null;
      try {
        if (!validate(json, label, temp != null ? temp : Path.of(d), out)) {
          exit = GovernanceCli.INVALID;
        }
      } finally {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      }
    }
    out.flush();
    return exit;
  }

  /** Checks one document; prints its problems, or its warnings and (unless quiet) its kind. */
  private boolean validate(GovernanceJson json, String label, Path file, PrintWriter out)
      throws IOException {
    try {
      DocumentHeader header;
      try (InputStream in = files.open(file)) {
        header = json.readHeader(in);
      }
      DocumentKind<?> kind = Documents.KINDS.get(header.kind());
      if (kind == null) {
        out.println(label + ": " + DocumentProblem.of("/kind", header.kind(),
            "is not a kind this tool reads: " + String.join(", ", Documents.KINDS.keySet())));
        return false;
      }
      List<DocumentProblem> warnings = kind instanceof ListKind
          ? readList(json, file, (ListKind<?>) kind)
          : readValue(json, file, kind);
      for (DocumentProblem w : warnings) {
        out.println(label + ": warning: " + w);
      }
      if (!quiet) {
        out.println(label + ": valid " + kind.name() + " (format " + header.version() + ")");
      }
      return true;
    } catch (InvalidDocumentException e) {
      Documents.print(out, label + ": ", e);
      return false;
    }
  }

  /** A list, one item at a time: each item is made through its factory, checked and dropped. */
  private <E> List<DocumentProblem> readList(GovernanceJson json, Path file, ListKind<E> kind)
      throws IOException {
    try (InputStream in = files.open(file); ListReader<E> items = json.listReader(in, kind)) {
      while (items.hasNext()) {
        items.next();
      }
      return items.warnings();
    } catch (InvalidDocumentException e) {
      if (dataBeforeHeader(e)) {
        return readValue(json, file, kind);
      }
      throw e;
    }
  }

  /** A list whose data comes before its header cannot stream; it is read whole instead. */
  private static boolean dataBeforeHeader(InvalidDocumentException e) {
    return e.problems().size() == 1 && "/data".equals(e.problems().get(0).pointer())
        && e.problems().get(0).rule().startsWith("in a streamed document, data must come after");
  }

  /** Any other kind, read from the file stream into its value (never the file's bytes). */
  private List<DocumentProblem> readValue(GovernanceJson json, Path file, DocumentKind<?> kind)
      throws IOException {
    try (InputStream in = files.open(file)) {
      return json.read(in, kind).warnings();
    }
  }

  /** Standard input in a temporary file, at most {@code max} bytes (the reader refuses more). */
  private Path copyStdin(long max) throws IOException {
    Path temp = Files.createTempFile("governance-validate-", ".json");
    boolean done = false;
    try (OutputStream to = Files.newOutputStream(temp)) {
      byte[] buffer = new byte[1 << 16];
      long left = max;
      int n;
      while (left > 0 && (n = stdin.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        to.write(buffer, 0, n);
        left -= n;
      }
      done = true;
      return temp;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
