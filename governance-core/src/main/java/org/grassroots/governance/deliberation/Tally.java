package org.grassroots.governance.deliberation;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The votes of a meeting (表决结果): in favour (同意), against (反对) and abstaining (弃权).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Tally t = Tally.of(15, 3, 2);
 * t.cast(); // 20
 * }</pre>
 */
@Value.Immutable
public abstract class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  Tally() {}

  /** Votes in favour (同意). */
  public abstract int inFavour();

  /** Votes against (反对). */
  public abstract int against();

  /** Abstentions (弃权). */
  public abstract int abstaining();

  /**
   * The tally.
   *
   * @param inFavour votes in favour, not negative
   * @param against votes against, not negative
   * @param abstaining abstentions, not negative
   * @return the tally
   * @throws org.grassroots.governance.validation.InvalidValueException if a count is negative
   */
  public static Tally of(int inFavour, int against, int abstaining) {
    return ImmutableTally.builder().inFavour(inFavour).against(against).abstaining(abstaining).build();
  }

  /**
   * All votes cast.
   *
   * @return in favour + against + abstaining
   */
  public int cast() {
    return inFavour() + against() + abstaining();
  }

  /** Returns e.g. {@code 15 for, 3 against, 2 abstaining}. */
  @Override
  public String toString() {
    return inFavour() + " for, " + against() + " against, " + abstaining() + " abstaining";
  }

  @Value.Check
  void check() {
    Violations.of("Tally")
        .check(inFavour() >= 0, "inFavour", inFavour(), Messages.NON_NEGATIVE)
        .check(against() >= 0, "against", against(), Messages.NON_NEGATIVE)
        .check(abstaining() >= 0, "abstaining", abstaining(), Messages.NON_NEGATIVE)
        .throwIfAny();
  }
}
