package org.grassroots.governance.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grassroots.governance.json.Envelope;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.WriteOptions;
import org.grassroots.governance.json.simulation.ScenarioDocument;
import org.grassroots.governance.matching.DeferredAcceptance;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.GreedyMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.Statistics;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code governance simulate}: Monte Carlo runs of a scenario, with CSV files, charts and a report. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Runs a built-in scenario (--preset) or a scenario document (--scenario) over "
        + "many seeds with the greedy, optimal and stable algorithms. Writes runs.csv, "
        + "summary.csv, four PNG charts, report.html and scenario.json (the scenario it ran, to "
        + "share or rerun with --scenario) to --out.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the run failed (a bug or an I/O error; the message says which)",
      "2:invalid arguments or parameters, or an invalid scenario document (one line per "
          + "problem with its JSON pointer)"
    })
final class SimulateCommand implements Callable<Integer> {
  /** The scenario document written to --out, readable with --scenario. */
  static final String SCENARIO_FILE = "scenario.json";

  private static final GovernanceJson JSON = GovernanceJson.strict();

  // injected by picocli before call() runs
  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  @Option(names = "--preset", defaultValue = "district",
      description = "Built-in scenario: small, district or large (default: ${DEFAULT-VALUE}).")
  String preset = "district";

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "A scenario document (kind scenario: name, seed, parameters) instead of a "
          + "preset; --seed, if given, replaces its seed.")
  @Nullable Path scenarioFile;

  @Option(names = "--runs", defaultValue = "20", description = "Replications (seeds) (default: ${DEFAULT-VALUE}).")
  int runs = 20;

  @Option(names = "--seed", defaultValue = "20261123", description = "Seed of the replications' seeds (default: ${DEFAULT-VALUE}).")
  long seed = 20261123L;

  @Option(names = "--threads", description = "Worker threads (default: the available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", defaultValue = "simulation-out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("simulation-out");

  @Option(names = "--algorithms", split = ",", defaultValue = "greedy,optimal,stable",
      description = "Algorithms to compare: greedy, cheapest, optimal, stable, stable-resource (default: ${DEFAULT-VALUE}).")
  List<String> algorithms = List.of("greedy", "optimal", "stable");

  @Option(names = "--policies", split = ",", defaultValue = "default",
      description = "Policy variants: default, community-only (no provider beyond the community), "
          + "street-only, no-pairing-bonus (default: ${DEFAULT-VALUE}).")
  List<String> policies = List.of("default");

  @Option(names = "--sizes", split = ",", defaultValue = "1,2,4,8",
      description = "Numbers of streets for the matching-time chart (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes = List.of(1, 2, 4, 8);

  @Option(names = "--quiet", description = "No progress bar and no table.")
  boolean quiet;

  static MatchingAlgorithm algorithm(String name) {
    switch (name) {
      case "greedy":
        return GreedyMatching.firstComeFirstServed();
      case "cheapest":
        return GreedyMatching.cheapestFirst();
      case "optimal":
        return ExactMatching.withThreads(1);
      case "stable":
        return DeferredAcceptance.demandProposing();
      case "stable-resource":
        return DeferredAcceptance.resourceProposing();
      default:
        throw new InvalidValueException("Algorithm", List.of(Violation.of("--algorithms", name,
            "must be one of greedy, cheapest, optimal, stable, stable-resource")));
    }
  }

  static MatchingPolicy policy(String name) {
    switch (name) {
      case "default":
        return MatchingPolicy.defaults();
      case "community-only":
        return MatchingPolicy.defaults().withMaxMeetingLevel(MeetingLevel.COMMUNITY);
      case "street-only":
        return MatchingPolicy.defaults().withMaxMeetingLevel(MeetingLevel.STREET);
      case "no-pairing-bonus":
        return MatchingPolicy.defaults().withPairedCommunityBonus(0);
      default:
        throw new InvalidValueException("Policy", List.of(Violation.of("--policies", name,
            "must be one of default, community-only, street-only, no-pairing-bonus")));
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Scenario scenario;
    if (scenarioFile == null) {
      scenario = Scenario.of(preset, Presets.of(preset), seed);
    } else {
      ParseResult parsed = spec.commandLine().getParseResult();
      if (parsed.hasMatchedOption("--preset")) {
        throw new InvalidValueException("SimulateCommand", List.of(Violation.of("--preset",
            preset, "give either --preset or --scenario, not both")));
      }
      try {
        scenario = JSON.read(Files.readAllBytes(scenarioFile), ScenarioDocument.KIND).data();
      } catch (InvalidDocumentException e) {
        Documents.print(err, "invalid: " + scenarioFile + ": ", e);
        return GovernanceCli.INVALID;
      }
      if (parsed.hasMatchedOption("--seed")) {
        scenario = scenario.withSeed(seed);
      }
    }
    Map<String, MatchingAlgorithm> chosen = new LinkedHashMap<>();
    for (String a : algorithms) {
      chosen.put(a, algorithm(a.trim()));
    }
    MonteCarloRunner.Builder builder = MonteCarloRunner.builder(scenario).runs(runs).threads(threads);
    chosen.forEach(builder::algorithm);
    for (String p : policies) {
      builder.policy(p.trim(), policy(p.trim()));
    }
    MonteCarloRunner runner = builder.build();

    Files.createDirectories(out);
    Files.write(out.resolve(SCENARIO_FILE), JSON.toBytes(Envelope.of(ScenarioDocument.KIND,
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), scenario),
        WriteOptions.defaults().indented()));
    SimulationReport report = new SimulationReport(scenario, runs, new ArrayList<>(chosen.keySet()));
    Progress progress = new Progress(err, quiet, "simulate", runs);
    int perRun = chosen.size() * policies.size();
    int[] seen = {0};
    RunSummary summary;
    try (PrintWriter runsCsv = new PrintWriter(Files.newBufferedWriter(out.resolve("runs.csv")))) {
      report.writeRunsHeader(runsCsv);
      summary = runner.run(r -> {
        report.add(r, runsCsv);
        seen[0]++;
        if (seen[0] % perRun == 0) {
          progress.update(seen[0] / perRun);
        }
      });
    }
    progress.finish();
    report.writeSummary(summary, out.resolve("summary.csv"));
    report.sampleRun(chosen, MonteCarloRunner.seeds(scenario, 1)[0]);
    report.timeBySize(chosen, sizes, new Progress(err, quiet, "timing", sizes.size()));
    report.writeCharts(summary, out);
    report.writeHtml(summary, out.resolve("report.html"));
    if (!quiet) {
      printTable(stdout, summary, report);
      stdout.println("Wrote " + out.toAbsolutePath().normalize() + "/{runs.csv, summary.csv, "
          + String.join(", ", SimulationReport.CHARTS) + ", report.html, " + SCENARIO_FILE + "}");
    }
    return 0;
  }

  private static void printTable(PrintWriter out, RunSummary summary, SimulationReport report) {
    String policy = summary.policies().get(0);
    out.println(report.headline());
    out.println(String.format(Locale.ROOT, "%-10s %10s %10s %12s %10s %10s %9s",
        "algorithm", "coverage", "weighted", "total cost", "min comm.", "blocking", "ms"));
    for (String a : summary.algorithms()) {
      Statistics cov = summary.statistics(policy, a, Measure.COVERAGE);
      out.println(String.format(Locale.ROOT, "%-10s %9.1f%% %9.1f%% %12.0f %9.1f%% %10.0f %9.1f",
          a, 100 * cov.mean(),
          100 * summary.statistics(policy, a, Measure.WEIGHTED_COVERAGE).mean(),
          summary.statistics(policy, a, Measure.TOTAL_COST).mean(),
          100 * summary.statistics(policy, a, Measure.COMMUNITY_COVERAGE_MIN).mean(),
          summary.statistics(policy, a, Measure.BLOCKING_PAIRS).mean(),
          summary.statistics(policy, a, Measure.WALL_MILLIS).median()));
    }
    out.flush();
  }
}
