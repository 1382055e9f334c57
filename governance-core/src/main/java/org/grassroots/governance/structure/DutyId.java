package org.grassroots.governance.structure;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * The id of a duty on a responsibility list (责任事项编号). Trimmed text, non-blank, at most 128
 * characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * DutyId id = DutyId.of("D-07");
 * }</pre>
 */
@Value.Immutable
public abstract class DutyId implements Serializable, Comparable<DutyId> {
  private static final long serialVersionUID = 1L;

  DutyId() {}

  /**
   * The id text.
   *
   * @return the trimmed text
   */
  @Value.Parameter
  public abstract String value();

  /**
   * The id with the given text, trimmed.
   *
   * @param text the text
   * @return the id
   * @throws org.grassroots.governance.validation.InvalidValueException if blank or too long
   */
  public static DutyId of(CharSequence text) {
    return ImmutableDutyId.of(java.util.Objects.requireNonNull(text, "text").toString().strip());
  }

  @Value.Check
  void check() {
    LocalIds.check("DutyId", "dutyId", value());
  }

  @Override
  public int compareTo(DutyId o) {
    return value().compareTo(o.value());
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value();
  }
}
