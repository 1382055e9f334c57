package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableList;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A scalar value (an identifier) that could not be read; carries the rule and the (already
 * masked) rejected value so that the reader can report them at the value's JSON pointer. Jackson
 * adds the path as the exception travels up.
 */
final class ValueProblemException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Violation> violations;

  private ValueProblemException(
      @Nullable JsonParser p, String message, ImmutableList<Violation> violations) {
    super(p, message);
    this.violations = violations;
  }

  /** The value at the current position broke the rules its factory checks. */
  static ValueProblemException of(@Nullable JsonParser p, InvalidValueException e) {
    ImmutableList.Builder<Violation> b = ImmutableList.builder();
    for (Violation v : e.violations()) {
      // the violation path of a scalar names a position inside the text, not a JSON property
      String rule = v.path().isEmpty() ? v.rule() : v.path() + ": " + v.rule();
      b.add(Violation.of("", v.rejectedValue(), rule));
    }
    return new ValueProblemException(p, "Invalid " + e.valueType(), b.build());
  }

  /** The value at the current position broke one rule. */
  static ValueProblemException of(@Nullable JsonParser p, @Nullable String rejected, String rule) {
    return new ValueProblemException(p, rule, ImmutableList.of(Violation.of("", rejected, rule)));
  }

  /** The violations, with empty paths (the value itself). */
  ImmutableList<Violation> violations() {
    return violations;
  }
}
