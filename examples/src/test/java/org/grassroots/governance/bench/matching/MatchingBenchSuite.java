package org.grassroots.governance.bench.matching;

import static org.grassroots.governance.bench.BenchContext.ratio;
import static org.grassroots.governance.bench.BenchContext.score;
import static org.grassroots.governance.bench.BenchContext.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.bench.BenchContext;
import org.grassroots.governance.bench.BenchSuite;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code examples/bench matching [--quick]}: exact, greedy and stable matching side by side with
 * OR-Tools {@code MinCostFlow} (whole and per component on 2 threads) and JGraphT, then the heap
 * of an exact solve at 1M x 100k in a forked JVM limited to 2 GiB.
 */
public final class MatchingBenchSuite implements BenchSuite {
  private static final String BENCH = "org\\.grassroots\\.governance\\.bench\\.matching\\.MatchingBenchmark\\.";

  /**
   * {@code BENCH_MATCHING_ONLY=incremental examples/bench matching --quick} runs only the
   * incremental benchmark, {@code =jgrapht} only the JGraphT comparison at 10k (development
   * aids); unset, the whole suite runs.
   */
  private static final String ONLY = "BENCH_MATCHING_ONLY";

  @Override
  public List<String> run(BenchContext context) throws Exception {
    boolean quick = context.quick();
    if ("jgrapht".equals(System.getenv(ONLY))) {
      List<String> lines = new ArrayList<>();
      jgraphtLines(jgrapht(context), lines);
      return lines;
    }
    if ("incremental".equals(System.getenv(ONLY))) {
      List<String> lines = new ArrayList<>();
      incremental(context, lines, Optional.empty());
      return lines;
    }
    // small sizes: enough warm-up that the JIT has compiled the solvers (single-shot runs)
    Collection<RunResult> small =
        context.runJmh(
            BENCH + "(exact|exactTree|greedy|stable|ortoolsComponents)$",
            "matching-small",
            o ->
                o.forks(1)
                    .warmupIterations(quick ? 5 : 10)
                    .measurementIterations(quick ? 5 : 10)
                    .jvmArgs("-Xmx4g", "-XX:+UseParallelGC")
                    .param("size", quick ? new String[] {"10k"} : new String[] {"10k", "100k"})
                    .param("unit", "false"));
    Collection<RunResult> main =
        context.runJmh(
            BENCH + "(exact|exactTree|greedy|stable|ortoolsComponents)$",
            "matching-1m",
            o ->
                o.forks(1)
                    .warmupIterations(quick ? 1 : 3)
                    .measurementIterations(quick ? 2 : 5)
                    .jvmArgs("-Xmx4g", "-XX:+UseParallelGC")
                    .param("size", "1m")
                    .param("unit", "false"));
    Collection<RunResult> whole =
        context.runJmh(
            BENCH + "(ortoolsWhole)$",
            "matching-ortools-whole",
            o ->
                o.forks(1)
                    .warmupIterations(0)
                    .measurementIterations(quick ? 1 : 3)
                    .jvmArgs("-Xmx4g", "-XX:+UseParallelGC")
                    .param("size", quick ? new String[] {"1m"} : new String[] {"100k", "1m"})
                    .param("unit", "false"));
    Collection<RunResult> jgrapht = jgrapht(context);
    List<String> lines = new ArrayList<>();
    Optional<Double> exact1m = score(main, "MatchingBenchmark.exact", "size=1m");
    Optional<Double> exact10k = score(small, "MatchingBenchmark.exact", "size=10k");
    ratioLine(lines, "exact_vs_ortools_components_1m", main, "ortoolsComponents", "1m", exact1m);
    ratioLine(lines, "exact_vs_ortools_components_10k", small, "ortoolsComponents", "10k", exact10k);
    ratioLine(
        lines,
        "exact_vs_ortools_components_100k",
        small,
        "ortoolsComponents",
        "100k",
        score(small, "MatchingBenchmark.exact", "size=100k"));
    // the tree-metric fast path against the general solver (the default) on the same instance
    Optional<Double> tree1m = score(main, "MatchingBenchmark.exactTree", "size=1m");
    Optional<Double> tree10k = score(small, "MatchingBenchmark.exactTree", "size=10k");
    if (exact1m.isPresent() && tree1m.isPresent()) {
      lines.add(ratio("tree_fast_path_vs_general_1m", exact1m.get() / tree1m.get()));
    }
    if (exact10k.isPresent() && tree10k.isPresent()) {
      lines.add(ratio("tree_fast_path_vs_general_10k", exact10k.get() / tree10k.get()));
    }
    Optional<Double> greedy10k = score(small, "MatchingBenchmark.greedy", "size=10k");
    if (exact10k.isPresent() && greedy10k.isPresent()) {
      lines.add(ratio("exact_vs_greedy_10k", greedy10k.get() / exact10k.get()));
    }
    ratioLine(lines, "exact_vs_ortools_whole_1m", whole, "ortoolsWhole", "1m", exact1m);
    Optional<Double> mcf = jgraphtLines(jgrapht, lines);
    exact1m.ifPresent(s -> lines.add(value("exact_seconds_1m", s)));
    tree1m.ifPresent(s -> lines.add(value("exact_tree_seconds_1m", s)));
    score(main, "MatchingBenchmark.greedy", "size=1m")
        .ifPresent(s -> lines.add(value("greedy_seconds_1m", s)));
    score(main, "MatchingBenchmark.stable", "size=1m")
        .ifPresent(s -> lines.add(value("stable_seconds_1m", s)));
    score(main, "MatchingBenchmark.ortoolsComponents", "size=1m")
        .ifPresent(s -> lines.add(value("ortools_components_seconds_1m", s)));
    score(whole, "MatchingBenchmark.ortoolsWhole", "size=1m")
        .ifPresent(s -> lines.add(value("ortools_whole_seconds_1m", s)));
    mcf.ifPresent(s -> lines.add(value("jgrapht_mcf_seconds_10k", s)));
    incremental(context, lines, exact1m);
    heap(lines);
    return lines;
  }

