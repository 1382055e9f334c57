package org.grassroots.governance.deliberation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
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
   * The count of a meeting, e.g. one read from a document ({@link Meeting#count} makes it from a
   * meeting): the quorum and majority needed are derived from the rules.
   *
   * @param members the body's members, at least 1
   * @param present those present, at most {@code members}
   * @param tally the votes, at most {@code present} cast
   * @param quorum the quorum rule
   * @param majority the majority rule
   * @param majorityBase what the majority is counted against
   * @return the count
   * @throws org.grassroots.governance.validation.InvalidValueException if a number is out of range
   */
  public static VoteCount of(int members, int present, Tally tally, Threshold quorum,
      Threshold majority, MajorityBase majorityBase) {
    requireNonNull(quorum, "quorum");
    requireNonNull(majority, "majority");
    requireNonNull(majorityBase, "majorityBase");
    int base = majorityBase == MajorityBase.PRESENT ? present : members;
    return ImmutableVoteCount.builder().members(members).present(present).tally(tally)
        .quorum(quorum).quorumNeeded(quorum.neededOf(Math.max(0, members)))
        .majority(majority).majorityBase(majorityBase)
        .votesNeeded(Math.max(1, majority.neededOf(Math.max(0, base)))).build();
  }

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

  @Value.Check
  void check() {
    Violations v = Violations.of("VoteCount").require("tally", tally()).require("quorum", quorum())
        .require("majority", majority()).require("majorityBase", majorityBase());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(members() >= 1, "members", members(), Messages.NO_MEMBERS)
        .check(present() >= 0, "present", present(), Messages.NON_NEGATIVE)
        .check(present() <= members(), "present", present(),
            Messages.f(Messages.PRESENT_ABOVE_MEMBERS, members()))
        .check(tally().cast() <= present(), "tally", tally(),
            Messages.f(Messages.TALLY_EXCEEDS, tally().cast(), present()));
    if (v.isEmpty()) {
      int quorumNeeded = quorum().neededOf(members());
      int base = majorityBase() == MajorityBase.PRESENT ? present() : members();
      int votesNeeded = Math.max(1, majority().neededOf(base));
      v.check(quorumNeeded() == quorumNeeded, "quorumNeeded", quorumNeeded(),
              Messages.f(Messages.DERIVED, quorumNeeded, "quorum and the members"))
          .check(votesNeeded() == votesNeeded, "votesNeeded", votesNeeded(),
              Messages.f(Messages.DERIVED, votesNeeded, "majority and its base"));
    }
    v.throwIfAny();
  }
}
