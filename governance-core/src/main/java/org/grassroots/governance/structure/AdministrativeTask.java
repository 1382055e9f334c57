package org.grassroots.governance.structure;

import java.io.Serializable;
import java.time.LocalDate;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * An administrative task a department pushes down to a community (下派事项), to be checked
 * against the community's {@link AccessList}. Immutable and thread-safe.
 *
 * <pre>{@code
 * AdministrativeTask t = AdministrativeTask.of(TaskId.of("T-12"), "人口普查入户登记", "区统计局",
 *     LocalDate.of(2024, 3, 1));
 * }</pre>
 */
@Value.Immutable
public abstract class AdministrativeTask implements Serializable {
  private static final long serialVersionUID = 1L;

  AdministrativeTask() {}

  /**
   * The matter's id, as the access list knows it.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract TaskId task();

  /**
   * What is asked.
   *
   * @return the title
   */
  @Value.Parameter
  public abstract String title();

  /**
   * The department that pushes it down, as named by the caller.
   *
   * @return the department's name
   */
  @Value.Parameter
  public abstract String issuedBy();

  /**
   * The day it is pushed down.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate pushedOn();

  /**
   * A task.
   *
   * @param task the matter's id
   * @param title what is asked
   * @param issuedBy the issuing department
   * @param pushedOn the day
   * @return the task
   */
  public static AdministrativeTask of(
      TaskId task, String title, String issuedBy, LocalDate pushedOn) {
    return ImmutableAdministrativeTask.of(task, title, issuedBy, pushedOn);
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("AdministrativeTask").require("task", task()).require("title", title())
            .require("issuedBy", issuedBy()).require("pushedOn", pushedOn());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!title().isBlank(), "title", title(), Messages.BLANK)
        .check(!issuedBy().isBlank(), "issuedBy", issuedBy(), Messages.BLANK)
        .throwIfAny();
  }
}
