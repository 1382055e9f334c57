package org.grassroots.governance.structure;

/**
 * The outcome of checking one rule on one subject (核查结果).
 *
 * <pre>{@code
 * finding.outcome() == Outcome.NOT_MET
 * }</pre>
 */
public enum Outcome {
  /** The rule is met. */
  MET,
  /** The rule is not met. */
  NOT_MET,
  /** The data cannot tell, e.g. memberships whose end was never recorded decide it. */
  UNDETERMINED
}
