package org.grassroots.governance.matching;

import java.io.Serializable;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One allocation (分配): a quantity of a demand served by a resource, at a unit cost, meeting at a
 * level of the hierarchy.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Allocation a : result.allocations()) {
 *   a.demand(); a.resource(); a.quantity(); a.cost();
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Allocation implements Serializable {
  private static final long serialVersionUID = 1L;

  Allocation() {}

  /** The demand served. */
  @Value.Parameter
  public abstract DemandId demand();

  /** The resource serving it. */
  @Value.Parameter
  public abstract ResourceId resource();

  /** How many units. */
  @Value.Parameter
  public abstract int quantity();

  /** The cost of one unit under the policy. */
  @Value.Parameter
  public abstract int unitCost();

  /** Where demand and resource meet. */
  @Value.Parameter
  public abstract MeetingLevel level();

  /**
   * The cost of this allocation: quantity times unit cost.
   *
   * @return the cost
   */
  public long cost() {
    return (long) quantity() * unitCost();
  }

  /**
   * An allocation, e.g. one read from an exchange document; whether it fits a problem is checked
   * by {@link MatchingAlgorithm.Result#of}.
   *
   * @param demand the demand served
   * @param resource the resource serving it
   * @param quantity how many units, at least 1
   * @param unitCost the cost of one unit, at least 0
   * @param level where demand and resource meet
   * @return the allocation
   * @throws org.grassroots.governance.validation.InvalidValueException if a value is missing or
   *     out of range
   */
  public static Allocation of(
      DemandId demand, ResourceId resource, int quantity, int unitCost, MeetingLevel level) {
    return ImmutableAllocation.of(demand, resource, quantity, unitCost, level);
  }

  @Value.Check
  void check() {
    if (quantity() > 0 && unitCost() >= 0 && demand() != null && resource() != null
        && level() != null) {
      return; // the algorithms build many allocations: no collector on the valid path
    }
    Violations.of("Allocation")
        .require("demand", demand())
        .require("resource", resource())
        .require("level", level())
        .check(quantity() > 0, "quantity", quantity(), Messages.POSITIVE)
        .check(unitCost() >= 0, "unitCost", unitCost(), Messages.NOT_NEGATIVE)
        .throwIfAny();
  }
}
