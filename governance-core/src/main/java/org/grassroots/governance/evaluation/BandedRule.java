package org.grassroots.governance.evaluation;

import java.util.List;
import java.util.stream.Collectors;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Banded (分档计分): made by {@link ScoringRule#banded(Band...)}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ScoringRule.banded(Band.of(0.7, 0.5), Band.of(0.9, 1)).fraction(0.8); // 0.5
 * }</pre>
 */
@Value.Immutable
abstract class BandedRule extends ScoringRule {
  private static final long serialVersionUID = 1L;

  abstract List<Band> bands();

  @Override
  public double fraction(double measure) {
    double f = 0;
    for (Band b : bands()) {
      if (measure >= b.lowerBound()) {
        f = b.fraction();
      } else {
        break;
      }
    }
    return f;
  }

  /** The lowest bound that earns the highest fraction. */
  @Override
  public double target() {
    Band best = bands().get(0);
    for (Band b : bands()) {
      if (b.fraction() > best.fraction()) {
        best = b;
      }
    }
    return best.lowerBound();
  }

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").banded(bands());
  }

  @Override
  public String describe() {
    return "bands " + bands().stream().map(Band::toString).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return super.toString();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ScoringRule");
    v.check(!bands().isEmpty(), "bands", "[]", Messages.NO_BANDS);
    for (int i = 1; i < bands().size(); i++) {
      double prev = bands().get(i - 1).lowerBound();
      double cur = bands().get(i).lowerBound();
      v.check(cur > prev, "bands[" + i + "].lowerBound", cur,
          Messages.f(Messages.BANDS_ASCENDING, number(cur), number(prev)));
    }
    v.throwIfAny();
  }
}
