package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A community's access list (社区工作准入清单): the administrative matters a department may push
 * down to it. {@link #decide(AdministrativeTask)} accepts a listed matter and refuses any other
 * with the reason, as a value. Immutable and thread-safe.
 *
 * <pre>{@code
 * AccessList list = AccessList.of(List.of(AccessEntry.of(TaskId.of("T-12"), "人口普查入户登记")));
 * list.decide(task).isAccepted();
 * }</pre>
 */
@Value.Immutable
public abstract class AccessList implements Serializable {
  private static final long serialVersionUID = 1L;

  AccessList() {}

  /**
   * The admitted matters, ids distinct.
   *
   * @return the entries
   */
  @Value.Parameter
  public abstract List<AccessEntry> entries();

  /**
   * An access list.
   *
   * @param entries the entries
   * @return the list
   * @throws org.grassroots.governance.validation.InvalidValueException if two entries share an
   *     id
   */
  public static AccessList of(List<AccessEntry> entries) {
    return ImmutableAccessList.of(entries);
  }

  /**
   * The empty list, which refuses every task.
   *
   * @return the list
   */
  public static AccessList empty() {
    return of(List.of());
  }

  /**
   * A copy with one more entry.
   *
   * @param entry the entry
   * @return the copy
   */
  public AccessList withEntry(AccessEntry entry) {
    return ImmutableAccessList.builder().from(this).addEntries(entry).build();
  }

  /**
   * A copy with these entries.
   *
   * @param entries the entries
   * @return the copy
   */
  public AccessList withEntries(List<AccessEntry> entries) {
    return ImmutableAccessList.of(entries);
  }

  /**
   * The entry of a matter.
   *
   * @param task the matter's id
   * @return the entry, or empty
   */
  public Optional<AccessEntry> find(TaskId task) {
    return entries().stream().filter(e -> e.task().equals(task)).findFirst();
  }

  /**
   * Decides whether a task pushed down is accepted (准入) or refused, and why.
   *
   * @param task the task
   * @return {@code Accepted} with the admitting entry, or {@code Refused} with the reason
   */
  public AccessDecision decide(AdministrativeTask task) {
    java.util.Objects.requireNonNull(task, "task");
    Optional<AccessEntry> found = find(task.task());
    if (found.isEmpty()) {
      return new AccessDecision.Refused(
          task,
          AccessDecision.Reason.NOT_LISTED,
          f(Messages.REFUSED_NOT_LISTED, task.task(), task.title()));
    }
    AccessEntry e = found.get();
    LocalDate on = task.pushedOn();
    if (e.validFrom().isPresent() && on.isBefore(e.validFrom().get())) {
      return new AccessDecision.Refused(
          task,
          AccessDecision.Reason.NOT_YET_ADMITTED,
          f(Messages.REFUSED_NOT_YET, task.task(), e.validFrom().get(), on));
    }
    if (e.validUntil().isPresent() && on.isAfter(e.validUntil().get())) {
      return new AccessDecision.Refused(
          task,
          AccessDecision.Reason.NO_LONGER_ADMITTED,
          f(Messages.REFUSED_EXPIRED, task.task(), e.validUntil().get(), on));
    }
    return new AccessDecision.Accepted(task, e);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("AccessList");
    Set<TaskId> seen = new HashSet<>();
    for (int i = 0; i < entries().size(); i++) {
      TaskId id = entries().get(i).task();
      v.check(seen.add(id), "entries[" + i + "].task", id, f(Messages.DUPLICATE_ID, id));
    }
    v.throwIfAny();
  }
}
