package org.grassroots.governance.evaluation;

import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Threshold (达标计分): made by {@link ScoringRule#atLeast(double)} or {@link ScoringRule#atMost(double)}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ScoringRule.atLeast(6).fraction(6); // 1.0
 * }</pre>
 */
@Value.Immutable
abstract class ThresholdRule extends ScoringRule {
  private static final long serialVersionUID = 1L;

  @Override
  public abstract double target();

  abstract boolean atMost();

  @Override
  public double fraction(double measure) {
    boolean met = atMost() ? measure <= target() : measure >= target();
    return met ? 1 : 0;
  }

  @Override
  public <R> R match(Cases<R> cases) {
    java.util.Objects.requireNonNull(cases, "cases");
    return atMost() ? cases.atMost(target()) : cases.atLeast(target());
  }

  @Override
  public String describe() {
    return (atMost() ? "at most " : "at least ") + number(target());
  }

  @Override
  public String toString() {
    return super.toString();
  }

  @Value.Check
  void check() {
    Violations.of("ScoringRule")
        .check(Double.isFinite(target()), "target", target(), Messages.FINITE)
        .throwIfAny();
  }
}
