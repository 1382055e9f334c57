package org.grassroots.governance.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A value could not be made because it would break its invariants; the one unchecked exception
 * family of this library for invalid values.
 *
 * <p>It carries every {@link Violation} found, not just the first: a builder reports all of its
 * problems at once. The message lists them, one per line, each with its path, the rule and the
 * rejected value (masked when it is personal data); it never contains a stack trace.
 *
 * <pre>{@code
 * try {
 *   CitizenIdNumber.parse("110105194912310021");
 * } catch (InvalidValueException e) {
 *   e.violations().get(0).path(); // "citizenIdNumber[17]"
 * }
 * }</pre>
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String valueType;
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception for a value of the named type.
   *
   * @param valueType the simple name of the type that could not be made, e.g. {@code DivisionCode}
   * @param violations every violation found; at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidValueException(String valueType, List<Violation> violations) {
    super(message(requireNonNull(valueType, "valueType"), requireNonNull(violations, "violations")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations: an InvalidValueException needs at least one");
    }
    this.valueType = valueType;
    this.violations = ImmutableList.copyOf(violations);
  }

  private static String message(String valueType, List<Violation> violations) {
    if (violations.size() == 1) {
      return "Invalid " + valueType + ": " + violations.get(0);
    }
    StringBuilder sb = new StringBuilder("Invalid ")
        .append(valueType)
        .append(": ")
        .append(violations.size())
        .append(" violations");
    for (Violation v : violations) {
      sb.append("\n  - ").append(v);
    }
    return sb.toString();
  }

  /**
   * The message: every violation with its path, rule and rejected value. Never {@code null}.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? "" : message;
  }

  /**
   * The simple name of the type that could not be made.
   *
   * @return e.g. {@code CoBuildingAgreement}
   */
  public String valueType() {
    return valueType;
  }

  /**
   * Every violation found, in the order they were found.
   *
   * @return at least one violation
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
