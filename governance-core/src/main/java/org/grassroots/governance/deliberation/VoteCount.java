package org.grassroots.governance.deliberation;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * The count of one meeting (计票): members, present, votes, and the quorum and majority needed
 * under the body's rule for the matter's kind.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VoteCount c = meeting.count(MatterKind.RESIDENTS_CONVENTION);
 * if (!c.passed()) System.out.println(c.tally().inFavour() + " of " + c.votesNeeded() + " needed");
 * }</pre>
 */
@Value.Immutable
public abstract class VoteCount implements Serializable {
  private static final long serialVersionUID = 1L;

  VoteCount() {}

  /** The body's members. */
  public abstract int members();

  /** Those present. */
  public abstract int present();

  /** The votes. */
  public abstract Tally tally();

  /** The quorum rule applied. */
  public abstract Threshold quorum();

  /** The smallest number present that meets the quorum. */
  public abstract int quorumNeeded();

  /** The majority rule applied (simple or qualified). */
  public abstract Threshold majority();

  /** What the majority is counted against. */
  public abstract MajorityBase majorityBase();

  /** The smallest number in favour that passes (at least one). */
  public abstract int votesNeeded();

  /**
   * Whether enough members were present.
   *
   * @return {@code present() >= quorumNeeded()}
   */
  public boolean quorumMet() {
    return present() >= quorumNeeded();
  }

  /**
   * Whether the meeting was valid and the matter passed.
   *
   * @return the quorum was met and enough voted in favour
   */
  public boolean passed() {
    return quorumMet() && tally().inFavour() >= votesNeeded();
  }
}
