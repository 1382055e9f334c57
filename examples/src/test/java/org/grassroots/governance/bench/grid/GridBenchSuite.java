package org.grassroots.governance.bench.grid;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.bench.BenchContext;
import org.grassroots.governance.bench.BenchSuite;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The grid area's benchmarks: LCA against JGraphT (same tree, same run), whole-nation streaming
 * and roll-up, and, in forked JVMs, the 10-million-node build time and retained heap and the
 * LCA structures' heap. Quick mode: one fork, short iterations, a 1-million-node LCA tree.
 */
public final class GridBenchSuite implements BenchSuite {
  static final int TEN_MILLION = 10_000_000;

  public GridBenchSuite() {}

  @Override
  public List<String> run(BenchContext context) throws Exception {
    boolean quick = context.quick();
    int lcaNodes = quick ? 1_000_000 : 2_000_000;
    int forks = quick ? 1 : 2;
    int warmups = quick ? 2 : 5;
    int iterations = quick ? 3 : 5;
    TimeValue time = TimeValue.seconds(quick ? 1 : 2);
    Collection<RunResult> lca =
        context.runJmh(
            "grid\\.LcaBenchmark",
            "grid-lca",
            o ->
                o.forks(forks)
                    .warmupIterations(warmups)
                    .warmupTime(time)
                    .measurementIterations(iterations)
                    .measurementTime(time)
                    .jvmArgs("-Xmx6g", "-Xms2g")
                    .param("nodes", String.valueOf(lcaNodes)));
    Collection<RunResult> subtree =
        context.runJmh(
            "grid\\.(SubtreeBenchmark|LcaAtScaleBenchmark)",
            "grid-subtree",
            o ->
                o.forks(forks)
                    .warmupIterations(warmups)
                    .warmupTime(time)
                    .measurementIterations(iterations)
                    .measurementTime(time)
                    .jvmArgs("-Xmx4g", "-Xms2g")
                    .param("nodes", String.valueOf(TEN_MILLION)));
    double ours = BenchContext.score(lca, "LcaBenchmark.ours").orElseThrow();
    double euler = BenchContext.score(lca, "LcaBenchmark.jgraphtEulerTour").orElseThrow();
    double lifting = BenchContext.score(lca, "LcaBenchmark.jgraphtBinaryLifting").orElseThrow();
    double oursNear = BenchContext.score(lca, "LcaBenchmark.oursNear").orElseThrow();
    double eulerNear = BenchContext.score(lca, "LcaBenchmark.jgraphtEulerTourNear").orElseThrow();
    double stream = BenchContext.score(subtree, "SubtreeBenchmark.streamNationPerLevel").orElseThrow();
    double rollUp = BenchContext.score(subtree, "SubtreeBenchmark.rollUpNation").orElseThrow();
    Map<String, Double> build = probe("build", TEN_MILLION, "-Xmx4g");
    Map<String, Double> heap = probe("lcaheap", lcaNodes, "-Xmx8g");
    List<String> lines = new ArrayList<>();
    lines.add(BenchContext.ratio("lca_vs_jgrapht_eulertour", ours / euler));
    lines.add(BenchContext.ratio("lca_vs_jgrapht_binarylifting", ours / lifting));
    lines.add(BenchContext.ratio("lca_near_vs_jgrapht_eulertour", oursNear / eulerNear));
    lines.add(BenchContext.value("build_seconds_10m", get(build, "build_seconds")));
    lines.add(BenchContext.value("build_heap_mib_10m", get(build, "build_heap_mib")));
    lines.add(BenchContext.value("subtree_nodes_per_second", stream * TEN_MILLION));
    lines.add(BenchContext.value("rollup_nodes_per_second", rollUp * TEN_MILLION));
    lines.add(BenchContext.value("lca_queries_per_second", ours));
    lines.add(BenchContext.value("lca_queries_per_second_jgrapht_eulertour", euler));
    lines.add(BenchContext.value("lca_queries_per_second_jgrapht_binarylifting", lifting));
    lines.add(BenchContext.value("lca_queries_per_second_near", oursNear));
    lines.add(BenchContext.value("lca_queries_per_second_near_jgrapht_eulertour", eulerNear));
    lines.add(BenchContext.value("lca_tree_nodes", lcaNodes));
    lines.add(
        BenchContext.value(
            "lca_queries_per_second_10m",
            BenchContext.score(subtree, "LcaAtScaleBenchmark.ours").orElseThrow()));
    for (String k : List.of("lca_heap_mib_ours", "lca_heap_mib_jgrapht_eulertour", "lca_heap_mib_jgrapht_binarylifting")) {
      lines.add(BenchContext.value(k, get(heap, k)));
    }
    lines.add(
        BenchContext.value(
            "lca_heap_jgrapht_eulertour_over_ours",
            get(heap, "lca_heap_mib_jgrapht_eulertour") / get(heap, "lca_heap_mib_ours")));
    return lines;
  }


  private static double get(Map<String, Double> m, String key) {
    Double v = m.get(key);
    if (v == null) {
      throw new IllegalStateException("HeapProbe printed no " + key);
    }
    return v;
  }

  /** Runs {@link HeapProbe} in a fresh JVM with the same class path. */
  private static Map<String, Double> probe(String mode, int nodes, String xmx) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder pb =
        new ProcessBuilder(
                java, xmx, "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName(), mode, String.valueOf(nodes))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    Map<String, Double> out = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println("# " + mode + ": " + line);
        String[] kv = line.split(" ");
        if (kv.length == 2) {
          out.put(kv[0], Double.parseDouble(kv[1]));
        }
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException("HeapProbe " + mode + " failed with exit code " + p.exitValue());
    }
    return out;
  }
}
