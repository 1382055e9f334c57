package org.grassroots.governance.matching;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * Demanded and served quantity of a group of demands (a category, an urgency, a community).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Coverage c = result.metrics().byCategory().get(ServiceCategory.ELDER_CARE);
 * c.rate();
 * }</pre>
 */
@Value.Immutable
public abstract class Coverage implements Serializable {
  private static final long serialVersionUID = 1L;

  Coverage() {}

  /** The number of demands. */
  @Value.Parameter
  public abstract int demands();

  /** The number of demands served in full. */
  @Value.Parameter
  public abstract int fullyServed();

  /** The quantity demanded. */
  @Value.Parameter
  public abstract long demanded();

  /** The quantity served. */
  @Value.Parameter
  public abstract long served();

  /**
   * Served over demanded quantity; 1 when nothing was demanded.
   *
   * @return from 0 to 1
   */
  public double rate() {
    return demanded() == 0 ? 1.0 : (double) served() / demanded();
  }

  static Coverage of(int demands, int fullyServed, long demanded, long served) {
    return ImmutableCoverage.of(demands, fullyServed, demanded, served);
  }
}
