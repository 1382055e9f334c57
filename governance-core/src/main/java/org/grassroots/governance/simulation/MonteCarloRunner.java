package org.grassroots.governance.simulation;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.simulation.Messages.f;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Monte Carlo runs (蒙特卡洛仿真): replications of a scenario under several seeds, each solved by
 * several algorithms under several policy variants, on a pool of threads.
 *
 * <p>Replication {@code i} uses the {@code i}-th seed drawn from a {@link SplittableRandom}
 * seeded by the scenario's seed, so runs are reproducible one by one. Each replication is
 * generated and solved on one worker thread; records reach the caller's consumer on the calling
 * thread in replication order (then policy, then algorithm order), and so do the summaries: the
 * results are the same for any number of threads. Only the records are streamed; the summary
 * keeps one number per measure per record, so 10,000 runs never hold 10,000 results.
 *
 * <pre>{@code
 * RunSummary summary = MonteCarloRunner.builder(Scenario.of("baseline", ScenarioParameters.defaults(), 42))
 *     .runs(100)
 *     .algorithm("greedy", GreedyMatching.firstComeFirstServed())
 *     .algorithm("optimal", ExactMatching.withThreads(1))
 *     .algorithm("stable", DeferredAcceptance.demandProposing())
 *     .threads(2)
 *     .build()
 *     .run(record -> csv.println(record));
 * summary.statistics("default", "optimal", Measure.COVERAGE);
 * }</pre>
 *
 * <p>With {@link Builder#divisions(GridHierarchy)}, every replication is generated on the real
 * streets and communities of the scenario's district in a loaded division table (see {@link
 * ScenarioGenerator#generate(Scenario, GridHierarchy)}) instead of the synthetic layout:
 *
 * <pre>{@code
 * GridHierarchy divisions = DivisionTableReader.read(in).build();   // the national table
 * Scenario dongcheng = Scenario.of("dongcheng",
 *     ScenarioParameters.defaults().withDistrict(DivisionCode.parse("110101000000")), 42);
 * RunSummary summary = MonteCarloRunner.builder(dongcheng)
 *     .divisions(divisions)          // checked at build(): a county-level node with communities
 *     .runs(20)
 *     .algorithm("optimal", ExactMatching.withThreads(1))
 *     .build()
 *     .run(record -> { });
 * }</pre>
 */
public final class MonteCarloRunner {
  private final Scenario scenario;
  private final int runs;
  private final int threads;
  private final ImmutableMap<String, MatchingAlgorithm> algorithms;
  private final ImmutableMap<String, MatchingPolicy> policies;
  /** The real streets and communities of the district, or {@code null} for the synthetic layout. */
  private final @Nullable ImmutableList<List<DivisionCode>> layout;

  private MonteCarloRunner(Builder b, @Nullable ImmutableList<List<DivisionCode>> layout) {
    this.scenario = b.scenario;
    this.layout = layout;
    this.runs = b.runs;
    this.threads = b.threads;
    this.algorithms = ImmutableMap.copyOf(b.algorithms);
    this.policies = b.policies.isEmpty()
        ? ImmutableMap.of("default", MatchingPolicy.defaults())
        : ImmutableMap.copyOf(b.policies);
  }

  /**
   * Starts a runner of the given scenario.
   *
   * @param scenario the scenario; its seed seeds the replications' seeds
   * @return a builder
   */
  public static Builder builder(Scenario scenario) {
    return new Builder(requireNonNull(scenario, "scenario"));
  }

  /**
   * The seeds of the replications: the first {@code runs} longs of a {@link SplittableRandom}
   * seeded by the scenario's seed.
   *
   * @param scenario the scenario
   * @param runs how many
   * @return the seeds, in replication order
   */
  public static long[] seeds(Scenario scenario, int runs) {
    SplittableRandom random = new SplittableRandom(scenario.seed());
    long[] seeds = new long[runs];
    for (int i = 0; i < runs; i++) {
      seeds[i] = random.nextLong();
    }
    return seeds;
  }

  /**
   * Runs every replication, streaming each record to {@code sink} in a fixed order.
   *
   * @param sink receives every record, on the calling thread
   * @return the summaries across runs
   * @throws IllegalStateException if an algorithm fails (its exception is the cause)
   */
  public RunSummary run(Consumer<? super RunRecord> sink) {
    requireNonNull(sink, "sink");
    RunSummary.Accumulator summary = new RunSummary.Accumulator(runs, policies.keySet(), algorithms.keySet());
    long[] seeds = seeds(scenario, runs);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "monte-carlo");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<List<RunRecord>>> window = new ArrayDeque<>();
      int next = 0;
      int emitted = 0;
      while (emitted < runs) {
        while (next < runs && window.size() < 2 * threads) {
          int run = next++;
          window.add(pool.submit(() -> replicate(run, seeds[run])));
        }
        List<RunRecord> records = window.removeFirst().get();
        for (RunRecord r : records) {
          summary.add(r);
          sink.accept(r);
        }
        emitted++;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Monte Carlo run interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a replication failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return summary.build();
  }

  private List<RunRecord> replicate(int run, long seed) {
    // the real layout was checked and read from the table once, at build(); generating on it is
    // what ScenarioGenerator.generate(scenario.withSeed(seed), divisions) does
    GeneratedScenario generated = ScenarioGenerator.generateOn(scenario.withSeed(seed), layout);
    List<RunRecord> out = new ArrayList<>();
    for (Map.Entry<String, MatchingPolicy> policy : policies.entrySet()) {
      MatchingProblem problem = generated.problem().withPolicy(policy.getValue());
      for (Map.Entry<String, MatchingAlgorithm> algorithm : algorithms.entrySet()) {
        long start = System.nanoTime();
        MatchingAlgorithm.Result result = algorithm.getValue().solve(problem);
        long wall = System.nanoTime() - start;
        out.add(new RunRecord(scenario.name(), run, seed, policy.getKey(), algorithm.getKey(),
            problem.demands().size(), problem.resources().size(), result.metrics(), wall));
      }
    }
    return out;
  }

  /** Configures a {@link MonteCarloRunner}; names keep the order they were added in. */
  public static final class Builder {
    private final Scenario scenario;
    private int runs = 10;
    private int threads = Runtime.getRuntime().availableProcessors();
    private final Map<String, MatchingAlgorithm> algorithms = new LinkedHashMap<>();
    private final Map<String, MatchingPolicy> policies = new LinkedHashMap<>();
    private @Nullable GridHierarchy divisions;

    private Builder(Scenario scenario) {
      this.scenario = scenario;
    }

    /**
     * How many replications (seeds). Default 10.
     *
     * @param runs 1 to 1,000,000
     * @return this builder
     */
    public Builder runs(int runs) {
      this.runs = runs;
      return this;
    }

    /**
     * How many worker threads. Default: the available processors.
     *
     * @param threads 1 to 1024
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /**
     * Adds an algorithm under a name. Give exact solvers one thread each
     * ({@code ExactMatching.withThreads(1)}) when the runner itself runs in parallel.
     *
     * @param name a unique name for reports
     * @param algorithm the algorithm
     * @return this builder
     */
    public Builder algorithm(String name, MatchingAlgorithm algorithm) {
      algorithms.put(requireNonNull(name, "name"), requireNonNull(algorithm, "algorithm"));
      return this;
    }

    /**
     * Adds a policy variant under a name; without any, the default policy runs as "default".
     *
     * @param name a unique name for reports
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(String name, MatchingPolicy policy) {
      policies.put(requireNonNull(name, "name"), requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Generates every replication on the real streets and communities of the scenario's district
     * ({@link ScenarioParameters#district()}) in a loaded division table, as {@link
     * ScenarioGenerator#generate(Scenario, GridHierarchy)} does, instead of the synthetic layout;
     * {@link ScenarioParameters#streets()} and {@link ScenarioParameters#communitiesPerStreet()}
     * are then not used. Optional; the district is checked at {@link #build()}. The runner keeps
     * only the district's layout, not the hierarchy.
     *
     * <pre>{@code
     * MonteCarloRunner.builder(scenario).divisions(DivisionTableReader.read(in).build());
     * }</pre>
     *
     * @param divisions a hierarchy holding the scenario's district with its streets and communities
     * @return this builder
     */
    public Builder divisions(GridHierarchy divisions) {
      this.divisions = requireNonNull(divisions, "divisions");
      return this;
    }

    /**
     * Checks the configuration and makes the runner.
     *
     * @return the runner
     * @throws org.grassroots.governance.validation.InvalidValueException naming every problem,
     *     among them {@code scenario.parameters.district} when {@link #divisions(GridHierarchy)}
     *     was given and the district is not a county-level node of it with a street holding a
     *     community
     */
    public MonteCarloRunner build() {
      Violations v = Violations.of("MonteCarloRunner")
          .check(runs >= 1 && runs <= 1_000_000, "runs", runs, f(Messages.RANGE, 1, 1_000_000))
          .check(threads >= 1 && threads <= 1024, "threads", threads, f(Messages.RANGE, 1, 1024))
          .check(!algorithms.isEmpty(), "algorithms", algorithms.keySet(), Messages.NOT_EMPTY)
          .check(algorithms.keySet().stream().noneMatch(String::isBlank), "algorithms",
              algorithms.keySet(), "names must not be blank")
          .check(policies.keySet().stream().noneMatch(String::isBlank), "policies",
              policies.keySet(), "names must not be blank");
      @Nullable GridHierarchy table = divisions;
      // the generator's own check, its violations among the others
      @Nullable ImmutableList<List<DivisionCode>> layout = table == null ? null
          : ScenarioGenerator.realLayout(table, scenario.parameters().district(), v,
              "scenario.parameters.district");
      v.throwIfAny();
      return new MonteCarloRunner(this, layout);
    }
  }
}
