package org.grassroots.governance.deliberation;

import java.io.Serializable;
import java.util.Set;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The quorum and majority a body's meeting needs (议事规则), configurable per body.
 *
 * <p>The defaults follow common practice: the meeting is valid when more than half of the
 * members are present (过半数到会), and a matter passes with more than half of those present in
 * favour (到会人员过半数同意), or at least two thirds for the qualified kinds (by default a change
 * of the residents' convention). Regions that follow the Organic Law of Villagers' Committees for
 * representatives' meetings (two thirds present) set {@code quorum(Threshold.atLeast(2, 3))}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VotingRule strict = VotingRule.defaults()
 *     .withQuorum(Threshold.atLeast(2, 3))
 *     .withQualifiedKinds(EnumSet.of(MatterKind.RESIDENTS_CONVENTION, MatterKind.COMMUNITY_FUND_USE));
 * }</pre>
 */
@Value.Immutable
public abstract class VotingRule implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final VotingRule DEFAULTS = builder().build();

  VotingRule() {}

  /** The share of the members that must be present (到会比例); default more than 1/2. */
  @Value.Default
  public Threshold quorum() {
    return Threshold.moreThan(1, 2);
  }

  /** The share in favour needed to pass; default more than 1/2. */
  @Value.Default
  public Threshold majority() {
    return Threshold.moreThan(1, 2);
  }

  /** What the majority is counted against; default {@link MajorityBase#PRESENT}. */
  @Value.Default
  public MajorityBase majorityBase() {
    return MajorityBase.PRESENT;
  }

  /** The share in favour needed for the qualified kinds; default at least 2/3. */
  @Value.Default
  public Threshold qualifiedMajority() {
    return Threshold.atLeast(2, 3);
  }

  /** The matter kinds that need the qualified majority; default the residents' convention. */
  @Value.Default
  public Set<MatterKind> qualifiedKinds() {
    return Set.of(MatterKind.RESIDENTS_CONVENTION);
  }

  /**
   * The default rule (see the type's description).
   *
   * @return the default rule
   */
  public static VotingRule defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VotingRule}; unset attributes take the defaults. */
  public static final class Builder extends ImmutableVotingRule.Builder {
    Builder() {}
  }

  /**
   * This rule with another quorum.
   *
   * @param quorum the share of members that must be present
   * @return the modified rule
   */
  public VotingRule withQuorum(Threshold quorum) {
    return ImmutableVotingRule.copyOf(this).withQuorum(quorum);
  }

  /**
   * This rule with another simple majority.
   *
   * @param majority the share in favour needed
   * @return the modified rule
   */
  public VotingRule withMajority(Threshold majority) {
    return ImmutableVotingRule.copyOf(this).withMajority(majority);
  }

  /**
   * This rule counting the majority against another base.
   *
   * @param base those present or all members
   * @return the modified rule
   */
  public VotingRule withMajorityBase(MajorityBase base) {
    return ImmutableVotingRule.copyOf(this).withMajorityBase(base);
  }

  /**
   * This rule with another qualified majority.
   *
   * @param qualifiedMajority the share in favour needed for the qualified kinds
   * @return the modified rule
   */
  public VotingRule withQualifiedMajority(Threshold qualifiedMajority) {
    return ImmutableVotingRule.copyOf(this).withQualifiedMajority(qualifiedMajority);
  }

  /**
   * This rule with other qualified kinds.
   *
   * @param kinds the matter kinds that need the qualified majority
   * @return the modified rule
   */
  public VotingRule withQualifiedKinds(Iterable<MatterKind> kinds) {
    return ImmutableVotingRule.copyOf(this).withQualifiedKinds(kinds);
  }

  /**
   * The majority that applies to a matter of the given kind.
   *
   * @param kind the matter kind
   * @return {@link #qualifiedMajority()} for the qualified kinds, else {@link #majority()}
   */
  public Threshold majorityFor(MatterKind kind) {
    return qualifiedKinds().contains(kind) ? qualifiedMajority() : majority();
  }

  @Value.Check
  void check() {
    Violations.of("VotingRule")
        .require("quorum", quorum())
        .require("majority", majority())
        .require("majorityBase", majorityBase())
        .require("qualifiedMajority", qualifiedMajority())
        .throwIfAny();
  }
}
