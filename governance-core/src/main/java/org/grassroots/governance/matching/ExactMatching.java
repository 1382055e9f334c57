package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.matching.Messages.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The exact allocation (最优匹配): serves the most priority-weighted quantity, then at the least
 * total cost — a min-cost flow, solved exactly in pure Java.
 *
 * <p>The candidate graph is split into connected components (resources whose service area spans
 * streets or districts join communities into larger ones); each component is solved by
 * cost-scaling push-relabel (Goldberg 1997) on primitive arrays, on a pool of worker threads,
 * largest component first. Each component's solution depends only on the component, so the
 * result is the same whatever the thread count. O(n² m log(nC)) per component in the worst case.
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
  private final int threads;

  private ExactMatching(int threads) {
    this.threads = threads;
  }

  /**
   * Exact matching on all available processors.
   *
   * @return the algorithm
   */
  public static ExactMatching create() {
    return new ExactMatching(Runtime.getRuntime().availableProcessors());
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
    return new ExactMatching(threads);
  }

  @Override
  public String name() {
    return "exact";
  }

  @Override
  public Result solve(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    return Outcomes.assemble(name(), problem, flows(problem.compiled(), threads));
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
    int[] flow = new int[cp.res.length];
    Components comps = Components.of(cp);
    if (comps.count == 0) {
      return flow;
    }
    int workers = Math.min(threads, comps.count);
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          int[] local = new int[cp.nR];
          for (int c = next.getAndIncrement(); c < comps.count; c = next.getAndIncrement()) {
            solveComponent(cp, comps, c, local, flow);
          }
        };
    if (workers == 1) {
      work.run();
      return flow;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "exact-matching");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        futures.add(pool.submit(work));
      }
      for (Future<?> fu : futures) {
        fu.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while matching", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
    return flow;
  }

  /**
   * Solves one component. Demands with the same weight and the same candidate resources at the
   * same unit costs are interchangeable, so they are merged into one class node first (exact:
   * any split of a class's flow among its members is optimal); the class flow is then handed to
   * the members in demand order.
   */
  private static void solveComponent(
      CompiledProblem cp, Components comps, int c, int[] local, int[] flow) {
    int[] ds = comps.demandsOf(c);
    int[] rs = comps.resourcesOf(c);
    int[] classOf = new int[ds.length];
    Map<DemandClass, Integer> classes = new HashMap<>();
    int[] reps = new int[ds.length];
    int[] supply = new int[ds.length];
    int count = 0;
    for (int i = 0; i < ds.length; i++) {
      int d = ds[i];
      DemandClass key = new DemandClass(cp, d);
      Integer k = classes.get(key);
      if (k == null || (long) supply[k] + cp.qty[d] > Integer.MAX_VALUE) {
        k = count++;
        classes.put(key, k);
        reps[k] = d;
      }
      classOf[i] = k;
      supply[k] += cp.qty[d];
    }
    reps = Arrays.copyOf(reps, count);
    supply = Arrays.copyOf(supply, count);
    CostScaling cs = new CostScaling(cp, reps, supply, rs, local);
    cs.solve();
    // the flow of each class, per position in its representative's pair list
    int[] classEdge = new int[count + 1];
    for (int k = 0; k < count; k++) {
      classEdge[k + 1] = classEdge[k] + cp.start[reps[k] + 1] - cp.start[reps[k]];
    }
    int[] left = new int[classEdge[count]];
    for (int k = 0; k < left.length; k++) {
      left[k] = cs.flowOfEdge(k);
    }
    int[] cursor = Arrays.copyOf(classEdge, count);
    for (int i = 0; i < ds.length; i++) {
      int d = ds[i];
      int k = classOf[i];
      int need = cp.qty[d];
      int base = classEdge[k];
      int end = classEdge[k + 1];
      for (int x = cursor[k]; x < end && need > 0; x++) {
        int take = Math.min(need, left[x]);
        if (take > 0) {
          flow[cp.start[d] + (x - base)] = take;
          left[x] -= take;
          need -= take;
        }
        if (left[x] == 0) {
          cursor[k] = x + 1;
        }
      }
    }
  }

  /** The class key of a demand: its weight and its (resource, unit cost) pairs. */
  private static final class DemandClass {
    private final CompiledProblem cp;
    private final int d;
    private final int hash;

    DemandClass(CompiledProblem cp, int d) {
      this.cp = cp;
      this.d = d;
      int h = cp.weight[d];
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        h = 31 * (31 * h + cp.res[e]) + cp.cost[e];
      }
      this.hash = h;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof DemandClass)) {
        return false;
      }
      int x = ((DemandClass) o).d;
      if (cp.weight[x] != cp.weight[d]) {
        return false;
      }
      int len = cp.start[d + 1] - cp.start[d];
      if (cp.start[x + 1] - cp.start[x] != len) {
        return false;
      }
      for (int i = 0; i < len; i++) {
        int a = cp.start[d] + i;
        int b = cp.start[x] + i;
        if (cp.res[a] != cp.res[b] || cp.cost[a] != cp.cost[b]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Override
  public String toString() {
    return "ExactMatching{threads=" + threads + "}";
  }
}
