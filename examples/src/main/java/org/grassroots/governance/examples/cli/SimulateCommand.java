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
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
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
import org.grassroots.governance.simulation.GeneratedScenario;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.MonteCarloRunner;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.grassroots.governance.simulation.Statistics;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
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
    description = {
      "Runs a built-in scenario (--preset) or a scenario document (--scenario) over "
          + "many seeds with the greedy, optimal and stable algorithms. Writes runs.csv, "
          + "summary.csv, four PNG charts, report.html and scenario.json (the scenario it ran, to "
          + "share or rerun with --scenario) to --out.",
      "With --divisions TABLE (and --district CODE) every run, the sample run and the timing are "
          + "generated on a real district's streets and communities from the national division "
          + "table instead of synthetic ones. scenario.json keeps the district but cannot carry "
          + "the table: rerun it with the same --divisions (the report says so)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the run failed (a bug or an I/O error; the message says which)",
      "2:invalid arguments or parameters (one line per problem, naming the option: e.g. a "
          + "--divisions file that does not exist, a --district that is not a county-level "
          + "division of the table), or an invalid scenario document (one line per problem with "
          + "its JSON pointer)"
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

  @Option(names = "--divisions", paramLabel = "TABLE",
      description = "A division table (code,parent_code,level,name,urban_rural_code; gzip or "
          + "plain, e.g. divisions_2021.csv.gz): generate on the real streets and communities of "
          + "the scenario's district (or --district); its streets and communitiesPerStreet are "
          + "then not used. Not recorded in scenario.json: give it again to rerun.")
  @Nullable Path divisionsTable;

  @Option(names = "--district", paramLabel = "CODE",
      description = "With --divisions: the 12-digit code of a county-level division of the table "
          + "(区、县, e.g. 110101000000 东城区), replacing the scenario's district.")
  @Nullable String district;

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
      description = "Numbers of streets for the matching-time chart; with --divisions the "
          + "district's first real streets, at most all of them (default: ${DEFAULT-VALUE}).")
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
    scenario = checkRealLayoutOptions(scenario);
    Map<String, MatchingAlgorithm> chosen = new LinkedHashMap<>();
    for (String a : algorithms) {
      chosen.put(a, algorithm(a.trim()));
    }
    MonteCarloRunner.Builder builder = MonteCarloRunner.builder(scenario).runs(runs).threads(threads);
    chosen.forEach(builder::algorithm);
    for (String p : policies) {
      builder.policy(p.trim(), policy(p.trim()));
    }
    @Nullable GridHierarchy divisions = null;
    Path table = divisionsTable;
    if (table != null) {
      try {
        divisions = HierarchyCommand.load(table, err, quiet);
      } catch (InvalidValueException e) {
        // a malformed table: its rows' problems, named by the option
        throw new InvalidValueException("SimulateCommand",
            Violations.of("SimulateCommand").addAll("--divisions", e).list());
      }
      builder.divisions(divisions);
    }
    MonteCarloRunner runner;
    try {
      runner = builder.build();
    } catch (InvalidValueException e) {
      throw table == null ? e : namingTheOption(e, table);
    }
    // the first replication: the sample run's instance and, on a real layout, the district's streets
    Scenario first = scenario.withSeed(MonteCarloRunner.seeds(scenario, 1)[0]);
    GeneratedScenario sample = divisions == null ? ScenarioGenerator.generate(first)
        : ScenarioGenerator.generate(first, divisions);
    @Nullable RealDistrict real = table == null || divisions == null ? null
        : RealDistrict.of(table, divisions, sample);
    List<Integer> timed = real == null ? sizes : firstStreets(sizes, real.streetCount());

    Files.createDirectories(out);
    Files.write(out.resolve(SCENARIO_FILE), JSON.toBytes(Envelope.of(ScenarioDocument.KIND,
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), scenario),
        WriteOptions.defaults().indented()));
    SimulationReport report =
        new SimulationReport(scenario, runs, new ArrayList<>(chosen.keySet()), real);
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
    report.sampleRun(chosen, sample);
    report.timeBySize(chosen, timed, new Progress(err, quiet, "timing", timed.size()));
    report.writeCharts(summary, out);
    report.writeHtml(summary, out.resolve("report.html"));
    if (!quiet) {
      printTable(stdout, summary, report);
      stdout.println("Wrote " + out.toAbsolutePath().normalize() + "/{runs.csv, summary.csv, "
          + String.join(", ", SimulationReport.CHARTS) + ", report.html, " + SCENARIO_FILE + "}");
    }
    return 0;
  }

  /**
   * Checks --divisions, --district and, on a real layout, --sizes before the table is read, all
   * problems at once; returns the scenario with --district as its district.
   */
  private Scenario checkRealLayoutOptions(Scenario scenario) {
    Violations bad = Violations.of("SimulateCommand");
    Path table = divisionsTable;
    String code = district;
    Scenario out = scenario;
    if (code != null) {
      bad.check(table != null, "--district", code,
          "needs --divisions (the table with the district's real streets and communities)");
      DivisionCode parsed = bad.nested("--district", () -> DivisionCode.parse(code.trim()));
      if (parsed != null) {
        bad.check(parsed.codeLevel() == DivisionLevel.COUNTY, "--district", parsed, String.format(
            Locale.ROOT, "must be the code of a county-level division (区、县: 6-digit native "
                + "code, e.g. 110101000000), is %s level", parsed.codeLevel()));
        if (parsed.codeLevel() == DivisionLevel.COUNTY) {
          out = Scenario.of(scenario.name(), scenario.parameters().withDistrict(parsed), scenario.seed());
        }
      }
    }
    if (table != null) {
      bad.check(Files.isRegularFile(table) && Files.isReadable(table), "--divisions", table,
          "must be a division table file that exists and can be read");
      for (int n : sizes) {
        bad.check(n >= 1, "--sizes", n, "must be at least 1 street");
      }
    }
    bad.throwIfAny();
    return out;
  }

  /** The sizes of the timing on a real layout: at most all the district's streets, each once. */
  static List<Integer> firstStreets(List<Integer> sizes, int streets) {
    return sizes.stream().map(n -> Math.min(n, streets)).distinct().toList();
  }

  /** The district's violations from the runner, named by the option that gave the district. */
  private InvalidValueException namingTheOption(InvalidValueException e, Path table) {
    Path file = table.getFileName();
    String where = " (" + (file == null ? table : file) + ")";
    List<Violation> out = new ArrayList<>();
    for (Violation v : e.violations()) {
      if (!v.path().equals("scenario.parameters.district")) {
        out.add(v);
      } else if (district != null) {
        out.add(Violation.of("--district", v.rejectedValue(), v.rule() + where));
      } else {
        out.add(Violation.of("--divisions", v.rejectedValue(),
            "the scenario's district (parameters.district) " + v.rule() + where));
      }
    }
    return new InvalidValueException("SimulateCommand", out);
  }

  private static void printTable(PrintWriter out, RunSummary summary, SimulationReport report) {
    String policy = summary.policies().get(0);
    out.println(report.headline());
    if (!report.note().isEmpty()) {
      out.println("note: " + report.note());
    }
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
