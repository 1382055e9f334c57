package org.grassroots.governance.structure;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * The id of an administrative task (matter) on an access list (事项编号). Trimmed text, non-blank, at most 128
 * characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * TaskId id = TaskId.of("T-12");
 * }</pre>
 */
@Value.Immutable
public abstract class TaskId implements Serializable, Comparable<TaskId> {
  private static final long serialVersionUID = 1L;

  TaskId() {}

  /**
   * The id text.
   *
   * @return the trimmed text
   */
  @Value.Parameter
  public abstract String value();

  /**
   * The id with the given text, trimmed.
   *
   * @param text the text
   * @return the id
   * @throws org.grassroots.governance.validation.InvalidValueException if blank or too long
   */
  public static TaskId of(CharSequence text) {
    return ImmutableTaskId.of(java.util.Objects.requireNonNull(text, "text").toString().strip());
  }

  @Value.Check
  void check() {
    LocalIds.check("TaskId", "taskId", value());
  }

  @Override
  public int compareTo(TaskId o) {
    return value().compareTo(o.value());
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value();
  }
}
