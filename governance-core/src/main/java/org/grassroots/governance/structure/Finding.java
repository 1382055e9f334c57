package org.grassroots.governance.structure;

import java.io.Serializable;
import java.math.BigDecimal;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The result of checking one rule (a regional norm, an agreement obligation) on one subject:
 * the rule, the subject, the outcome, the measured value, what was expected and a sentence
 * saying so (核查结论). A value, never an exception. Immutable and thread-safe.
 *
 * <pre>{@code
 * Finding f = Finding.of("community-workers-at-least-6", "community 420204004005",
 *     Outcome.NOT_MET, BigDecimal.valueOf(4), "at least 6", "4 community workers in post");
 * }</pre>
 */
@Value.Immutable
public abstract class Finding implements Serializable {
  private static final long serialVersionUID = 1L;

  Finding() {}

  /**
   * The rule's name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * What was checked, e.g. {@code community 420204004005} or {@code grid 4202040040050001}.
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract String subject();

  /**
   * Met, not met or undetermined.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * The measured value, e.g. the number of community workers in post.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract BigDecimal measured();

  /**
   * What the rule expects, in words, e.g. {@code at least 6}.
   *
   * @return the expectation
   */
  @Value.Parameter
  public abstract String expected();

  /**
   * One sentence stating the finding.
   *
   * @return the detail
   */
  @Value.Parameter
  public abstract String detail();

  /**
   * A finding.
   *
   * @param rule the rule's name
   * @param subject what was checked
   * @param outcome the outcome
   * @param measured the measured value
   * @param expected what the rule expects
   * @param detail one sentence
   * @return the finding
   */
  public static Finding of(String rule, String subject, Outcome outcome, BigDecimal measured,
      String expected, String detail) {
    return ImmutableFinding.of(rule, subject, outcome, measured, expected, detail);
  }

  /**
   * Whether the rule is met.
   *
   * @return {@code outcome() == MET}
   */
  public boolean isMet() {
    return outcome() == Outcome.MET;
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Finding").require("rule", rule()).require("subject", subject())
        .require("outcome", outcome()).require("measured", measured())
        .require("expected", expected()).require("detail", detail());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!rule().isBlank(), "rule", rule(), Messages.BLANK)
        .check(!subject().isBlank(), "subject", subject(), Messages.BLANK)
        .throwIfAny();
  }

  /** Returns {@code [OUTCOME] rule @ subject: detail}. */
  @Override
  public String toString() {
    return "[" + outcome() + "] " + rule() + " @ " + subject() + ": " + detail();
  }
}
