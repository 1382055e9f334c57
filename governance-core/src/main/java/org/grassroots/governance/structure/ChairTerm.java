package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One turn of a rotating chair (轮值书记): who chairs, from which day to which day (inclusive).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ChairTerm t = ChairTerm.of(PersonId.of("P-7"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
 * }</pre>
 */
@Value.Immutable
public abstract class ChairTerm implements Serializable {
  private static final long serialVersionUID = 1L;

  ChairTerm() {}

  /**
   * The chair of this turn.
   *
   * @return the person
   */
  @Value.Parameter
  public abstract PersonId chair();

  /**
   * The first day of the turn.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The last day of the turn (inclusive).
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * A turn.
   *
   * @param chair the chair
   * @param start the first day
   * @param end the last day
   * @return the turn
   * @throws org.grassroots.governance.validation.InvalidValueException if end is before start
   */
  public static ChairTerm of(PersonId chair, LocalDate start, LocalDate end) {
    return ImmutableChairTerm.of(chair, start, end);
  }

  /**
   * Whether the turn includes the date.
   *
   * @param date the date
   * @return {@code true} if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * A copy with another end.
   *
   * @param end the last day
   * @return the copy
   */
  public ChairTerm withEnd(LocalDate end) {
    return ImmutableChairTerm.copyOf(this).withEnd(end);
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("ChairTerm").require("chair", chair()).require("start", start())
            .require("end", end());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!end().isBefore(start()), "end", end(), f(Messages.END_BEFORE_START, start()))
        .throwIfAny();
  }
}
