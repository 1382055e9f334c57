package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.matching.Messages.f;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The exact allocation (最优匹配): serves the most priority-weighted quantity, then at the least
 * total cost — a min-cost flow, solved exactly in pure Java.
 *
 * <p>The candidate graph is split into connected components (resources whose service area spans
 * streets or districts join communities into larger ones); each component is solved by
 * successive shortest paths (Dijkstra with potentials) within a budget of arc scans, and by
 * cost-scaling push-relabel (Goldberg 1997) if that runs out, on primitive arrays reused from one
 * component to the next, on a pool of worker threads (the calling thread for small problems),
 * largest component first. Each component's solution depends only on the component, so the
 * result is the same whatever the thread count. O(n² m log(nC)) per component in the worst case.
 * Optionally ({@link #withTreeFastPath}), components with a tree-metric structure are solved on
 * the hierarchy itself.
 *
 * <p>Costs are 64-bit: the solver throws {@link ArithmeticException} if a component's largest
 * unit cost × 2·min(|D|, |R|) × largest weight × node count leaves that range — only with
 * extreme policies (unit costs near 10^6 and weights in the thousands on components of 10^5
 * nodes); the default policy leaves a margin of about 10^5 at that size. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * MatchingAlgorithm.Result r = ExactMatching.create().solve(problem);
 * ExactMatching.withThreads(2).solve(problem); // the same result
 * }</pre>
 */
public final class ExactMatching implements MatchingAlgorithm {
  private static final int MAX_THREADS = 1024;
  /** Below this many candidate pairs, the components are solved on the calling thread. */
  static final int PARALLEL_PAIRS = 50_000;
  /**
   * Whether the tree-metric fast path is on unless chosen otherwise: off, because on the
   * benchmark family (about 9 candidates per demand) it is not faster than the pairs; see
   * docs/matching.md.
   */
  static final boolean TREE_DEFAULT = false;
  private final int threads;
  private final boolean treeFastPath;

  private ExactMatching(int threads, boolean treeFastPath) {
    this.threads = threads;
    this.treeFastPath = treeFastPath;
  }

  /**
   * Exact matching on all available processors.
   *
   * @return the algorithm
   */
  public static ExactMatching create() {
    return new ExactMatching(Runtime.getRuntime().availableProcessors(), TREE_DEFAULT);
  }

  /**
   * Exact matching on a given number of worker threads.
   *
   * @param threads 1 to 1024
   * @return the algorithm
   * @throws IllegalArgumentException if out of range
   */
  public static ExactMatching withThreads(int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads " + f(Messages.THREADS, MAX_THREADS) + ": " + threads);
    }
    return new ExactMatching(threads, TREE_DEFAULT);
  }

  /**
   * A copy that does or does not take the tree-metric fast path (off by default): components whose
   * unit costs depend only on where demand and resource meet in the hierarchy, and whose
   * eligibility is exactly the service areas, are solved on the hierarchy itself (O(tree size)
   * arcs instead of O(pairs)); every other component on its candidate pairs. Exact either way:
   * the optimum (weighted served quantity and cost) is the same; where a component has several
   * optimal allocations, the two paths may pick different ones.
   *
   * @param enabled whether to take the fast path where it is exact
   * @return the copy
   */
  public ExactMatching withTreeFastPath(boolean enabled) {
    return new ExactMatching(threads, enabled);
  }

  @Override
  public String name() {
    return "exact";
  }

  @Override
  public Result solve(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    CompiledProblem cp = problem.compiled();
    // one pool for the solve and the result (the blocking pairs are counted beside the rest)
    return withPool(
        threads,
        cp.res.length,
        pool ->
            Outcomes.assemble(name(), problem, cp, flows(cp, threads, treeFastPath, pool), pool));
  }

  /**
   * Solves and keeps the solution for incremental re-optimisation: batches of new or withdrawn
   * demands and resources are then re-solved from it, with the same objective as a fresh solve.
   *
   * <pre>{@code
   * IncrementalMatching session = ExactMatching.create().session(problem);
   * session.addDemands(newDemands).weightedServed();
   * }</pre>
   *
   * @param problem the first problem
   * @return a session (mutable, not thread-safe) on this algorithm's threads
   */
  public IncrementalMatching session(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    return IncrementalMatching.of(problem, threads);
  }

  /** The optimal flow per candidate pair. */
  static int[] flows(CompiledProblem cp, int threads) {
    return flows(cp, threads, TREE_DEFAULT);
  }

  /** The optimal flow per candidate pair, with or without the tree-metric fast path. */
  static int[] flows(CompiledProblem cp, int threads, boolean treeFastPath) {
    return withPool(threads, cp.res.length, pool -> flows(cp, threads, treeFastPath, pool));
  }

  /**
   * Runs work with the shared pool (the calling thread works beside up to {@code threads − 1} of
   * its threads) when the problem is large enough to gain from one, else with none.
   */
  static <T> T withPool(int threads, int pairs, Function<@Nullable ExecutorService, T> work) {
    return work.apply(threads < 2 || pairs < PARALLEL_PAIRS ? null : SharedPool.POOL);
  }

  /**
   * The helper threads of every large solve: daemon threads made as needed and kept for a while
   * when idle, so a solve does not pay for starting threads; no solve ever has more than its
   * {@code threads − 1} tasks on it, whatever else runs.
   */
  private static final class SharedPool {
    static final ExecutorService POOL = pool();

    private static ExecutorService pool() {
      AtomicInteger made = new AtomicInteger();
      return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          r -> {
            Thread t = new Thread(r, "exact-matching-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
    }
  }

  /**
   * The optimal flow per candidate pair: components taken largest first by the calling thread
   * and up to {@code threads − 1} tasks on the pool (none without a pool; the result is the same
   * either way).
   */
  private static int[] flows(
      CompiledProblem cp, int threads, boolean treeFastPath, @Nullable ExecutorService pool) {
    int[] flow = new int[cp.res.length];
    Components comps = Components.of(cp);
    if (comps.count == 0) {
      return flow;
    }
    int workers = pool == null ? 1 : Math.min(threads, comps.count);
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          ComponentSolver solver = new ComponentSolver(cp, treeFastPath);
          for (int c = next.getAndIncrement(); c < comps.count; c = next.getAndIncrement()) {
            solver.solve(comps, c, flow);
          }
        };
    if (workers == 1 || pool == null) {
      work.run();
      return flow;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 1; i < workers; i++) {
      futures.add(pool.submit(work));
    }
    work.run();
    for (Future<?> fu : futures) {
      await(fu);
    }
    return flow;
  }

  /** Waits for a task, rethrowing its unchecked exception as is. */
  static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while matching", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public String toString() {
    return "ExactMatching{threads=" + threads + (treeFastPath ? ", tree fast path" : "") + "}";
  }
}
