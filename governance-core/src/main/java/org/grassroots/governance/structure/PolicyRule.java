package org.grassroots.governance.structure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A named regional norm (地方规范) checked against a community's structure on a date, reported as
 * {@link Finding findings}, never enforced. Implement it for a region's own norms, or use the
 * factories here; implementations must be immutable and serialisable.
 *
 * <pre>{@code
 * PolicyRule sixWorkers = PolicyRule.minimumHolders("community-workers-at-least-6",
 *     Role.COMMUNITY_WORKER, 6, false);
 * List<Finding> f = sixWorkers.evaluate(governance, LocalDate.of(2024, 6, 30));
 * }</pre>
 */
public interface PolicyRule extends Serializable {
  /**
   * The rule's name, unique within a profile.
   *
   * @return the name
   */
  String name();

  /**
   * What the rule asks, with its source.
   *
   * @return the description
   */
  String description();

  /**
   * Checks the rule on one structure.
   *
   * @param governance the structure
   * @param on the date the structure is looked at
   * @return the findings (possibly none where the rule does not apply)
   */
  List<Finding> evaluate(CommunityGovernance governance, LocalDate on);

  /**
   * At least {@code minimum} distinct people hold {@code role} in a community (not a street).
   * People whose membership end was never recorded make the outcome {@code UNDETERMINED} when
   * they decide it.
   *
   * @param name the rule's name
   * @param role the role counted
   * @param minimum the minimum, at least 0
   * @param fullTimeOnly whether only full-time memberships count
   * @return the rule
   */
  static PolicyRule minimumHolders(String name, Role role, int minimum, boolean fullTimeOnly) {
    return new StandardRules.MinimumHolders(name, role, minimum, fullTimeOnly);
  }

  /**
   * A party branch on every grid (党支部建在网格上): for each grid of the structure, a party
   * branch element seated on that grid.
   *
   * @param name the rule's name
   * @return the rule
   */
  static PolicyRule partyBranchOnEveryGrid(String name) {
    return new StandardRules.BranchOnEveryGrid(name);
  }

  /**
   * Every duty of a kind is led by an organisation of the expected kind (e.g. administrative
   * duties by the service station, self-governance duties by the residents' committee).
   *
   * @param name the rule's name
   * @param duty the duty kind
   * @param leadKind the expected kind of lead subject
   * @return the rule
   */
  static PolicyRule dutiesLedBy(String name, DutyKind duty, OrganizationKind leadKind) {
    return new StandardRules.DutyLeadKind(name, duty, leadKind);
  }

  /**
   * Every part-time committee member on the core has a turn as rotating chair (轮值书记), where
   * the structure has a rotation.
   *
   * @return the rule, named {@code every-part-time-member-chairs}
   */
  static PolicyRule everyPartTimeMemberChairs() {
    return new StandardRules.EveryMemberChairs("every-part-time-member-chairs");
  }

  /**
   * A rule of the same kind under another name.
   *
   * @param name the rule's name
   * @return the rule
   */
  static PolicyRule everyPartTimeMemberChairs(String name) {
    return new StandardRules.EveryMemberChairs(name);
  }

  /**
   * A rule made by {@link #minimumHolders}, with its parameters (e.g. for the exchange format).
   *
   * <pre>{@code
   * if (rule instanceof PolicyRule.MinimumHolders) ((PolicyRule.MinimumHolders) rule).minimum();
   * }</pre>
   */
  interface MinimumHolders extends PolicyRule {
    /** The role counted. */
    Role role();

    /** The minimum number of distinct people. */
    int minimum();

    /** Whether only full-time memberships count. */
    boolean fullTimeOnly();
  }

  /**
   * A rule made by {@link #partyBranchOnEveryGrid}.
   *
   * <pre>{@code
   * rule instanceof PolicyRule.BranchOnEveryGrid
   * }</pre>
   */
  interface BranchOnEveryGrid extends PolicyRule {}

  /**
   * A rule made by {@link #dutiesLedBy}, with its parameters.
   *
   * <pre>{@code
   * ((PolicyRule.DutiesLedBy) rule).leadKind(); // SERVICE_STATION
   * }</pre>
   */
  interface DutiesLedBy extends PolicyRule {
    /** The duty kind. */
    DutyKind duty();

    /** The expected kind of lead subject. */
    OrganizationKind leadKind();
  }

  /**
   * A rule made by {@link #everyPartTimeMemberChairs}.
   *
   * <pre>{@code
   * rule instanceof PolicyRule.EveryPartTimeMemberChairs
   * }</pre>
   */
  interface EveryPartTimeMemberChairs extends PolicyRule {}
}