  /**
   * Incremental re-optimisation at 1M x 100k: a batch of 1,000 new demands, a batch of 1,000
   * withdrawn demands (milliseconds per batch, after the initial solve in the setup), and a batch
   * followed by assembling the full result.
   */
  private static void incremental(BenchContext context, List<String> lines, Optional<Double> exact1m)
      throws Exception {
    boolean quick = context.quick();
    String incr = "org\\.grassroots\\.governance\\.bench\\.matching\\.IncrementalBenchmark\\.";
    Collection<RunResult> batches =
        context.runJmh(
            incr + "(addBatch|withdrawBatch)$",
            "matching-incremental",
            o ->
                o.forks(1)
                    .warmupIterations(quick ? 10 : 20)
                    .measurementIterations(quick ? 10 : 30)
                    .jvmArgs("-Xmx4g", "-XX:+UseParallelGC")
                    .param("size", "1m")
                    .param("batch", "1000"));
    Collection<RunResult> withResult =
        context.runJmh(
            incr + "resultAfterBatch$",
            "matching-incremental-result",
            o ->
                o.forks(1)
                    .warmupIterations(quick ? 1 : 3)
                    .measurementIterations(quick ? 2 : 5)
                    .jvmArgs("-Xmx4g", "-XX:+UseParallelGC")
                    .param("size", "1m")
                    .param("batch", "1000"));
    Optional<Double> add = score(batches, "IncrementalBenchmark.addBatch", "size=1m");
    add.ifPresent(ms -> lines.add(value("incremental_ms_1k_batch_1m", ms)));
    score(batches, "IncrementalBenchmark.withdrawBatch", "size=1m")
        .ifPresent(ms -> lines.add(value("incremental_ms_1k_withdraw_1m", ms)));
    score(withResult, "IncrementalBenchmark.resultAfterBatch", "size=1m")
        .ifPresent(ms -> lines.add(value("incremental_with_result_seconds_1m", ms / 1000.0)));
    if (add.isPresent() && exact1m.isPresent()) {
      // a fresh exact solve of the updated instance against the incremental batch
      lines.add(ratio("incremental_vs_fresh_solve_1m", exact1m.get() * 1000.0 / add.get()));
    }
  }


  /** JGraphT's min-cost flow and bipartite matching against exact at 10k (steady state). */
  private static Collection<RunResult> jgrapht(BenchContext context) throws Exception {
    boolean quick = context.quick();
    return context.runJmh(
            BENCH + "(exact|jgraphtMinCostFlow|jgraphtMaxWeightMatching)$",
            "matching-jgrapht",
            // milliseconds per solve at 10k: average time over timed iterations (steady state,
            // both sides alike); a single shot of a few milliseconds would time the JIT and timer
            o ->
                o.forks(1)
                    .mode(Mode.AverageTime)
                    .warmupIterations(quick ? 3 : 5)
                    .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                    .measurementIterations(quick ? 3 : 5)
                    .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                    .jvmArgs("-Xmx4g", "-XX:+UseParallelGC")
                    .param("size", "10k")
                    .param("unit", "true", "false"));
  }

  /** The JGraphT ratio lines; returns JGraphT's min-cost flow time. */
  private static Optional<Double> jgraphtLines(Collection<RunResult> jgrapht, List<String> lines) {
    Optional<Double> exactJ = score(jgrapht, "MatchingBenchmark.exact", "size=10k", "unit=false");
    Optional<Double> mcf =
        score(jgrapht, "MatchingBenchmark.jgraphtMinCostFlow", "size=10k", "unit=false");
    if (exactJ.isPresent() && mcf.isPresent()) {
      lines.add(ratio("exact_vs_jgrapht_mcf_10k", mcf.get() / exactJ.get()));
    }
    Optional<Double> exactU = score(jgrapht, "MatchingBenchmark.exact", "size=10k", "unit=true");
    Optional<Double> mwbm =
        score(jgrapht, "MatchingBenchmark.jgraphtMaxWeightMatching", "size=10k", "unit=true");
    if (exactU.isPresent() && mwbm.isPresent()) {
      lines.add(ratio("exact_vs_jgrapht_mwbm_10k_unit", mwbm.get() / exactU.get()));
    }
    return mcf;
  }

  private static void ratioLine(
      List<String> lines,
      String name,
      Collection<RunResult> results,
      String peer,
      String size,
      Optional<Double> ours) {
    Optional<Double> p = score(results, "MatchingBenchmark." + peer, "size=" + size);
    if (p.isPresent() && ours.isPresent()) {
      lines.add(ratio(name, p.get() / ours.get()));
    }
  }

  /** The exact solve's peak heap at 1M x 100k, in a JVM limited to 2 GiB. */
  private static void heap(List<String> lines) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx2g",
                "-XX:+UseParallelGC",
                "-cp",
                System.getProperty("java.class.path"),
                ExactHeapProbe.class.getName(),
                "1000000",
                "100000")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println("[heap probe] " + line);
        if (line.startsWith("heap_mib ")) {
          lines.add(value("exact_heap_mib_1m", Double.parseDouble(line.substring(9))));
        } else if (line.startsWith("seconds ")) {
          lines.add(value("exact_seconds_1m_heap_probe", Double.parseDouble(line.substring(8))));
        }
      }
    }
    if (p.waitFor() != 0) {
      lines.add(value("exact_heap_probe_failed_exit", p.exitValue()));
    }
  }
}
