package org.grassroots.governance.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;

/**
 * Summaries across the runs of a {@link MonteCarloRunner} (汇总): for every policy, algorithm and
 * {@link Measure}, the {@link Statistics} across seeds, and paired comparisons between two
 * algorithms on the same seeds.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * summary.statistics("default", "greedy", Measure.COVERAGE).mean();
 * summary.comparison("default", "greedy", "optimal", Measure.TOTAL_COST); // greedy − optimal, per seed
 * }</pre>
 */
public final class RunSummary {
  private final int runs;
  private final ImmutableList<String> policies;
  private final ImmutableList<String> algorithms;
  /** policy → algorithm → measure → values in run order. */
  private final ImmutableMap<String, ImmutableMap<String, Map<Measure, double[]>>> values;

  private RunSummary(int runs, ImmutableList<String> policies, ImmutableList<String> algorithms,
      ImmutableMap<String, ImmutableMap<String, Map<Measure, double[]>>> values) {
    this.runs = runs;
    this.policies = policies;
    this.algorithms = algorithms;
    this.values = values;
  }

  /**
   * The summary of run records, e.g. ones read from a {@code simulation-runs} document: policies
   * and algorithms in the order they first appear, {@code runs} one more than the highest run
   * index. Every policy and algorithm must have exactly one record per run index, as {@link
   * MonteCarloRunner#run} produces them (in any order).
   *
   * @param records the records
   * @return the summary
   * @throws InvalidValueException if there are no records, a run is repeated or missing (paths
   *     {@code records[i]} and {@code records})
   */
  public static RunSummary of(Iterable<RunRecord> records) {
    requireNonNull(records, "records");
    Set<String> policies = new java.util.LinkedHashSet<>();
    Set<String> algorithms = new java.util.LinkedHashSet<>();
    int runs = 0;
    java.util.List<RunRecord> list = new java.util.ArrayList<>();
    for (RunRecord r : records) {
      list.add(requireNonNull(r, "record"));
      policies.add(r.policy());
      algorithms.add(r.algorithm());
      runs = Math.max(runs, r.run() + 1);
    }
    org.grassroots.governance.validation.Violations v =
        org.grassroots.governance.validation.Violations.of("RunSummary");
    v.check(!list.isEmpty(), "records", "[]", Messages.NOT_EMPTY).throwIfAny();
    Map<String, java.util.BitSet> seen = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      RunRecord r = list.get(i);
      java.util.BitSet bits = seen.computeIfAbsent(r.policy() + "/" + r.algorithm(),
          k -> new java.util.BitSet());
      v.check(!bits.get(r.run()), "records[" + i + "].run", r.run(),
          Messages.f(Messages.DUPLICATE_RUN, r.run(), r.policy(), r.algorithm()));
      bits.set(r.run());
    }
    for (String p : policies) {
      for (String a : algorithms) {
        java.util.BitSet bits = seen.getOrDefault(p + "/" + a, new java.util.BitSet());
        if (bits.cardinality() < runs) {
          java.util.BitSet missing = new java.util.BitSet();
          missing.set(0, runs);
          missing.andNot(bits);
          v.check(false, "records", list.size(),
              Messages.f(Messages.MISSING_RUNS, p, a, missing));
        }
      }
    }
    v.throwIfAny();
    Accumulator acc = new Accumulator(runs, policies, algorithms);
    list.forEach(acc::add);
    return acc.build();
  }

  /**
   * The number of replications.
   *
   * @return runs per policy and algorithm
   */
  public int runs() {
    return runs;
  }

  /**
   * The policy variants, in the order they were added.
   *
   * @return names
   */
  public ImmutableList<String> policies() {
    return policies;
  }

  /**
   * The algorithms, in the order they were added.
   *
   * @return names
   */
  public ImmutableList<String> algorithms() {
    return algorithms;
  }

  /**
   * The statistics of a measure across runs.
   *
   * @param policy a policy name
   * @param algorithm an algorithm name
   * @param measure the measure
   * @return the statistics
   * @throws InvalidValueException if the policy or the algorithm is unknown
   */
  public Statistics statistics(String policy, String algorithm, Measure measure) {
    return Statistics.of(series(policy, algorithm, measure));
  }

  /**
   * The statistics of the per-seed difference {@code algorithm − reference} of a measure, both
   * run on the same seeds under the same policy (a paired comparison).
   *
   * @param policy a policy name
   * @param algorithm the algorithm compared
   * @param reference the algorithm compared against (e.g. the exact one)
   * @param measure the measure
   * @return the statistics of the differences
   * @throws InvalidValueException if a name is unknown
   */
  public Statistics comparison(String policy, String algorithm, String reference, Measure measure) {
    double[] a = series(policy, algorithm, measure);
    double[] b = series(policy, reference, measure);
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return Statistics.of(d);
  }

  /**
   * The values of a measure, one per run in run order.
   *
   * @param policy a policy name
   * @param algorithm an algorithm name
   * @param measure the measure
   * @return a copy of the values
   * @throws InvalidValueException if a name is unknown
   */
  public double[] series(String policy, String algorithm, Measure measure) {
    requireNonNull(measure, "measure");
    ImmutableMap<String, Map<Measure, double[]>> byAlgorithm = values.get(requireNonNull(policy, "policy"));
    if (byAlgorithm == null) {
      throw new InvalidValueException("RunSummary", java.util.List.of(
          Violation.of("policy", policy, "must be one of " + policies)));
    }
    Map<Measure, double[]> byMeasure = byAlgorithm.get(requireNonNull(algorithm, "algorithm"));
    if (byMeasure == null) {
      throw new InvalidValueException("RunSummary", java.util.List.of(
          Violation.of("algorithm", algorithm, "must be one of " + algorithms)));
    }
    return requireNonNull(byMeasure.get(measure), "measure").clone();
  }

  /** Collects one number per measure per record, in the order records arrive. */
  static final class Accumulator {
    private final int runs;
    private final ImmutableList<String> policies;
    private final ImmutableList<String> algorithms;
    private final Map<String, Map<String, Map<Measure, double[]>>> values = new LinkedHashMap<>();

    Accumulator(int runs, Set<String> policies, Set<String> algorithms) {
      this.runs = runs;
      this.policies = ImmutableList.copyOf(policies);
      this.algorithms = ImmutableList.copyOf(algorithms);
      for (String p : policies) {
        Map<String, Map<Measure, double[]>> byAlgorithm = new LinkedHashMap<>();
        for (String a : algorithms) {
          Map<Measure, double[]> byMeasure = new EnumMap<>(Measure.class);
          for (Measure m : Measure.values()) {
            double[] series = new double[runs];
            Arrays.fill(series, Double.NaN);
            byMeasure.put(m, series);
          }
          byAlgorithm.put(a, byMeasure);
        }
        values.put(p, byAlgorithm);
      }
    }

    void add(RunRecord r) {
      Map<String, Map<Measure, double[]>> byAlgorithm = requireNonNull(values.get(r.policy()), "policy");
      Map<Measure, double[]> byMeasure = requireNonNull(byAlgorithm.get(r.algorithm()), "algorithm");
      for (Measure m : Measure.values()) {
        requireNonNull(byMeasure.get(m), "measure")[r.run()] = m.of(r);
      }
    }

    RunSummary build() {
      ImmutableMap.Builder<String, ImmutableMap<String, Map<Measure, double[]>>> out = ImmutableMap.builder();
      for (Map.Entry<String, Map<String, Map<Measure, double[]>>> e : values.entrySet()) {
        out.put(e.getKey(), ImmutableMap.copyOf(e.getValue()));
      }
      return new RunSummary(runs, policies, algorithms, out.build());
    }
  }
}
