package org.grassroots.governance.json.simulation;

import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.json.ListKind;
import org.grassroots.governance.simulation.RunRecord;

/**
 * The document kind {@code simulation-runs} (仿真运行记录): {@code data} is the list of {@link
 * RunRecord}s a {@link org.grassroots.governance.simulation.MonteCarloRunner} streamed — scenario,
 * run index, seed, policy, algorithm, district size, the matching metrics and the wall time of
 * each run — so that a researcher can exchange the runs behind a result. The list streams both
 * ways ({@code json.listWriter}/{@code json.listReader}); each record is read through {@link
 * RunRecord#of} and its metrics through {@code MatchingMetrics.builder()} (counts, quantities and
 * shares checked; the derived rates, when given, must match). {@link
 * org.grassroots.governance.simulation.RunSummary#of(Iterable)} rebuilds the summary of a read
 * list, refusing a repeated or missing run. Write the scenario itself as a {@code scenario}
 * document next to it.
 *
 * <pre>{@code
 * try (ListWriter<RunRecord> w = json.listWriter(out, SimulationRunsDocument.KIND, now)) {
 *   runner.run(w::write);
 * }
 * RunSummary s = RunSummary.of(json.read(in, SimulationRunsDocument.KIND).data());
 * }</pre>
 */
public final class SimulationRunsDocument {
  /** The document kind {@code simulation-runs}; schema {@code simulation-runs.schema.json}. */
  public static final ListKind<RunRecord> KIND =
      DocumentKind.listOf("simulation-runs", RunRecord.class);

  private SimulationRunsDocument() {}
}
