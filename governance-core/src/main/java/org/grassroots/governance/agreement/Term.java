package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The term of an agreement (协议期限): first and last day, both inclusive; it ends after it
 * starts. Immutable and thread-safe.
 *
 * <pre>{@code
 * Term t = Term.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
 * t.contains(LocalDate.of(2021, 6, 1)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Term implements Serializable {
  private static final long serialVersionUID = 1L;

  Term() {}

  /**
   * The first day.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The last day (inclusive).
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * A term.
   *
   * @param start the first day
   * @param end the last day, after {@code start}
   * @return the term
   * @throws org.grassroots.governance.validation.InvalidValueException if end is not after start
   */
  public static Term of(LocalDate start, LocalDate end) {
    return ImmutableTerm.of(start, end);
  }

  /**
   * Whether the day lies in the term.
   *
   * @param date the day
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
  public Term withEnd(LocalDate end) {
    return ImmutableTerm.copyOf(this).withEnd(end);
  }

  /**
   * A copy with another start.
   *
   * @param start the first day
   * @return the copy
   */
  public Term withStart(LocalDate start) {
    return ImmutableTerm.copyOf(this).withStart(start);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Term").require("start", start()).require("end", end());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(end().isAfter(start()), "end", end(), f(Messages.TERM_END, start())).throwIfAny();
  }

  /** Returns {@code start..end}. */
  @Override
  public String toString() {
    return start() + ".." + end();
  }
}
