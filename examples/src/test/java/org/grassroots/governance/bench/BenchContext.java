package org.grassroots.governance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** What a {@link BenchSuite} needs: the mode, where JMH JSON goes, and a JMH runner. */
public final class BenchContext {
  private final boolean quick;
  private final Path jmhDir;

  BenchContext(boolean quick, Path jmhDir) {
    this.quick = quick;
    this.jmhDir = jmhDir;
  }

  /** Whether {@code --quick} was given: fewer forks and iterations, smaller budgets. */
  public boolean quick() {
    return quick;
  }

  /** {@code examples/target/jmh}, created. */
  public Path jmhDir() {
    return jmhDir;
  }

  /**
   * Runs the JMH benchmarks whose names match {@code includeRegex}, writing their JSON results to
   * {@code jmhDir()/<jsonName>.json}.
   *
   * @param includeRegex JMH include pattern, e.g. {@code "grid\\.LcaBenchmark"}
   * @param jsonName the results file name without extension
   * @param settings adds forks, iterations, JVM arguments and parameters; quick and full settings
   *     are the suite's choice
   * @return the run results
   * @throws Exception if JMH fails
   */
  public Collection<RunResult> runJmh(
      String includeRegex, String jsonName, UnaryOperator<ChainedOptionsBuilder> settings)
      throws Exception {
    Files.createDirectories(jmhDir);
    awaitJmhLock();
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(includeRegex)
            .shouldFailOnError(true)
            .resultFormat(ResultFormatType.JSON)
            .result(jmhDir.resolve(jsonName + ".json").toString());
    return new Runner(settings.apply(options).build()).run();
  }

  /**
   * JMH refuses to start while another JMH run on this machine holds {@code jmh.lock} in the
   * temporary folder; wait for it instead of failing (as long as it takes, or {@code
   * -Dbench.lockWaitMinutes=N}; then JMH's own refusal ends the run), saying so once.
   */
  static void awaitJmhLock() throws InterruptedException {
    Path lock = java.nio.file.Paths.get(System.getProperty("java.io.tmpdir"), "jmh.lock");
    long minutes = Long.getLong("bench.lockWaitMinutes", 100L * 365 * 24 * 60);
    long limit = java.util.concurrent.TimeUnit.MINUTES.toNanos(minutes);
    long start = System.nanoTime();
    boolean told = false;
    while (System.nanoTime() - start < limit) {
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
        java.nio.channels.FileLock l = ch.tryLock();
        if (l != null) {
          l.release();
          return;
        }
      } catch (java.nio.channels.OverlappingFileLockException e) {
        // held inside this JVM: wait
      } catch (java.io.IOException e) {
        return; // cannot check: let JMH decide
      }
      if (!told) {
        System.err.println("# another JMH run holds " + lock + "; waiting for it to finish");
        told = true;
      }
      Thread.sleep(5_000);
    }
    System.err.println("# " + lock + " still held after " + minutes + " minutes");
  }

  /**
   * The primary score of the benchmark method whose label ends with {@code methodSuffix} and
   * whose parameters include all of {@code params} ({@code "name=value"}).
   *
   * @param results the run results
   * @param methodSuffix e.g. {@code "LcaBenchmark.ours"}
   * @param params parameters that must match
   * @return the score, if such a result exists
   */
  public static Optional<Double> score(
      Collection<RunResult> results, String methodSuffix, String... params) {
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      if (!label.endsWith(methodSuffix)) {
        continue;
      }
      boolean all = true;
      for (String p : params) {
        String[] kv = p.split("=", 2);
        String actual = r.getParams().getParam(kv[0]);
        if (actual == null || !actual.equals(kv[1])) {
          all = false;
          break;
        }
      }
      if (all) {
        return Optional.of(r.getPrimaryResult().getScore());
      }
    }
    return Optional.empty();
  }

  /** Formats a {@code ratio} line. */
  public static String ratio(String name, double value) {
    return String.format(Locale.ROOT, "ratio %s %.3f", name, value);
  }

  /** Formats a {@code value} line. */
  public static String value(String name, double value) {
    return String.format(Locale.ROOT, "value %s %.3f", name, value);
  }

  /** Collects lines, ratios first. */
  public static List<String> ordered(List<String> lines) {
    List<String> out = new ArrayList<>();
    lines.stream().filter(l -> l.startsWith("ratio ")).forEach(out::add);
    lines.stream().filter(l -> !l.startsWith("ratio ")).forEach(out::add);
    return out;
  }
}
