package org.grassroots.governance.matching;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A demand, or the part of it, left unserved, with the reason and the resources that filled up.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Unmatched u : result.unmatched()) {
 *   u.demand(); u.quantity(); u.reason(); u.filledResources();
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Unmatched implements Serializable {
  private static final long serialVersionUID = 1L;

  Unmatched() {}

  /** The demand. */
  @Value.Parameter
  public abstract DemandId demand();

  /** The unserved quantity. */
  @Value.Parameter
  public abstract int quantity();

  /** Why. */
  @Value.Parameter
  public abstract UnmatchedReason reason();

  /** The eligible resources that were full (for capacity and priority reasons). */
  @Value.Parameter
  public abstract List<ResourceId> filledResources();

  /**
   * An unserved demand (or the unserved part of it), as the algorithms report it.
   *
   * @param demand the demand
   * @param quantity the quantity left unserved, positive
   * @param reason why it was left
   * @param filled the candidate resources that filled up, each once: none when there was no
   *     candidate ({@link UnmatchedReason#NO_ELIGIBLE_RESOURCE_IN_REACH}, {@link
   *     UnmatchedReason#OUTSIDE_TIME_WINDOW}), at least one when every candidate filled up ({@link
   *     UnmatchedReason#CAPACITY_EXHAUSTED}, {@link UnmatchedReason#OUTRANKED_BY_HIGHER_PRIORITY})
   * @return the unmatched demand
   * @throws org.grassroots.governance.validation.InvalidValueException naming every broken rule
   */
  public static Unmatched of(
      DemandId demand, int quantity, UnmatchedReason reason, List<ResourceId> filled) {
    Violations.of("Unmatched").require("demand", demand).require("reason", reason)
        .require("filledResources", filled).throwIfAny();
    for (int i = 0; i < filled.size(); i++) {
      Violations.of("Unmatched").require("filledResources[" + i + "]", filled.get(i)).throwIfAny();
    }
    return ImmutableUnmatched.of(demand, quantity, reason, filled);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Unmatched")
        .check(quantity() > 0, "quantity", quantity(), Messages.POSITIVE);
    Set<ResourceId> seen = new HashSet<>();
    for (int i = 0; i < filledResources().size(); i++) {
      ResourceId r = filledResources().get(i);
      v.check(seen.add(r), "filledResources[" + i + "]", r, Messages.f(Messages.FILLED_TWICE, r));
    }
    switch (reason()) {
      case NO_ELIGIBLE_RESOURCE_IN_REACH, OUTSIDE_TIME_WINDOW ->
          v.check(filledResources().isEmpty(), "filledResources", filledResources(),
              Messages.f(Messages.FILLED_WITHOUT_CANDIDATE, reason()));
      case CAPACITY_EXHAUSTED, OUTRANKED_BY_HIGHER_PRIORITY ->
          v.check(!filledResources().isEmpty(), "filledResources", "[]",
              Messages.f(Messages.FILLED_NEEDED, reason()));
      default -> { } // NOT_CHOSEN: some candidates filled up, others had room
    }
    v.throwIfAny();
  }
}
