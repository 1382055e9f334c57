package org.grassroots.governance.bench;

import java.util.List;

/**
 * One area's benchmarks (grid, matching, json, …), run by {@code examples/bench AREA [--quick]}.
 *
 * <p>An implementation lives in {@code org.grassroots.governance.bench.<area>} and is named
 * {@code <Area>BenchSuite} (e.g. {@code grid.GridBenchSuite}); it has a public no-argument
 * constructor. It runs its JMH benchmarks through {@link BenchContext#runJmh}, with the peers in
 * the same run, and returns the summary lines: first {@code ratio <name> <value>} (our throughput
 * divided by the peer's), then {@code value <name> <number>}.
 */
public interface BenchSuite {
  /**
   * Runs the benchmarks.
   *
   * @param context quick mode, output folder and the JMH runner
   * @return the {@code ratio} and {@code value} lines, in that order
   * @throws Exception if a benchmark fails
   */
  List<String> run(BenchContext context) throws Exception;
}
