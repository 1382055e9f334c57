package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One community's governance structure (社区治理结构, 一核多元): exactly one core, a party
 * organisation (often a joint party committee 联合党委); the elements attached to it; partner
 * units outside the area that send part-time members (包联单位); the people and their
 * memberships; the grids; an optional rotating chair (轮值书记); the responsibility list and the
 * access list. A street's joint party working committee (街道联合党工委) is modelled the same way,
 * with a street code as the area.
 *
 * <p>Invariants, checked on every construction path and reported all at once with their paths:
 * the area is a street/township or community/village code; the core is a party organisation;
 * the core and every element sit in the area; organisation ids, person ids and grids are
 * distinct; every membership names a known person and is held in the core or an element; a
 * person holds a role in an organisation once at a time; a part-time committee member (兼职委员)
 * sits on the core on behalf of a party organisation or unit; every chair of the rotation holds a
 * membership on the core for the whole turn (an unrecorded end is not taken as an end); every
 * subject of the responsibility list is known. Regional norms are not invariants: see
 * {@link PolicyProfile}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CommunityGovernance g = CommunityGovernance.builder()
 *     .area(DivisionCode.parse("420204004005"))
 *     .core(partyCommittee)
 *     .addElements(residentsCommittee, serviceStation)
 *     .addPeople(secretary)
 *     .addMemberships(Membership.ongoing(secretary.id(), partyCommittee.id(), Role.SECRETARY, start))
 *     .build();
 * g.holders(Role.SECRETARY, LocalDate.now()).people();
 * }</pre>
 */
@Value.Immutable
public abstract class CommunityGovernance implements Serializable {
  private static final long serialVersionUID = 1L;

  CommunityGovernance() {}

  /**
   * The community (or street) governed.
   *
   * @return a township- or village-level division code
   */
  public abstract DivisionCode area();

  /**
   * The one core (核心): the community party organisation.
   *
   * @return the core
   */
  public abstract Organization core();

  /**
   * The elements (多元主体) attached to the core, all sitting in the area.
   *
   * @return the elements
   */
  public abstract List<Organization> elements();

  /**
   * Organisations outside the area linked to the core (paired agencies 包联单位 and their party
   * organisations), which may send part-time members or first secretaries.
   *
   * @return the partners
   */
  public abstract List<Organization> partners();

  /**
   * The people named by the memberships.
   *
   * @return the people
   */
  public abstract List<Person> people();

  /**
   * Who holds which role where, and when.
   *
   * @return the memberships
   */
  public abstract List<Membership> memberships();

  /**
   * The grids of the area (网格).
   *
   * @return the grids
   */
  public abstract List<GridCode> grids();

  /**
   * The rotating chair of the core (轮值书记), where there is one.
   *
   * @return the rotation, or empty
   */
  public abstract Optional<ChairRotation> chairRotation();

  /**
   * The responsibility list (主体责任清单).
   *
   * @return the list, empty by default
   */
  @Value.Default
  public ResponsibilityList responsibilities() {
    return ResponsibilityList.empty();
  }

