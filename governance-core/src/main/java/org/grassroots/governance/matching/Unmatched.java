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
    if (demand == null || reason == null || filled == null || hasNull(filled)) {
      Violations v = Violations.of("Unmatched").require("demand", demand).require("reason", reason)
          .require("filledResources", filled);
      for (int i = 0; filled != null && i < filled.size(); i++) {
        v.require("filledResources[" + i + "]", filled.get(i));
      }
      v.throwIfAny();
    }
    return ImmutableUnmatched.of(demand, quantity, reason, filled);
  }

  private static boolean hasNull(List<?> list) {
    for (Object x : list) {
      if (x == null) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    List<ResourceId> filled = filledResources();
    boolean noCandidate = reason() == UnmatchedReason.NO_ELIGIBLE_RESOURCE_IN_REACH
        || reason() == UnmatchedReason.OUTSIDE_TIME_WINDOW;
    boolean allFilled = reason() == UnmatchedReason.CAPACITY_EXHAUSTED
        || reason() == UnmatchedReason.OUTRANKED_BY_HIGHER_PRIORITY;
    boolean distinct = filled.size() < 2 || new HashSet<>(filled).size() == filled.size();
    if (quantity() > 0 && distinct && (noCandidate ? filled.isEmpty() : !allFilled || !filled.isEmpty())) {
      return; // the algorithms build one per unserved demand: no collector on the valid path
    }
    Violations v = Violations.of("Unmatched")
        .check(quantity() > 0, "quantity", quantity(), Messages.POSITIVE);
    Set<ResourceId> seen = new HashSet<>();
    for (int i = 0; i < filled.size(); i++) {
      ResourceId r = filled.get(i);
      if (!seen.add(r)) {
        v.check(false, "filledResources[" + i + "]", r, Messages.f(Messages.FILLED_TWICE, r));
      }
    }
    if (noCandidate && !filled.isEmpty()) {
      v.check(false, "filledResources", filled, Messages.f(Messages.FILLED_WITHOUT_CANDIDATE, reason()));
    }
    if (allFilled && filled.isEmpty()) {
      v.check(false, "filledResources", "[]", Messages.f(Messages.FILLED_NEEDED, reason()));
    }
    v.throwIfAny();
  }
}
