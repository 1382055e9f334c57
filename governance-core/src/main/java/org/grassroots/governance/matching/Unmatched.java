package org.grassroots.governance.matching;

import java.io.Serializable;
import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
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

  static Unmatched of(
      DemandId demand, int quantity, UnmatchedReason reason, List<ResourceId> filled) {
    return ImmutableUnmatched.of(demand, quantity, reason, filled);
  }
}
