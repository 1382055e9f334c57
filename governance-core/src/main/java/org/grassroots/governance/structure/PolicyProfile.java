package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A region's set of named norms (地方治理规范), evaluated against one community or against every
 * community of a subtree, returning {@link Finding findings}; never enforced.
 *
 * <p>{@link #defaultProfile()} holds the norms the source articles name: at least 6 community
 * workers per community and one full-time deputy party secretary per community (seed 004, the
 * Inner Mongolia norm), a party branch on every grid and one legal adviser per community
 * (一社区一法律顾问), administrative duties led by the service station and self-governance duties
 * by the residents' committee, and a rotating chair that covers every part-time member.
 *
 * <p>The subtree form takes the structures and the subtree's root code: until the grid
 * hierarchy offers a tree to walk, "in the subtree" means "the structure's area is the root or
 * lies under it by code" ({@link DivisionCode#isPrefixOf}). Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Finding> f = PolicyProfile.defaultProfile()
 *     .evaluate(allCommunities, DivisionCode.parse("150102001000"), LocalDate.of(2024, 6, 30));
 * PolicyProfile mine = PolicyProfile.of("my-city", List.of(
 *     PolicyRule.minimumHolders("grid-workers-at-least-10", Role.GRID_WORKER, 10, false)));
 * }</pre>
 */
@Value.Immutable
public abstract class PolicyProfile implements Serializable {
  private static final long serialVersionUID = 1L;

  PolicyProfile() {}

  /**
   * The profile's name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The rules, names distinct, in evaluation order.
   *
   * @return the rules
   */
  @Value.Parameter
  public abstract List<PolicyRule> rules();

  /**
   * A profile.
   *
   * @param name the name
   * @param rules the rules
   * @return the profile
   * @throws org.grassroots.governance.validation.InvalidValueException if two rules share a name
   */
  public static PolicyProfile of(String name, List<PolicyRule> rules) {
    return ImmutablePolicyProfile.of(name, rules);
  }

  /**
   * The norms named by the source articles (see the class description).
   *
   * @return the default profile, named {@code seed-norms}
   */
  public static PolicyProfile defaultProfile() {
    return of("seed-norms", List.of(
        PolicyRule.minimumHolders("community-workers-at-least-6", Role.COMMUNITY_WORKER, 6, false),
        PolicyRule.minimumHolders("full-time-deputy-secretary", Role.DEPUTY_SECRETARY, 1, true),
        PolicyRule.partyBranchOnEveryGrid("party-branch-on-every-grid"),
        PolicyRule.minimumHolders("legal-adviser", Role.LEGAL_ADVISER, 1, false),
        PolicyRule.dutiesLedBy("administrative-duties-led-by-service-station",
            DutyKind.ADMINISTRATIVE, OrganizationKind.SERVICE_STATION),
        PolicyRule.dutiesLedBy("self-governance-duties-led-by-residents-committee",
            DutyKind.SELF_GOVERNANCE, OrganizationKind.RESIDENTS_COMMITTEE),
        PolicyRule.everyPartTimeMemberChairs()));
  }

  /**
   * A copy with one more rule.
   *
   * @param rule the rule
   * @return the copy
   * @throws org.grassroots.governance.validation.InvalidValueException if its name is taken
   */
  public PolicyProfile withRule(PolicyRule rule) {
    return ImmutablePolicyProfile.builder().from(this).addRules(rule).build();
  }

  /**
   * A copy without the named rule.
   *
   * @param ruleName the name
   * @return the copy
   */
  public PolicyProfile withoutRule(String ruleName) {
    return of(name(),
        rules().stream().filter(r -> !r.name().equals(ruleName))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Evaluates every rule on one structure.
   *
   * @param governance the structure
   * @param on the date
   * @return the findings, rule by rule in profile order
   */
  public ImmutableList<Finding> evaluate(CommunityGovernance governance, LocalDate on) {
    java.util.Objects.requireNonNull(governance, "governance");
    java.util.Objects.requireNonNull(on, "on");
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (PolicyRule r : rules()) {
      out.addAll(r.evaluate(governance, on));
    }
    return out.build();
  }

  /**
   * Evaluates every rule on every structure whose area is {@code root} or lies under it.
   *
   * @param structures the structures to choose from
   * @param root the subtree's root, e.g. a street or a district
   * @param on the date
   * @return the findings, structure by structure in area-code order, then rule by rule
   * @throws org.grassroots.governance.validation.InvalidValueException if two structures govern
   *     the same area (a community has exactly one core)
   */
  public ImmutableList<Finding> evaluate(
      Collection<CommunityGovernance> structures, DivisionCode root, LocalDate on) {
    java.util.Objects.requireNonNull(structures, "structures");
    java.util.Objects.requireNonNull(root, "root");
    Violations v = Violations.of("PolicyProfile.evaluate");
    Set<DivisionCode> areas = new HashSet<>();
    int i = 0;
    for (CommunityGovernance g : structures) {
      v.check(areas.add(g.area()), "structures[" + i + "].area", g.area(),
          f(Messages.DUPLICATE_AREA, g.area()));
      i++;
    }
    v.throwIfAny();
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    structures.stream()
        .filter(g -> g.area().equals(root) || root.isPrefixOf(g.area()))
        .sorted(Comparator.comparing(CommunityGovernance::area))
        .forEachOrdered(g -> out.addAll(evaluate(g, on)));
    return out.build();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("PolicyProfile").require("name", name());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!name().isBlank(), "name", name(), Messages.BLANK);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules().size(); i++) {
      String n = rules().get(i).name();
      v.check(seen.add(n), "rules[" + i + "].name", n, f(Messages.DUPLICATE_RULE, n));
    }
    v.throwIfAny();
  }
}
