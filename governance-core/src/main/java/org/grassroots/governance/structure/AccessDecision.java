package org.grassroots.governance.structure;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The answer of an {@link AccessList} to a task pushed down to a community: {@link Accepted} or
 * {@link Refused} with the reason (职能归位). A value, never an exception.
 *
 * <pre>{@code
 * AccessDecision d = accessList.decide(task);
 * if (d instanceof AccessDecision.Refused) {
 *   String why = ((AccessDecision.Refused) d).message();
 * }
 * }</pre>
 */
public abstract class AccessDecision implements Serializable {
  private static final long serialVersionUID = 1L;

  AccessDecision() {}

  /**
   * Whether the task was accepted.
   *
   * @return {@code true} for {@link Accepted}
   */
  public abstract boolean isAccepted();

  /**
   * The task decided on.
   *
   * @return the task
   */
  public abstract AdministrativeTask task();

  /**
   * An acceptance, e.g. read back from a report; {@link AccessList#decide} makes it.
   *
   * <pre>{@code
   * AccessDecision d = AccessDecision.accepted(task, AccessEntry.of(task.task(), "人口普查"));
   * }</pre>
   *
   * @param task the task
   * @param entry the entry that admits it: for the same task id, valid on the day it was pushed
   * @return the decision
   * @throws org.grassroots.governance.validation.InvalidValueException if the entry is for another
   *     task ({@code entry.task}) or does not admit it on that day ({@code entry})
   */
  public static AccessDecision accepted(AdministrativeTask task, AccessEntry entry) {
    requireNonNull(task, "task");
    requireNonNull(entry, "entry");
    LocalDate on = task.pushedOn();
    boolean admits = (entry.validFrom().isEmpty() || !on.isBefore(entry.validFrom().get()))
        && (entry.validUntil().isEmpty() || !on.isAfter(entry.validUntil().get()));
    Violations.of("AccessDecision")
        .check(entry.task().equals(task.task()), "entry.task", entry.task(),
            Messages.f(Messages.DECISION_OTHER_TASK, entry.task(), task.task()))
        .check(admits, "entry", entry.task(), Messages.f(Messages.DECISION_NOT_ADMITTED,
            entry.validFrom().map(Object::toString).orElse(""),
            entry.validUntil().map(Object::toString).orElse(""), on))
        .throwIfAny();
    return new Accepted(task, entry);
  }

  /**
   * A refusal, e.g. read back from a report; {@link AccessList#decide} makes it.
   *
   * <pre>{@code
   * AccessDecision d = AccessDecision.refused(task, Reason.NOT_LISTED, "not on the access list");
   * }</pre>
   *
   * @param task the task
   * @param reason why
   * @param message the reason in words, not blank
   * @return the decision
   * @throws org.grassroots.governance.validation.InvalidValueException if the message is blank
   */
  public static AccessDecision refused(AdministrativeTask task, Reason reason, String message) {
    requireNonNull(task, "task");
    requireNonNull(reason, "reason");
    requireNonNull(message, "message");
    Violations.of("AccessDecision")
        .check(!message.isBlank(), "message", message, Messages.DECISION_REASON_WORDS)
        .throwIfAny();
    return new Refused(task, reason, message);
  }

  /** Why a task was refused. */
  public enum Reason {
    /** The matter is not on the access list. */
    NOT_LISTED,
    /** The matter is listed, but only from a later day. */
    NOT_YET_ADMITTED,
    /** The matter was listed, but only until an earlier day. */
    NO_LONGER_ADMITTED
  }

  /** The task is on the access list and is accepted. Immutable. */
  public static final class Accepted extends AccessDecision {
    private static final long serialVersionUID = 1L;
    private final AdministrativeTask task;
    private final AccessEntry entry;

    Accepted(AdministrativeTask task, AccessEntry entry) {
      this.task = requireNonNull(task, "task");
      this.entry = requireNonNull(entry, "entry");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public AdministrativeTask task() {
      return task;
    }

    /**
     * The entry that admits the task.
     *
     * @return the entry
     */
    public AccessEntry entry() {
      return entry;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Accepted && ((Accepted) o).task.equals(task)
          && ((Accepted) o).entry.equals(entry);
    }

    @Override
    public int hashCode() {
      return Objects.hash(task, entry);
    }

    @Override
    public String toString() {
      return "Accepted{" + task.task() + "}";
    }
  }

  /** The task is refused, with the reason. Immutable. */
  public static final class Refused extends AccessDecision {
    private static final long serialVersionUID = 1L;
    private final AdministrativeTask task;
    private final Reason reason;
    private final String message;

    Refused(AdministrativeTask task, Reason reason, String message) {
      this.task = requireNonNull(task, "task");
      this.reason = requireNonNull(reason, "reason");
      this.message = requireNonNull(message, "message");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public AdministrativeTask task() {
      return task;
    }

    /**
     * Why it was refused.
     *
     * @return the reason
     */
    public Reason reason() {
      return reason;
    }

    /**
     * The reason in words, naming the task and what to do.
     *
     * @return the message
     */
    public String message() {
      return message;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Refused && ((Refused) o).task.equals(task)
          && ((Refused) o).reason == reason;
    }

    @Override
    public int hashCode() {
      return Objects.hash(task, reason);
    }

    @Override
    public String toString() {
      return "Refused{" + reason + ": " + message + "}";
    }
  }
}
