package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One matter on a community's access list (准入事项): its id, title, legal basis and the period in
 * which it is admitted. Immutable and thread-safe.
 *
 * <pre>{@code
 * AccessEntry e = AccessEntry.of(TaskId.of("T-12"), "人口普查入户登记")
 *     .withBasis("《全国人口普查条例》");
 * }</pre>
 */
@Value.Immutable
public abstract class AccessEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  AccessEntry() {}

  /**
   * The matter's id.
   *
   * @return the id
   */
  public abstract TaskId task();

  /**
   * The matter's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The legal or policy basis (依据).
   *
   * @return the basis, or empty
   */
  public abstract Optional<String> basis();

  /**
   * The first day the matter is admitted.
   *
   * @return the date, or empty for "always"
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * The last day the matter is admitted.
   *
   * @return the date, or empty for "until further notice"
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * An entry admitted without time limit.
   *
   * @param task the id
   * @param title the title
   * @return the entry
   */
  public static AccessEntry of(TaskId task, String title) {
    return builder().task(task).title(title).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutableAccessEntry.Builder {
    Builder() {}
  }

  /**
   * A copy with a basis.
   *
   * @param basis the basis
   * @return the copy
   */
  public AccessEntry withBasis(String basis) {
    return ImmutableAccessEntry.copyOf(this).withBasis(basis);
  }

  /**
   * A copy admitted from the given day.
   *
   * @param from the first day
   * @return the copy
   */
  public AccessEntry withValidFrom(LocalDate from) {
    return ImmutableAccessEntry.copyOf(this).withValidFrom(from);
  }

  /**
   * A copy admitted until the given day.
   *
   * @param until the last day
   * @return the copy
   */
  public AccessEntry withValidUntil(LocalDate until) {
    return ImmutableAccessEntry.copyOf(this).withValidUntil(until);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("AccessEntry").require("task", task()).require("title", title());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!title().isBlank(), "title", title(), Messages.BLANK);
    if (validFrom().isPresent() && validUntil().isPresent()) {
      v.check(
          !validUntil().get().isBefore(validFrom().get()),
          "validUntil",
          validUntil().get(),
          f(Messages.VALID_UNTIL_BEFORE_FROM, validFrom().get()));
    }
    v.throwIfAny();
  }
}
