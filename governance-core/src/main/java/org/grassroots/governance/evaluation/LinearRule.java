package org.grassroots.governance.evaluation;

import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Linear to target (按比例计分): made by {@link ScoringRule#linear(double, double)}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ScoringRule.linear(0, 1).fraction(0.8); // 0.8
 * }</pre>
 */
@Value.Immutable
abstract class LinearRule extends ScoringRule {
  private static final long serialVersionUID = 1L;

  abstract double floor();

  @Override
  public abstract double target();

  @Override
  public double fraction(double measure) {
    double f = (measure - floor()) / (target() - floor());
    return f >= 1 ? 1 : f > 0 ? f : 0;
  }

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").linear(floor(), target());
  }

  @Override
  public String describe() {
    return "linear " + number(floor()) + " -> " + number(target());
  }

  @Override
  public String toString() {
    return super.toString();
  }

  @Value.Check
  void check() {
    Violations.of("ScoringRule")
        .check(Double.isFinite(floor()), "floor", floor(), Messages.FINITE)
        .check(Double.isFinite(target()), "target", target(), Messages.FINITE)
        .check(Double.compare(floor(), target()) != 0, "target", target(),
            Messages.f(Messages.FLOOR_EQUALS_TARGET, number(floor()), number(target())))
        .throwIfAny();
  }
}
