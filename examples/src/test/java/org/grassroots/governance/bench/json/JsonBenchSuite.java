package org.grassroots.governance.bench.json;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.grassroots.governance.bench.BenchContext;
import org.grassroots.governance.bench.BenchSuite;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The exchange format's benchmarks: a 1,000,000-demand list written and read through our
 * streaming writer and reader against plain Jackson data binding of equivalent records, in the
 * same JMH run ({@link JsonListBenchmark}), and the peak heap of each in a fresh JVM ({@link
 * JsonHeapProbe}). Prints {@code ratio json_write_vs_plain_jackson}, {@code ratio
 * json_read_vs_plain_jackson} (throughput, ours over plain; at least 0.8 is the target) and
 * {@code ratio json_*_heap_vs_plain_jackson} (peak heap, ours over plain; at most 1.2).
 *
 * <pre>{@code
 * examples/bench json --quick
 * }</pre>
 */
public final class JsonBenchSuite implements BenchSuite {
  static final int DEMANDS = 1_000_000;

  public JsonBenchSuite() {}

  @Override
  public List<String> run(BenchContext context) throws Exception {
    boolean quick = context.quick();
    int forks = quick ? 1 : 2;
    int warmups = quick ? 2 : 4;
    int iterations = quick ? 3 : 5;
    TimeValue time = TimeValue.seconds(quick ? 2 : 4);
    Collection<RunResult> r =
        context.runJmh(
            "json\\.JsonListBenchmark",
            "json-list",
            o ->
                o.forks(forks)
                    .warmupIterations(warmups)
                    .warmupTime(time)
                    .measurementIterations(iterations)
                    .measurementTime(time)
                    .jvmArgs("-Xmx3g", "-Xms3g")
                    .param("demands", String.valueOf(DEMANDS)));
    double writeOurs = BenchContext.score(r, "JsonListBenchmark.writeOurs").orElseThrow();
    double writePlain = BenchContext.score(r, "JsonListBenchmark.writePlainJackson").orElseThrow();
    double readOurs = BenchContext.score(r, "JsonListBenchmark.readOurs").orElseThrow();
    double readPlain = BenchContext.score(r, "JsonListBenchmark.readPlainJackson").orElseThrow();
    double heapWriteOurs = probe("writeOurs", DEMANDS);
    double heapWritePlain = probe("writePlain", DEMANDS);
    double heapReadOurs = probe("readOurs", DEMANDS);
    double heapReadPlain = probe("readPlain", DEMANDS);
    List<String> lines = new ArrayList<>();
    lines.add(BenchContext.ratio("json_write_vs_plain_jackson", writeOurs / writePlain));
    lines.add(BenchContext.ratio("json_read_vs_plain_jackson", readOurs / readPlain));
    lines.add(BenchContext.ratio("json_write_heap_vs_plain_jackson",
        heapWriteOurs / heapWritePlain));
    lines.add(BenchContext.ratio("json_read_heap_vs_plain_jackson",
        heapReadOurs / heapReadPlain));
    lines.add(BenchContext.value("json_write_demands_per_second", writeOurs * DEMANDS));
    lines.add(BenchContext.value("json_write_demands_per_second_plain_jackson",
        writePlain * DEMANDS));
    lines.add(BenchContext.value("json_read_demands_per_second", readOurs * DEMANDS));
    lines.add(BenchContext.value("json_read_demands_per_second_plain_jackson",
        readPlain * DEMANDS));
    lines.add(BenchContext.value("json_write_peak_heap_mib", heapWriteOurs));
    lines.add(BenchContext.value("json_write_peak_heap_mib_plain_jackson", heapWritePlain));
    lines.add(BenchContext.value("json_read_peak_heap_mib", heapReadOurs));
    lines.add(BenchContext.value("json_read_peak_heap_mib_plain_jackson", heapReadPlain));
    return lines;
  }

  /** Runs {@link JsonHeapProbe} in a fresh JVM with the same class path. */
  private static double probe(String mode, int demands) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder pb =
        new ProcessBuilder(
                java, "-Xmx3g", "-Xmn32m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                JsonHeapProbe.class.getName(), mode, String.valueOf(demands))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    Map<String, Double> out = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println("# heap " + mode + ": " + line);
        String[] kv = line.split(" ");
        if (kv.length == 2) {
          try {
            out.put(kv[0], Double.parseDouble(kv[1]));
          } catch (NumberFormatException e) {
            // not a figure
          }
        }
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException("JsonHeapProbe " + mode + " failed: " + p.exitValue());
    }
    Double peak = out.get("peak_heap_mib");
    if (peak == null) {
      throw new IllegalStateException("JsonHeapProbe " + mode + " printed no peak_heap_mib");
    }
    return peak;
  }

}
