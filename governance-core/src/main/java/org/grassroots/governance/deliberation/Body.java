package org.grassroots.governance.deliberation;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A body that holds one of the four deliberations (议事主体), with its members at the time of a
 * meeting and its voting rule.
 *
 * <p>The body is recorded with each meeting, so a matter's history shows who the members were
 * when it was decided. Immutable and thread-safe.
 *
 * <pre>{@code
 * Body twoCommittees = Body.of(BodyKind.TWO_COMMITTEES, List.of(secretary, director, member3))
 *     .withRule(VotingRule.defaults().withQuorum(Threshold.atLeast(2, 3)));
 * }</pre>
 */
@Value.Immutable
public abstract class Body implements Serializable {
  private static final long serialVersionUID = 1L;

  Body() {}

  /** Which of the four bodies this is. */
  public abstract BodyKind kind();

  /** The members (组成人员), at least one, in the order given. */
  public abstract Set<PersonId> members();

  /** The quorum and majority rule; default {@link VotingRule#defaults()}. */
  @Value.Default
  public VotingRule rule() {
    return VotingRule.defaults();
  }

  /** An optional name, e.g. {@code 金地社区第三届居民代表会议}. */
  public abstract Optional<String> name();

  /**
   * A body with the default voting rule.
   *
   * @param kind which body
   * @param members its members, at least one
   * @return the body
   * @throws org.grassroots.governance.validation.InvalidValueException if there is no member
   */
  public static Body of(BodyKind kind, Iterable<PersonId> members) {
    return builder().kind(kind).members(members).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Body}. */
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}
  }

  /**
   * This body with another voting rule.
   *
   * @param rule the rule
   * @return the modified body
   */
  public Body withRule(VotingRule rule) {
    return ImmutableBody.copyOf(this).withRule(rule);
  }

  /**
   * This body with other members.
   *
   * @param members the members
   * @return the modified body
   */
  public Body withMembers(Iterable<? extends PersonId> members) {
    return ImmutableBody.copyOf(this).withMembers(members);
  }

  @Value.Check
  void check() {
    Violations.of("Body")
        .require("kind", kind())
        .require("rule", rule())
        .check(!members().isEmpty(), "members", "[]", Messages.NO_MEMBERS)
        .throwIfAny();
  }
}
