package org.grassroots.governance.matching;

import static org.grassroots.governance.matching.Messages.f;

import java.io.Serializable;
import java.time.Instant;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A half-open time interval {@code [start, end)} (时间窗): when a demand must be served or when a
 * resource is available.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimeWindow w = TimeWindow.of(Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T12:00:00Z"));
 * w.overlaps(other);
 * }</pre>
 */
@Value.Immutable
public abstract class TimeWindow implements Serializable {
  private static final long serialVersionUID = 1L;

  TimeWindow() {}

  /** The first instant of the window. */
  @Value.Parameter
  public abstract Instant start();

  /** The first instant after the window. */
  @Value.Parameter
  public abstract Instant end();

  /**
   * The window {@code [start, end)}.
   *
   * @param start the first instant
   * @param end the first instant after, after {@code start}
   * @return the window
   * @throws org.grassroots.governance.validation.InvalidValueException if {@code end} is not
   *     after {@code start}
   */
  public static TimeWindow of(Instant start, Instant end) {
    return ImmutableTimeWindow.of(start, end);
  }

  /**
   * Whether the two windows share an instant.
   *
   * @param other the other window
   * @return {@code true} if they overlap
   */
  public boolean overlaps(TimeWindow other) {
    return start().isBefore(other.end()) && other.start().isBefore(end());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("TimeWindow").require("start", start()).require("end", end());
    if (v.isEmpty()) {
      v.check(end().isAfter(start()), "end", end(), f(Messages.WINDOW_ORDER, start()));
    }
    v.throwIfAny();
  }
}
