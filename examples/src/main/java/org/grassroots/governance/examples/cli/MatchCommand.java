package org.grassroots.governance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grassroots.governance.json.Envelope;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.WriteOptions;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.json.matching.SolvedProblem;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance match}: a {@code matching-problem} document in, a {@code matching-result}
 * document out.
 *
 * <pre>
 * governance match problem.json --algorithm greedy-first-come -o result.json
 * cat problem.json | governance match --quiet &gt; result.json
 * </pre>
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = "Reads a matching-problem document (a file, or standard input for -), solves it "
        + "and writes a matching-result document: the problem, the allocations, every unmatched "
        + "demand with its reason, and the metrics. A one-line summary goes to standard error "
        + "unless --quiet.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the result was written",
      "1:the run failed (an I/O error; the message says which)",
      "2:invalid arguments, or an invalid problem document (one line per problem with its JSON "
          + "pointer)"
    })
final class MatchCommand implements Callable<Integer> {
  /** The algorithms by name: their own names, and the short names of {@code simulate}. */
  static final List<String> NAMES = List.of("exact", "greedy-first-come", "greedy-cheapest-first",
      "stable-demand-proposing", "stable-resource-proposing");

  // injected by picocli before call() runs
  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  /** Standard input; a test may replace it. */
  InputStream stdin = System.in;

  @Parameters(index = "0", arity = "0..1", defaultValue = Documents.STANDARD, paramLabel = "PROBLEM",
      description = "The matching-problem document; - for standard input (default: ${DEFAULT-VALUE}).")
  String input = Documents.STANDARD;

  @Option(names = {"-o", "--out"}, defaultValue = Documents.STANDARD, paramLabel = "RESULT",
      description = "Where to write the matching-result document; - for standard output "
          + "(default: ${DEFAULT-VALUE}).")
  String output = Documents.STANDARD;

  @Option(names = {"-a", "--algorithm"}, defaultValue = "exact",
      description = "exact (min-cost flow, optimal), greedy-first-come, greedy-cheapest-first, "
          + "stable-demand-proposing or stable-resource-proposing; simulate's short names "
          + "optimal, greedy, cheapest, stable, stable-resource also work "
          + "(default: ${DEFAULT-VALUE}).")
  String algorithm = "exact";

  @Option(names = "--threads", description = "Worker threads of the exact algorithm "
      + "(default: the available processors; the result is the same for any number).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--indent", description = "Indent the output for people to read.")
  boolean indent;

  @Option(names = "--quiet", description = "No summary line.")
  boolean quiet;

  MatchingAlgorithm algorithm() {
    switch (algorithm.trim().toLowerCase(Locale.ROOT)) {
      case "exact":
      case "optimal":
        return ExactMatching.withThreads(threads);
      case "greedy-first-come":
      case "greedy":
        return GreedyMatching.firstComeFirstServed();
      case "greedy-cheapest-first":
      case "cheapest":
        return GreedyMatching.cheapestFirst();
      case "stable-demand-proposing":
      case "stable":
        return DeferredAcceptance.demandProposing();
      case "stable-resource-proposing":
      case "stable-resource":
        return DeferredAcceptance.resourceProposing();
      default:
        throw new InvalidValueException("MatchCommand", List.of(Violation.of("--algorithm",
            algorithm, "must be one of " + String.join(", ", NAMES))));
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    MatchingAlgorithm chosen = algorithm();
    GovernanceJson json = GovernanceJson.strict();
    MatchingProblem problem;
    try (Progress.Step step = Progress.step(err, quiet, "reading " + Documents.label(input))) {
      problem = json.read(Documents.read(input, stdin), MatchingDocuments.PROBLEM).data();
    } catch (InvalidDocumentException e) {
      Documents.print(err, "invalid: " + Documents.label(input) + ": ", e);
      return GovernanceCli.INVALID;
    }
    long start = System.nanoTime();
    SolvedProblem solved;
    try (Progress.Step step = Progress.step(err, quiet, "matching (" + chosen.name() + ")")) {
      solved = SolvedProblem.solve(problem, chosen);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    WriteOptions options = indent ? WriteOptions.defaults().indented() : WriteOptions.defaults();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    Documents.write(output, json.toBytes(Envelope.of(MatchingDocuments.RESULT, now, solved),
        options), spec.commandLine().getOut());
    if (!quiet) {
      err.println(summary(solved, millis));
      err.flush();
    }
    return 0;
  }

  static String summary(SolvedProblem s, long millis) {
    MatchingAlgorithm.Result r = s.result();
    MatchingMetrics m = r.metrics();
    return String.format(Locale.ROOT,
        "%s: %d demands, %d resources: %d allocations, served %d/%d (%.1f%%, priority-weighted "
            + "%.1f%%), %d unmatched, total cost %d, %d blocking pairs, %d ms",
        r.algorithm(), s.problem().demands().size(), s.problem().resources().size(),
        r.allocations().size(), m.servedQuantity(), m.demandedQuantity(), 100 * m.coverage(),
        100 * m.priorityWeightedCoverage(), r.unmatched().size(), m.totalCost(),
        m.blockingPairs(), millis);
  }
}
