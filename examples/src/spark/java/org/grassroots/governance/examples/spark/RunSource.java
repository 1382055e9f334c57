package org.grassroots.governance.examples.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Where one run's problem comes from: a scenario generated with the run's seed (solved under
 * the job's policy), or one line of JSON lines holding a matching-problem exchange document
 * (solved under the document's own policy). Either way the problem is made on the executor
 * that solves it.
 */
final class RunSource implements Serializable {
  private static final long serialVersionUID = 1L;

  final RunKey run;
  private final @Nullable Scenario scenario;
  private final @Nullable MatchingPolicy policy;
  private final @Nullable String document;

  private RunSource(RunKey run, @Nullable Scenario scenario, @Nullable MatchingPolicy policy,
      @Nullable String document) {
    this.run = requireNonNull(run, "run");
    this.scenario = scenario;
    this.policy = policy;
    this.document = document;
  }

  static RunSource generated(RunKey run, Scenario scenario, MatchingPolicy policy) {
    return new RunSource(run, requireNonNull(scenario, "scenario"), requireNonNull(policy, "policy"),
        null);
  }

  static RunSource document(RunKey run, String jsonLine) {
    return new RunSource(run, null, null, requireNonNull(jsonLine, "jsonLine"));
  }

  /** The run's problem, with the policy it is solved under. */
  MatchingProblem problem() {
    if (scenario != null && policy != null) {
      return ScenarioGenerator.generate(scenario.withSeed(run.seed())).problem().withPolicy(policy);
    }
    String text = requireNonNull(document, "document");
    try {
      return Json.STRICT.read(text, MatchingDocuments.PROBLEM).data();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("run " + run + ": not a matching-problem document: "
          + e.getMessage(), e);
    }
  }

  /** One strict reader per executor JVM (the reader is immutable and thread-safe). */
  private static final class Json {
    static final GovernanceJson STRICT = GovernanceJson.strict();
  }
}