  /**
   * The access list (准入清单).
   *
   * @return the list, empty by default (which refuses every task)
   */
  @Value.Default
  public AccessList accessList() {
    return AccessList.empty();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A structure of a core alone.
   *
   * @param area the community
   * @param core the core
   * @return the structure
   * @throws org.grassroots.governance.validation.InvalidValueException if the core is not a
   *     party organisation or lies outside the area
   */
  public static CommunityGovernance of(DivisionCode area, Organization core) {
    return builder().area(area).core(core).build();
  }

  /** The builder; {@link #build()} checks every invariant and reports all violations at once. */
  public static final class Builder extends ImmutableCommunityGovernance.Builder {
    Builder() {}
  }

  /**
   * A copy with another core.
   *
   * @param core the core
   * @return the copy
   */
  public CommunityGovernance withCore(Organization core) {
    return ImmutableCommunityGovernance.copyOf(this).withCore(core);
  }

  /**
   * A copy with these elements.
   *
   * @param elements the elements
   * @return the copy
   */
  public CommunityGovernance withElements(Iterable<? extends Organization> elements) {
    return ImmutableCommunityGovernance.copyOf(this).withElements(elements);
  }

  /**
   * A copy with one more element.
   *
   * @param element the element
   * @return the copy
   */
  public CommunityGovernance withElement(Organization element) {
    return builder().from(this).addElements(element).build();
  }

  /**
   * A copy with these partners.
   *
   * @param partners the partners
   * @return the copy
   */
  public CommunityGovernance withPartners(Iterable<? extends Organization> partners) {
    return ImmutableCommunityGovernance.copyOf(this).withPartners(partners);
  }

  /**
   * A copy with these people.
   *
   * @param people the people
   * @return the copy
   */
  public CommunityGovernance withPeople(Iterable<? extends Person> people) {
    return ImmutableCommunityGovernance.copyOf(this).withPeople(people);
  }

  /**
   * A copy with these memberships.
   *
   * @param memberships the memberships
   * @return the copy
   */
  public CommunityGovernance withMemberships(Iterable<? extends Membership> memberships) {
    return ImmutableCommunityGovernance.copyOf(this).withMemberships(memberships);
  }

  /**
   * A copy with one more membership.
   *
   * @param membership the membership
   * @return the copy
   */
  public CommunityGovernance withMembership(Membership membership) {
    return builder().from(this).addMemberships(membership).build();
  }

  /**
   * A copy with these grids.
   *
   * @param grids the grids
   * @return the copy
   */
  public CommunityGovernance withGrids(Iterable<? extends GridCode> grids) {
    return ImmutableCommunityGovernance.copyOf(this).withGrids(grids);
  }

  /**
   * A copy with a rotating chair.
   *
   * @param rotation the rotation
   * @return the copy
   */
  public CommunityGovernance withChairRotation(ChairRotation rotation) {
    return ImmutableCommunityGovernance.copyOf(this).withChairRotation(rotation);
  }

  /**
   * A copy with another responsibility list.
   *
   * @param list the list
   * @return the copy
   */
  public CommunityGovernance withResponsibilities(ResponsibilityList list) {
    return ImmutableCommunityGovernance.copyOf(this).withResponsibilities(list);
  }

  /**
   * A copy with another access list.
   *
   * @param list the list
   * @return the copy
   */
  public CommunityGovernance withAccessList(AccessList list) {
    return ImmutableCommunityGovernance.copyOf(this).withAccessList(list);
  }

  /**
   * The core, elements and partners by id.
   *
   * @param id the id
   * @return the organisation, or empty
   */
  public Optional<Organization> organization(OrganizationId id) {
    if (core().id().equals(id)) {
      return Optional.of(core());
    }
    for (Organization o : elements()) {
      if (o.id().equals(id)) {
        return Optional.of(o);
      }
    }
    for (Organization o : partners()) {
      if (o.id().equals(id)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * A person by id.
   *
   * @param id the id
   * @return the person, or empty
   */
  public Optional<Person> person(PersonId id) {
    return people().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The elements of a kind.
   *
   * @param kind the kind
   * @return the elements, in order
   */
  public ImmutableList<Organization> elementsOfKind(OrganizationKind kind) {
    return elements().stream().filter(o -> o.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Who holds the role on the date, anywhere in the structure; memberships whose end was never
   * recorded are reported apart, never guessed.
   *
   * @param role the role
   * @param date the date
   * @return the holders
   */
  public RoleHolders holders(Role role, LocalDate date) {
    return holders(role, date, m -> true);
  }

  /**
   * Who holds the role on the date, among the memberships the filter keeps.
   *
   * @param role the role
   * @param date the date
   * @param filter which memberships to consider, e.g. {@code Membership::fullTime}
   * @return the holders
   */
  public RoleHolders holders(Role role, LocalDate date, Predicate<? super Membership> filter) {
    java.util.Objects.requireNonNull(role, "role");
    java.util.Objects.requireNonNull(date, "date");
    java.util.Objects.requireNonNull(filter, "filter");
    List<Membership> held = new ArrayList<>();
    List<Membership> unknown = new ArrayList<>();
    for (Membership m : memberships()) {
      if (m.role() != role || !filter.test(m)) {
        continue;
      }
      Holding h = m.heldOn(date);
      if (h == Holding.HELD) {
        held.add(m);
      } else if (h == Holding.UNKNOWN) {
        unknown.add(m);
      }
    }
    return RoleHolders.of(role, date, held, unknown);
  }

  /**
   * Whether a node lies in the area (is the area itself or lies under it by code).
   *
   * @param node the node
   * @return {@code true} if inside
   */
  public boolean contains(NodeCode node) {
    return within(area(), node);
  }

  static boolean within(DivisionCode area, NodeCode node) {
    DivisionCode d = DivisionCode.parse(node.toString().substring(0, 12));
    return area.equals(d) || area.isPrefixOf(d);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("CommunityGovernance").require("area", area())
        .require("core", core());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    DivisionLevel level = area().codeLevel();
    v.check(
        level == DivisionLevel.TOWNSHIP || level == DivisionLevel.VILLAGE,
        "area",
        area(),
        f(Messages.AREA_LEVEL, level));
    v.check(
        core().isPartyOrganization(), "core.kind", core().kind(),
        f(Messages.CORE_NOT_PARTY, core().kind()));
    v.check(within(area(), core().seat()), "core.seat", core().seat(),
        f(Messages.OUTSIDE_AREA, area()));

    Map<OrganizationId, Organization> known = new HashMap<>();
    known.put(core().id(), core());
    Set<OrganizationId> attached = new HashSet<>();
    attached.add(core().id());
    for (int i = 0; i < elements().size(); i++) {
      Organization o = elements().get(i);
      String p = "elements[" + i + "]";
      v.check(known.putIfAbsent(o.id(), o) == null, p + ".id", o.id(),
          f(Messages.DUPLICATE_ORGANIZATION, o.id()));
      attached.add(o.id());
      v.check(within(area(), o.seat()), p + ".seat", o.seat(), f(Messages.OUTSIDE_AREA, area()));
    }
    for (int i = 0; i < partners().size(); i++) {
      Organization o = partners().get(i);
      v.check(known.putIfAbsent(o.id(), o) == null, "partners[" + i + "].id", o.id(),
          f(Messages.DUPLICATE_ORGANIZATION, o.id()));
    }
    checkHostUnits(v, "elements", elements(), known);
    checkHostUnits(v, "partners", partners(), known);

    Set<PersonId> persons = new HashSet<>();
    for (int i = 0; i < people().size(); i++) {
      PersonId id = people().get(i).id();
      v.check(persons.add(id), "people[" + i + "].id", id, f(Messages.DUPLICATE_PERSON, id));
    }
    checkMemberships(v, known, attached, persons);

    Set<GridCode> grids = new HashSet<>();
    for (int i = 0; i < grids().size(); i++) {
      GridCode g = grids().get(i);
      String p = "grids[" + i + "]";
      v.check(grids.add(g), p, g, f(Messages.DUPLICATE_GRID, g));
      v.check(within(area(), NodeCode.of(g)), p, g, f(Messages.OUTSIDE_AREA, area()));
    }

    if (chairRotation().isPresent()) {
      List<ChairTerm> turns = chairRotation().get().turns();
      for (int i = 0; i < turns.size(); i++) {
        ChairTerm t = turns.get(i);
        boolean member = memberships().stream().anyMatch(
            m -> m.person().equals(t.chair()) && m.organization().equals(core().id())
                && m.mayCover(t.start(), t.end()));
        v.check(member, "chairRotation.turns[" + i + "].chair", t.chair(),
            f(Messages.CHAIR_NOT_MEMBER, t.chair(), core().id(), t.start(), t.end()));
      }
    }

    List<Duty> duties = responsibilities().duties();
    for (int i = 0; i < duties.size(); i++) {
      Duty d = duties.get(i);
      String p = "responsibilities.duties[" + i + "]";
      v.check(known.containsKey(d.lead()), p + ".lead", d.lead(),
          f(Messages.UNKNOWN_ORGANIZATION, d.lead()));
      for (OrganizationId c : d.cooperating()) {
        v.check(known.containsKey(c), p + ".cooperating", c, f(Messages.UNKNOWN_ORGANIZATION, c));
      }
    }
    v.throwIfAny();
  }

  private static void checkHostUnits(
      Violations v, String prefix, List<Organization> orgs, Map<OrganizationId, Organization> known) {
    for (int i = 0; i < orgs.size(); i++) {
      Optional<OrganizationId> host = orgs.get(i).hostUnit();
      if (host.isPresent()) {
        v.check(known.containsKey(host.get()), prefix + "[" + i + "].hostUnit", host.get(),
            f(Messages.UNKNOWN_ORGANIZATION, host.get()));
      }
    }
  }

  private void checkMemberships(
      Violations v, Map<OrganizationId, Organization> known, Set<OrganizationId> attached,
      Set<PersonId> persons) {
    List<Membership> ms = memberships();
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      Membership m = ms.get(i);
      String p = "memberships[" + i + "]";
      v.check(persons.contains(m.person()), p + ".person", m.person(),
          f(Messages.UNKNOWN_PERSON, m.person()));
      v.check(attached.contains(m.organization()), p + ".organization", m.organization(),
          f(Messages.NOT_ATTACHED, m.organization()));
      if (m.onBehalfOf().isPresent()) {
        OrganizationId from = m.onBehalfOf().get();
        Organization origin = known.get(from);
        v.check(origin != null, p + ".onBehalfOf", from, f(Messages.UNKNOWN_ORGANIZATION, from));
        if (origin != null && m.role() == Role.PART_TIME_COMMITTEE_MEMBER) {
          v.check(origin.kind().mayDelegatePartTimeMembers(), p + ".onBehalfOf", from,
              f(Messages.ORIGIN_KIND, origin.kind()));
        }
      }
      if (m.role() == Role.PART_TIME_COMMITTEE_MEMBER) {
        v.check(m.organization().equals(core().id()), p + ".organization", m.organization(),
            f(Messages.PART_TIME_ON_CORE, core().id(), m.organization()));
        v.check(m.onBehalfOf().isPresent(), p + ".onBehalfOf", null,
            Messages.PART_TIME_NEEDS_ORIGIN);
      }
      if (m.area().isPresent()) {
        v.check(within(area(), m.area().get()), p + ".area", m.area().get(),
            f(Messages.OUTSIDE_AREA, area()));
      }
      String key = m.person() + "\u0000" + m.organization() + "\u0000" + m.role();
      List<Integer> earlier = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      for (int j : earlier) {
        Membership o = ms.get(j);
        boolean overlap = m.mayOverlap(o.start(), o.endStatus() == TenureEnd.ON_DATE
            ? o.end().orElseThrow() : LocalDate.MAX);
        v.check(!overlap, p, m.person(),
            f(Messages.OVERLAPPING_ROLE, m.person(), m.role(), m.organization(), j, i));
      }
      earlier.add(i);
    }
  }
}
