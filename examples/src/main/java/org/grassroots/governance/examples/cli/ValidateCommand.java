package org.grassroots.governance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.grassroots.governance.json.DocumentHeader;
import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.json.DocumentProblem;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance validate}: checks exchange documents of any kind, found by the envelope's
 * {@code kind}, with the same reader the library uses (every invariant, every limit).
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
          + "matching-problem, matching-result, scenario, hierarchy, matter."
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
      byte[] bytes = Documents.read(d, stdin);
      try {
        DocumentHeader header = json.readHeader(bytes);
        DocumentKind<?> kind = Documents.KINDS.get(header.kind());
        if (kind == null) {
          out.println(label + ": " + DocumentProblem.of("/kind", header.kind(),
              "is not a kind this tool reads: " + String.join(", ", Documents.KINDS.keySet())));
          exit = GovernanceCli.INVALID;
          continue;
        }
        ReadResult<?> r = json.read(bytes, kind);
        for (DocumentProblem w : r.warnings()) {
          out.println(label + ": warning: " + w);
        }
        if (!quiet) {
          out.println(label + ": valid " + kind.name() + " (format " + header.version() + ")");
        }
      } catch (InvalidDocumentException e) {
        Documents.print(out, label + ": ", e);
        exit = GovernanceCli.INVALID;
      }
    }
    out.flush();
    return exit;
  }
}
