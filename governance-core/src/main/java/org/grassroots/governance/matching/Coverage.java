package org.grassroots.governance.matching;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
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

  /**
   * A coverage, e.g. one read from a document; results compute their own.
   *
   * @param demands the demands, not negative
   * @param fullyServed those fully served, at most {@code demands}
   * @param demanded the quantity demanded, not negative
   * @param served the quantity served, at most {@code demanded}
   * @return the coverage
   * @throws org.grassroots.governance.validation.InvalidValueException if a number is out of range
   */
  public static Coverage of(int demands, int fullyServed, long demanded, long served) {
    return ImmutableCoverage.of(demands, fullyServed, demanded, served);
  }

  @Value.Check
  void check() {
    if (fullyServed() >= 0 && fullyServed() <= demands() && served() >= 0
        && served() <= demanded()) {
      return; // every result builds one per category, urgency and community: no messages here
    }
    Violations.of("Coverage")
        .check(demands() >= 0, "demands", demands(), Messages.NOT_NEGATIVE)
        .check(fullyServed() >= 0, "fullyServed", fullyServed(), Messages.NOT_NEGATIVE)
        .check(fullyServed() <= demands(), "fullyServed", fullyServed(),
            Messages.f(Messages.SERVED_ABOVE, "demands", demands()))
        .check(demanded() >= 0, "demanded", demanded(), Messages.NOT_NEGATIVE)
        .check(served() >= 0, "served", served(), Messages.NOT_NEGATIVE)
        .check(served() <= demanded(), "served", served(),
            Messages.f(Messages.SERVED_ABOVE, "demanded", demanded()))
        .throwIfAny();
  }
}
