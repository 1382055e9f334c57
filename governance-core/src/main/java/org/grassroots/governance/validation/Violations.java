package org.grassroots.governance.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of one value under construction, so that all of them are reported at
 * once, then throws a single {@link InvalidValueException} if there are any.
 *
 * <p>Use one per construction, inside the type's single check method; not thread-safe.
 *
 * <pre>{@code
 * Violations.of("CoBuildingAgreement")
 *     .require("id", id())
 *     .check(end().isAfter(start()), "term.end", end(), "must be after term.start " + start())
 *     .throwIfAny();
 * }</pre>
 */
public final class Violations {
  private final String valueType;
  private final List<Violation> found = new ArrayList<>();

  private Violations(String valueType) {
    this.valueType = valueType;
  }

  /**
   * Starts collecting violations for a value of the named type.
   *
   * @param valueType the simple name of the type, used in the exception message
   * @return an empty collector
   */
  public static Violations of(String valueType) {
    return new Violations(requireNonNull(valueType, "valueType"));
  }

  /**
   * Records a violation unless {@code ok}.
   *
   * @param ok whether the rule holds
   * @param path where
   * @param value the value checked
   * @param rule the rule
   * @return this collector
   */
  public Violations check(boolean ok, String path, @Nullable Object value, String rule) {
    if (!ok) {
      found.add(Violation.of(path, value, rule));
    }
    return this;
  }

  /**
   * Records a violation unless {@code ok}, masking the value as personal data.
   *
   * @param ok whether the rule holds
   * @param path where
   * @param value the personal value checked
   * @param rule the rule
   * @return this collector
   */
  public Violations checkPersonal(
      boolean ok, String path, @Nullable CharSequence value, String rule) {
    if (!ok) {
      found.add(Violation.ofPersonal(path, value, rule));
    }
    return this;
  }

  /**
   * Records a "must be present" violation if {@code value} is {@code null} (a builder attribute
   * that was never set).
   *
   * @param path where
   * @param value the value, possibly {@code null}
   * @return this collector
   */
  public Violations require(String path, @Nullable Object value) {
    if (value == null) {
      found.add(Violation.of(path, null, "is required"));
    }
    return this;
  }

  /**
   * Records a violation.
   *
   * @param violation the violation
   * @return this collector
   */
  public Violations add(Violation violation) {
    found.add(requireNonNull(violation, "violation"));
    return this;
  }

  /**
   * Records the violations of a nested value, seen from this one.
   *
   * @param prefix the path of the nested value, e.g. {@code commitments[2]}
   * @param nested the nested value's exception
   * @return this collector
   */
  public Violations addAll(String prefix, InvalidValueException nested) {
    for (Violation v : nested.violations()) {
      found.add(v.under(prefix));
    }
    return this;
  }

  /**
   * Makes a nested value, recording its violations under {@code prefix} instead of throwing.
   *
   * @param prefix the path of the nested value
   * @param factory makes the nested value, and may throw {@link InvalidValueException}
   * @param <T> the nested value's type
   * @return the nested value, or {@code null} if it was invalid (its violations are recorded)
   */
  public <T> @Nullable T nested(String prefix, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      addAll(prefix, e);
      return null;
    }
  }

  /**
   * Whether no violation has been recorded.
   *
   * @return {@code true} if the value is valid so far
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * The violations recorded so far.
   *
   * @return an immutable copy
   */
  public ImmutableList<Violation> list() {
    return ImmutableList.copyOf(found);
  }

  /**
   * Throws one exception carrying every violation recorded, if there are any.
   *
   * @throws InvalidValueException if any violation was recorded
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidValueException(valueType, found);
    }
  }
}
