package org.grassroots.governance.grid;

import org.grassroots.governance.id.NodeCode;

/**
 * The result of a roll-up (自下而上汇集): the total of a measure over the subtree of every node.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RollUp residents = hierarchy.rollUp(code -> population.getOrDefault(code, 0.0));
 * residents.total(NodeCode.parse("441900000000")); // everyone in Dongguan
 * }</pre>
 */
public final class RollUp {
  private final GridHierarchy hierarchy;
  private final double[] totals;

  RollUp(GridHierarchy hierarchy, double[] totals) {
    this.hierarchy = hierarchy;
    this.totals = totals;
  }

  /**
   * The total over a node's subtree (the node included).
   *
   * @param code a node of the hierarchy
   * @return the total
   * @throws org.grassroots.governance.validation.InvalidValueException if the node is absent
   */
  public double total(NodeCode code) {
    return totals[hierarchy.positionOfLoc(hierarchy.require(code))];
  }
}
