package org.grassroots.governance.structure;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
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
