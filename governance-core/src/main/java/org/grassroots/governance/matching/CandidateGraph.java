package org.grassroots.governance.matching;

/**
 * A read-only view of a problem's candidate graph (候选对): for each demand its quantity and
 * priority weight, for each resource its capacity, and each eligible (demand, resource) pair with
 * its unit cost and meeting level. Indices follow the problem's demand and resource lists; a
 * demand's pairs are {@code pairStart(d)} to {@code pairEnd(d) - 1}, by ascending resource.
 * For exporting to other solvers (DIMACS, OR-Tools) and for research.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CandidateGraph g = problem.candidates();
 * for (int d = 0; d < g.demandCount(); d++)
 *   for (int e = g.pairStart(d); e < g.pairEnd(d); e++)
 *     System.out.println(d + " -> " + g.pairResource(e) + " @ " + g.pairCost(e));
 * }</pre>
 */
public final class CandidateGraph {
  private final CompiledProblem cp;

  CandidateGraph(CompiledProblem cp) {
    this.cp = cp;
  }

  /** The number of demands. */
  public int demandCount() {
    return cp.nD;
  }

  /** The number of resources. */
  public int resourceCount() {
    return cp.nR;
  }

  /** The number of eligible pairs. */
  public int pairCount() {
    return cp.res.length;
  }

  /**
   * A demand's quantity.
   *
   * @param d the demand index
   * @return the quantity
   */
  public int quantity(int d) {
    return cp.qty[d];
  }

  /**
   * A demand's priority weight under the policy.
   *
   * @param d the demand index
   * @return the weight
   */
  public int weight(int d) {
    return cp.weight[d];
  }

  /**
   * A resource's capacity.
   *
   * @param r the resource index
   * @return the capacity
   */
  public int capacity(int r) {
    return cp.cap[r];
  }

  /**
   * The first pair of a demand.
   *
   * @param d the demand index
   * @return the pair index
   */
  public int pairStart(int d) {
    return cp.start[d];
  }

  /**
   * One past the last pair of a demand.
   *
   * @param d the demand index
   * @return the pair index
   */
  public int pairEnd(int d) {
    return cp.start[d + 1];
  }

  /**
   * A pair's resource.
   *
   * @param e the pair index
   * @return the resource index
   */
  public int pairResource(int e) {
    return cp.res[e];
  }

  /**
   * A pair's unit cost.
   *
   * @param e the pair index
   * @return the unit cost
   */
  public int pairCost(int e) {
    return cp.cost[e];
  }

  /**
   * A pair's meeting level.
   *
   * @param e the pair index
   * @return the level
   */
  public MeetingLevel pairLevel(int e) {
    return MeetingLevel.values()[cp.level[e]];
  }
}
