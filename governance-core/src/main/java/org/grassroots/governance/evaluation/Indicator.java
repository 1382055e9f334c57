package org.grassroots.governance.evaluation;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One quantifiable indicator (考核指标): the measure it reads, its unit, its scoring rule (which
 * holds the target) and its weight within its section.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Indicator legal = Indicator.builder()
 *     .id(IndicatorId.of("management.legalAdviser"))
 *     .section(Section.MANAGEMENT)
 *     .name("一社区一法律顾问")
 *     .measure(MeasureId.of("caller.legalAdvisers"))
 *     .unit("人")
 *     .rule(ScoringRule.atLeast(1))
 *     .weight(0.2)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Indicator implements Serializable {
  private static final long serialVersionUID = 1L;

  Indicator() {}

  /** The id, unique in its system. */
  public abstract IndicatorId id();

  /** The section. */
  public abstract Section section();

  /** The name, e.g. {@code 网格党支部覆盖率}. */
  public abstract String name();

  /** The measure it scores. */
  public abstract MeasureId measure();

  /** The unit of the measure, e.g. {@code 比例}, {@code 人}, {@code 小时/人}. */
  public abstract String unit();

  /** The scoring rule, with the target. */
  public abstract ScoringRule rule();

  /** The weight within the section, positive; the system checks that a section's weights sum to 1. */
  public abstract double weight();

  /** Where the indicator comes from (policy text, seed article), if recorded. */
  public abstract Optional<String> source();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * The target: the value from which the full points are earned.
   *
   * @return {@code rule().target()}
   */
  public double target() {
    return rule().target();
  }

  /**
   * This indicator with another weight.
   *
   * @param weight positive
   * @return the modified indicator
   */
  public Indicator withWeight(double weight) {
    return ImmutableIndicator.copyOf(this).withWeight(weight);
  }

  /**
   * This indicator with another scoring rule (and so another target).
   *
   * @param rule the rule
   * @return the modified indicator
   */
  public Indicator withRule(ScoringRule rule) {
    return ImmutableIndicator.copyOf(this).withRule(rule);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Indicator")
        .require("id", id())
        .require("section", section())
        .require("name", name())
        .require("measure", measure())
        .require("unit", unit())
        .require("rule", rule())
        .check(Double.isFinite(weight()) && weight() > 0, "weight", weight(), Messages.POSITIVE_WEIGHT);
    if (name() != null) {
      v.check(!name().isBlank(), "name", name(), Messages.BLANK);
    }
    v.throwIfAny();
  }
}
