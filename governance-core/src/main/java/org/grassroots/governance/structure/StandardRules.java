package org.grassroots.governance.structure;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.structure.Messages.f;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/** The rules behind the factories of {@link PolicyRule}. */
final class StandardRules {
  private StandardRules() {}

  static String subject(CommunityGovernance g) {
    return (g.area().codeLevel() == DivisionLevel.VILLAGE ? "community " : "street ") + g.area();
  }

  private static String checkedName(String type, String name) {
    Violations v = Violations.of(type).require("name", name);
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!name.isBlank(), "name", name, Messages.BLANK).throwIfAny();
    return name;
  }

  private abstract static class Named implements PolicyRule {
    private static final long serialVersionUID = 1L;
    private final String name;

    Named(String type, String name) {
      this.name = checkedName(type, name);
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final class MinimumHolders extends Named implements PolicyRule.MinimumHolders {
    private static final long serialVersionUID = 1L;
    private final Role role;
    private final int minimum;
    private final boolean fullTimeOnly;

    MinimumHolders(String name, Role role, int minimum, boolean fullTimeOnly) {
      super("PolicyRule", name);
      this.role = requireNonNull(role, "role");
      Violations.of("PolicyRule")
          .check(minimum >= 0, "minimum", minimum, f(Messages.NEGATIVE_MINIMUM, minimum))
          .throwIfAny();
      this.minimum = minimum;
      this.fullTimeOnly = fullTimeOnly;
    }

    @Override
    public Role role() {
      return role;
    }

    @Override
    public int minimum() {
      return minimum;
    }

    @Override
    public boolean fullTimeOnly() {
      return fullTimeOnly;
    }

    @Override
    public String description() {
      return "at least " + minimum + (fullTimeOnly ? " full-time " : " ") + role
          + " per community";
    }

    @Override
    public List<Finding> evaluate(CommunityGovernance g, LocalDate on) {
      if (g.area().codeLevel() != DivisionLevel.VILLAGE) {
        return List.of();
      }
      RoleHolders h = g.holders(role, on, m -> !fullTimeOnly || m.fullTime());
      int certain = h.people().size();
      int possible = h.possiblePeople().size();
      Outcome o = certain >= minimum ? Outcome.MET
          : possible >= minimum ? Outcome.UNDETERMINED : Outcome.NOT_MET;
      String what = (fullTimeOnly ? "full-time " : "") + role;
      String detail = certain + " " + what + " in post on " + on
          + (possible > certain ? ", " + (possible - certain) + " more whose end was not recorded"
              : "");
      return List.of(Finding.of(name(), subject(g), o, BigDecimal.valueOf(certain),
          "at least " + minimum, detail));
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof StandardRules.MinimumHolders && ((StandardRules.MinimumHolders) o).name().equals(name())
          && ((StandardRules.MinimumHolders) o).role == role && ((StandardRules.MinimumHolders) o).minimum == minimum
          && ((StandardRules.MinimumHolders) o).fullTimeOnly == fullTimeOnly;
    }

    @Override
    public int hashCode() {
      return Objects.hash(name(), role, minimum, fullTimeOnly);
    }
  }

  static final class BranchOnEveryGrid extends Named implements PolicyRule.BranchOnEveryGrid {
    private static final long serialVersionUID = 1L;

    BranchOnEveryGrid(String name) {
      super("PolicyRule", name);
    }

    @Override
    public String description() {
      return "a party branch on every grid (党支部建在网格上)";
    }

    @Override
    public List<Finding> evaluate(CommunityGovernance g, LocalDate on) {
      if (g.grids().isEmpty()) {
        return List.of();
      }
      ImmutableList.Builder<Finding> out = ImmutableList.builder();
      for (GridCode grid : g.grids()) {
        NodeCode node = NodeCode.of(grid);
        long n = g.elements().stream()
            .filter(o -> o.kind() == OrganizationKind.PARTY_BRANCH && o.seat().equals(node))
            .count();
        out.add(Finding.of(name(), "grid " + grid, n > 0 ? Outcome.MET : Outcome.NOT_MET,
            BigDecimal.valueOf(n), "at least 1",
            n + " party branch" + (n == 1 ? "" : "es") + " seated on grid " + grid));
      }
      return out.build();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof StandardRules.BranchOnEveryGrid && ((StandardRules.BranchOnEveryGrid) o).name().equals(name());
    }

    @Override
    public int hashCode() {
      return name().hashCode();
    }
  }

  static final class DutyLeadKind extends Named implements PolicyRule.DutiesLedBy {
    private static final long serialVersionUID = 1L;
    private final DutyKind duty;
    private final OrganizationKind leadKind;

    DutyLeadKind(String name, DutyKind duty, OrganizationKind leadKind) {
      super("PolicyRule", name);
      this.duty = requireNonNull(duty, "duty");
      this.leadKind = requireNonNull(leadKind, "leadKind");
    }

    @Override
    public DutyKind duty() {
      return duty;
    }

    @Override
    public OrganizationKind leadKind() {
      return leadKind;
    }

    @Override
    public String description() {
      return duty + " duties are led by the " + leadKind;
    }

    @Override
    public List<Finding> evaluate(CommunityGovernance g, LocalDate on) {
      ImmutableList.Builder<Finding> out = ImmutableList.builder();
      for (Duty d : g.responsibilities().duties()) {
        if (d.kind() != duty) {
          continue;
        }
        Optional<OrganizationKind> actual = g.organization(d.lead()).map(Organization::kind);
        boolean ok = actual.isPresent() && actual.get() == leadKind;
        out.add(Finding.of(name(), "duty " + d.id(), ok ? Outcome.MET : Outcome.NOT_MET,
            ok ? BigDecimal.ONE : BigDecimal.ZERO, "led by the " + leadKind,
            "duty " + d.id() + " (" + d.title() + ") is led by " + d.lead() + ", a "
                + actual.map(Object::toString).orElse("unknown organisation")));
      }
      return out.build();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof DutyLeadKind && ((DutyLeadKind) o).name().equals(name())
          && ((DutyLeadKind) o).duty == duty && ((DutyLeadKind) o).leadKind == leadKind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(name(), duty, leadKind);
    }
  }

  static final class EveryMemberChairs extends Named implements PolicyRule.EveryPartTimeMemberChairs {
    private static final long serialVersionUID = 1L;

    EveryMemberChairs(String name) {
      super("PolicyRule", name);
    }

    @Override
    public String description() {
      return "the rotating chair (轮值书记) covers every part-time committee member (兼职委员)";
    }

    @Override
    public List<Finding> evaluate(CommunityGovernance g, LocalDate on) {
      if (g.chairRotation().isEmpty()) {
        return List.of();
      }
      ChairRotation r = g.chairRotation().get();
      OrganizationId core = g.core().id();
      RoleHolders h = g.holders(Role.PART_TIME_COMMITTEE_MEMBER, on,
          m -> m.organization().equals(core));
      List<PersonId> members = h.possiblePeople();
      long without = members.stream().filter(p -> !r.hasTurn(p)).count();
      String missing = members.stream().filter(p -> !r.hasTurn(p)).map(PersonId::toString)
          .reduce((a, b) -> a + ", " + b).orElse("none");
      return List.of(Finding.of(name(), subject(g), without == 0 ? Outcome.MET : Outcome.NOT_MET,
          BigDecimal.valueOf(members.size() - without),
          "all " + members.size() + " part-time members have a turn",
          (members.size() - without) + " of " + members.size()
              + " part-time members have a turn; without a turn: " + missing));
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof EveryMemberChairs && ((EveryMemberChairs) o).name().equals(name());
    }

    @Override
    public int hashCode() {
      return name().hashCode();
    }
  }
}
