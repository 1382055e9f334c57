package org.grassroots.governance.matching;

import static org.grassroots.governance.matching.Messages.f;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A demand (需求, 微心愿, 急难愁盼) raised by a resident, household or grid: what is needed, how
 * much, how urgently, for whom, where and when.
 *
 * <p>An indivisible demand ({@link QuantityUnit#divisible()} false, e.g. a home visit) is one
 * piece, served whole by one provider, so its quantity is 1. Immutable and thread-safe.
 *
 * <pre>{@code
 * Demand d = Demand.builder()
 *     .id(DemandId.of("D-1"))
 *     .category(ServiceCategory.ELDER_CARE)
 *     .quantity(4).unit(QuantityUnit.HOUR)
 *     .urgency(Urgency.URGENT)
 *     .addVulnerableGroups(VulnerableGroup.ELDERLY_LIVING_ALONE)
 *     .location(NodeCode.parse("11010100100100010003"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Demand implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The largest quantity of one demand. */
  public static final int MAX_QUANTITY = 1_000_000;

  Demand() {}

  /** The demand's id. */
  public abstract DemandId id();

  /** Its category. */
  public abstract ServiceCategory category();

  /** How much is needed, in {@link #unit()}; 1 to {@value #MAX_QUANTITY}. */
  public abstract int quantity();

  /** The unit of the quantity. */
  public abstract QuantityUnit unit();

  /** How urgent; {@link Urgency#ROUTINE} unless set. */
  @Value.Default
  public Urgency urgency() {
    return Urgency.ROUTINE;
  }

  /** The vulnerable groups the beneficiary belongs to. */
  public abstract Set<VulnerableGroup> vulnerableGroups();

  /** Skills a provider must have (e.g. "nursing"); empty if any provider of the category will do. */
  public abstract Set<String> requiredSkills();

  /** Where: a building, grid or community node. */
  public abstract NodeCode location();

  /** When it must be served; empty if any time will do. */
  public abstract Optional<TimeWindow> window();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A routine demand with no time window and no flags.
   *
   * @param id the id
   * @param category the category
   * @param quantity the quantity
   * @param unit the unit
   * @param location where
   * @return the demand
   */
  public static Demand of(
      DemandId id, ServiceCategory category, int quantity, QuantityUnit unit, NodeCode location) {
    return builder()
        .id(id)
        .category(category)
        .quantity(quantity)
        .unit(unit)
        .location(location)
        .build();
  }

  /**
   * A copy with another quantity.
   *
   * @param quantity the new quantity
   * @return the copy
   */
  public Demand withQuantity(int quantity) {
    return ImmutableDemand.copyOf(this).withQuantity(quantity);
  }

  /** Builds a {@link Demand}. */
  public static final class Builder extends ImmutableDemand.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("Demand")
            .require("id", id())
            .require("category", category())
            .require("unit", unit())
            .require("location", location())
            .check(quantity() > 0, "quantity", quantity(), Messages.POSITIVE);
    // messages are formatted only for a violation: a list of a million demands builds a million
    if (quantity() > MAX_QUANTITY) {
      v.check(false, "quantity", quantity(), f(Messages.AT_MOST, MAX_QUANTITY));
    }
    if (unit() != null && !unit().divisible() && quantity() > 1) {
      v.check(false, "quantity", quantity(), f(Messages.INDIVISIBLE_ONE, unit(), quantity()));
    }
    for (String s : requiredSkills()) {
      v.check(!s.isBlank(), "requiredSkills", s, Messages.NOT_BLANK);
    }
    v.throwIfAny();
  }
}
