package org.grassroots.governance.agreement;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * The id of a commitment in a co-building agreement (承诺事项编号). Trimmed text, non-blank, at most 128
 * characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * CommitmentId id = CommitmentId.of("C-1");
 * }</pre>
 */
@Value.Immutable
public abstract class CommitmentId implements Serializable, Comparable<CommitmentId> {
  private static final long serialVersionUID = 1L;

  CommitmentId() {}

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
  public static CommitmentId of(CharSequence text) {
    return ImmutableCommitmentId.of(java.util.Objects.requireNonNull(text, "text").toString().strip());
  }

  @Value.Check
  void check() {
    IdText.check("CommitmentId", "commitmentId", value());
  }

  @Override
  public int compareTo(CommitmentId o) {
    return value().compareTo(o.value());
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value();
  }
}
