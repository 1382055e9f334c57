package org.grassroots.governance.deliberation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of a matter's history (议事记录): a {@link Meeting}, a {@link Publication}, a
 * {@link Withdrawal} or a {@link SendBack}. No other kinds exist.
 *
 * <pre>{@code
 * for (MatterEvent e : matter.history()) {
 *   System.out.println(e.date() + " " + e.step().map(Step::chinese).orElse("-"));
 * }
 * }</pre>
 */
public abstract class MatterEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  MatterEvent() {}

  /**
   * The date of the event.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The step this event performs, for meetings and publications.
   *
   * @return the step, or empty for a withdrawal or send-back
   */
  public abstract Optional<Step> step();
}
