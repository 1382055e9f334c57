package org.grassroots.governance.json;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.structure.AccessEntry;
import org.grassroots.governance.structure.AccessList;
import org.grassroots.governance.structure.ChairRotation;
import org.grassroots.governance.structure.ChairTerm;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Duty;
import org.grassroots.governance.structure.DutyId;
import org.grassroots.governance.structure.DutyKind;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.OrganizationKind;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.ResponsibilityList;
import org.grassroots.governance.structure.Role;
import org.grassroots.governance.structure.TaskId;
import org.grassroots.governance.structure.TenureEnd;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generators of valid structure values (organisations, people, memberships, communities). */
public final class StructureGens {
  private static final ImmutableList<OrganizationKind> PARTY = ImmutableList.copyOf(
      java.util.Arrays.stream(OrganizationKind.values())
          .filter(OrganizationKind::isPartyOrganization).iterator());
  private static final ImmutableList<OrganizationKind> NOT_PARTY = ImmutableList.copyOf(
      java.util.Arrays.stream(OrganizationKind.values())
          .filter(k -> !k.isPartyOrganization()).iterator());
  private static final ImmutableList<Role> ROLES = ImmutableList.copyOf(
      java.util.Arrays.stream(Role.values())
          .filter(r -> r != Role.PART_TIME_COMMITTEE_MEMBER).iterator());
  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private StructureGens() {}

  private static Gen<SplittableRandom> randoms() {
    return SourceDSL.longs().all().map(SplittableRandom::new);
  }

  private static <T> T pick(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static LocalDate date(SplittableRandom r) {
    return EPOCH.plusDays(r.nextInt(9000));
  }

  /** A valid organisation: any kind, optional credit code, a party one may have a host unit. */
  public static Gen<Organization> organizations() {
    return Gens.organizationIds().zip(Gens.names(), Gens.nodes(), Gens.creditCodes(), randoms(),
        (id, name, seat, credit, r) -> organization(r, id, name, seat,
            r.nextBoolean() ? Optional.of(credit) : Optional.empty()));
  }

  private static Organization organization(SplittableRandom r, OrganizationId id, String name,
      NodeCode seat, Optional<org.grassroots.governance.id.UnifiedSocialCreditCode> credit) {
    OrganizationKind kind = pick(r, java.util.Arrays.asList(OrganizationKind.values()));
    Organization.Builder b = Organization.builder().id(id).name(name).kind(kind).seat(seat)
        .creditCode(credit);
    if (kind.isPartyOrganization() && r.nextBoolean()) {
      b.hostUnit(OrganizationId.of(id.value() + "-host"));
    }
    return b.build();
  }

  /** A valid person, with or without citizen id number. */
  public static Gen<Person> people() {
    return Gens.personIds().zip(Gens.names(), Gens.citizenIds(), randoms(), (id, name, cid, r) -> {
      Person p = Person.of(id, name, r.nextBoolean());
      return r.nextBoolean() ? p.withCitizenId(cid) : p;
    });
  }

  /** A valid membership with every end status and optional property. */
  public static Gen<Membership> memberships() {
    return Gens.personIds().zip(Gens.organizationIds(), Gens.nodes(), randoms(),
        (person, org, area, r) -> membership(r, person, org, Optional.of(area)));
  }

  private static Membership membership(SplittableRandom r, PersonId person, OrganizationId org,
      Optional<NodeCode> area) {
    LocalDate start = date(r);
    Membership.Builder b = Membership.builder().person(person).organization(org)
        .role(pick(r, ROLES)).start(start).fullTime(r.nextBoolean());
    switch (r.nextInt(4)) {
      case 0 -> b.end(start.plusDays(r.nextInt(2000)));
      case 1 -> b.endStatus(TenureEnd.ONGOING);
      case 2 -> b.endStatus(TenureEnd.UNKNOWN).confirmedUntil(start.plusDays(r.nextInt(900)));
      default -> { } // end status defaults to UNKNOWN
    }
    if (r.nextBoolean()) {
      b.onBehalfOf(OrganizationId.of(org.value() + "-from"));
    }
    if (r.nextBoolean()) {
      b.area(area);
    }
    return b.build();
  }

  /** A valid duty with up to three cooperating organisations. */
  public static Gen<Duty> duties() {
    return Gens.idTexts().zip(Gens.names(), Gens.organizationIds(), randoms(),
        (id, title, lead, r) -> {
          Duty.Builder b = Duty.builder().id(DutyId.of(id)).title(title)
              .kind(pick(r, java.util.Arrays.asList(DutyKind.values()))).lead(lead);
          for (int i = r.nextInt(4); i > 0; i--) {
            b.addCooperating(OrganizationId.of(lead.value() + "-co" + i));
          }
          return b.build();
        });
  }

  /** A valid access entry, with optional basis and validity. */
  public static Gen<AccessEntry> accessEntries() {
    return Gens.idTexts().zip(Gens.names(), Gens.names(), randoms(),
        (task, title, basis, r) -> accessEntry(r, TaskId.of(task), title, basis));
  }

  private static AccessEntry accessEntry(SplittableRandom r, TaskId task, String title,
      String basis) {
    AccessEntry.Builder b = AccessEntry.builder().task(task).title(title);
    if (r.nextBoolean()) {
      b.basis(basis);
    }
    LocalDate from = date(r);
    if (r.nextBoolean()) {
      b.validFrom(from);
    }
    if (r.nextBoolean()) {
      b.validUntil(from.plusDays(r.nextInt(3000)));
    }
    return b.build();
  }

  /** A valid chair rotation of up to four turns. */
  public static Gen<ChairRotation> chairRotations() {
    return Gens.personIds().zip(randoms(), (chair, r) -> {
      List<ChairTerm> turns = new ArrayList<>();
      LocalDate start = date(r);
      for (int i = r.nextInt(5); i > 0; i--) {
        LocalDate end = start.plusDays(r.nextInt(400));
        turns.add(ChairTerm.of(PersonId.of(chair.value() + i), start, end));
        start = end.plusDays(1 + r.nextInt(30));
      }
      return ChairRotation.of(turns);
    });
  }

  /**
   * A valid community: a party core, elements seated in the community's grids, partners anywhere,
   * people with one membership each in the core or an element, a rotating chair held by a core
   * member, duties led by known organisations and an access list.
   */
  public static Gen<CommunityGovernance> communities() {
    return Gens.communities().zip(Gens.names(), Gens.nodes(), Gens.creditCodes(), randoms(),
        StructureGens::community);
  }

  private static CommunityGovernance community(DivisionCode area, String name, NodeCode anywhere,
      org.grassroots.governance.id.UnifiedSocialCreditCode credit, SplittableRandom r) {
    List<GridCode> grids = new ArrayList<>();
    int gridCount = r.nextInt(4);
    int seq = 1 + r.nextInt(50);
    for (int i = 0; i < gridCount; i++) {
      grids.add(GridCode.of(area, seq));
      seq += 1 + r.nextInt(100);
    }
    NodeCode home = grids.isEmpty() ? NodeCode.of(area) : NodeCode.of(pick(r, grids));
    Organization core = Organization.builder().id(OrganizationId.of("C-" + r.nextInt(1000)))
        .name(name + "党委").kind(pick(r, PARTY)).seat(NodeCode.of(area))
        .creditCode(r.nextBoolean() ? Optional.of(credit) : Optional.empty()).build();
    List<Organization> partners = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      partners.add(Organization.of(OrganizationId.of("P-" + i), name + "单位" + i,
          pick(r, NOT_PARTY), anywhere));
    }
    List<Organization> elements = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      OrganizationKind kind = pick(r, java.util.Arrays.asList(OrganizationKind.values()));
      Organization.Builder b = Organization.builder().id(OrganizationId.of("E-" + i))
          .name(name + i).kind(kind).seat(home);
      if (kind.isPartyOrganization() && !partners.isEmpty() && r.nextBoolean()) {
        b.hostUnit(pick(r, partners).id());
      }
      elements.add(b.build());
    }
    List<OrganizationId> attached = new ArrayList<>();
    attached.add(core.id());
    elements.forEach(e -> attached.add(e.id()));
    List<Person> people = new ArrayList<>();
    List<Membership> memberships = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      Person p = Person.of(PersonId.of("U-" + i), name.substring(0, 1) + "某" + i, r.nextBoolean());
      people.add(p);
      Membership.Builder m = Membership.builder().person(p.id())
          .organization(i == 0 ? core.id() : pick(r, attached)).role(pick(r, ROLES))
          .start(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(300)));
      if (i == 0 || r.nextBoolean()) {
        m.endStatus(TenureEnd.ONGOING);
      } else {
        m.end(LocalDate.of(2022, 1, 1).plusDays(r.nextInt(900)));
      }
      if (!grids.isEmpty() && r.nextBoolean()) {
        m.area(NodeCode.of(pick(r, grids)));
      }
      if (!partners.isEmpty() && r.nextBoolean()) {
        m.onBehalfOf(pick(r, partners).id());
      }
      memberships.add(m.build());
    }
    CommunityGovernance.Builder b = CommunityGovernance.builder().area(area).core(core)
        .elements(elements).partners(partners).people(people).memberships(memberships)
        .grids(grids);
    if (n > 0 && r.nextBoolean()) {
      b.chairRotation(ChairRotation.of(List.of(
          ChairTerm.of(PersonId.of("U-0"), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30)),
          ChairTerm.of(PersonId.of("U-0"), LocalDate.of(2021, 7, 1),
              LocalDate.of(2021, 12, 31)))));
    }
    List<Duty> duties = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      Duty.Builder d = Duty.builder().id(DutyId.of("D-" + i)).title("责任" + i)
          .kind(pick(r, java.util.Arrays.asList(DutyKind.values()))).lead(core.id());
      elements.forEach(e -> {
        if (r.nextBoolean()) {
          d.addCooperating(e.id());
        }
      });
      duties.add(d.build());
    }
    b.responsibilities(ResponsibilityList.of(duties));
    List<AccessEntry> entries = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      entries.add(accessEntry(r, TaskId.of("T-" + i), "事项" + i, "依据" + i));
    }
    b.accessList(AccessList.of(entries));
    return b.build();
  }

  // ---- report values (bind1)

  private static final ImmutableList<String> RULE_NAMES =
      ImmutableList.of("community-workers-at-least-6", "legal-adviser", "规范 1", "x", "grid-branch");

  /** A valid finding with any outcome and a measured value of any scale. */
  public static Gen<org.grassroots.governance.structure.Finding> findings() {
    return Gens.names().zip(Gens.names(), randoms(), (subject, detail, r) ->
        org.grassroots.governance.structure.Finding.of(pick(r, RULE_NAMES), subject,
            pick(r, java.util.Arrays.asList(org.grassroots.governance.structure.Outcome.values())),
            java.math.BigDecimal.valueOf(r.nextLong(-1_000_000, 1_000_000), r.nextInt(4)),
            r.nextBoolean() ? "at least " + r.nextInt(10) : "", detail));
  }

  /** A valid administrative task. */
  public static Gen<org.grassroots.governance.structure.AdministrativeTask> tasks() {
    return Gens.idTexts().zip(Gens.names(), Gens.names(), randoms(), (id, title, by, r) ->
        org.grassroots.governance.structure.AdministrativeTask.of(TaskId.of(id), title, by,
            date(r)));
  }

  /**
   * Valid holders: memberships of any roles and ends, sorted by holding on a date as {@link
   * CommunityGovernance#holders} does (so both lists may be empty).
   */
  public static Gen<org.grassroots.governance.structure.RoleHolders> roleHolders() {
    return SourceDSL.lists().of(memberships()).ofSizeBetween(0, 6).zip(randoms(), (ms, r) -> {
      Role role = ms.isEmpty() || r.nextInt(4) == 0 ? pick(r, ROLES) : pick(r, ms).role();
      LocalDate on = ms.isEmpty() || r.nextBoolean() ? date(r) : pick(r, ms).start().plusDays(
          r.nextInt(700));
      List<Membership> held = new ArrayList<>();
      List<Membership> unknown = new ArrayList<>();
      for (Membership m : ms) {
        if (m.role() != role) {
          continue;
        }
        switch (m.heldOn(on)) {
          case HELD -> held.add(m);
          case UNKNOWN -> unknown.add(m);
          default -> { }
        }
      }
      return org.grassroots.governance.structure.RoleHolders.of(role, on, held, unknown);
    });
  }

  /** A decision of a one-entry access list on a task with or without that entry's id. */
  public static Gen<org.grassroots.governance.structure.AccessDecision> accessDecisions() {
    return accessEntries().zip(tasks(), randoms(), (entry, task, r) -> {
      org.grassroots.governance.structure.AdministrativeTask t = r.nextInt(3) == 0 ? task
          : org.grassroots.governance.structure.AdministrativeTask.of(entry.task(), task.title(),
              task.issuedBy(), entry.validFrom().map(d -> d.plusDays(r.nextInt(-30, 30)))
                  .orElse(task.pushedOn()));
      return AccessList.of(List.of(entry)).decide(t);
    });
  }

  /** A valid profile of up to five standard rules with distinct names. */
  public static Gen<org.grassroots.governance.structure.PolicyProfile> policyProfiles() {
    return Gens.names().zip(randoms(), (name, r) -> {
      List<org.grassroots.governance.structure.PolicyRule> rules = new ArrayList<>();
      for (int i = r.nextInt(6); i > 0; i--) {
        String n = pick(r, RULE_NAMES) + "-" + i;
        rules.add(switch (r.nextInt(4)) {
          case 0 -> org.grassroots.governance.structure.PolicyRule.minimumHolders(n,
              pick(r, java.util.Arrays.asList(Role.values())), r.nextInt(20), r.nextBoolean());
          case 1 -> org.grassroots.governance.structure.PolicyRule.partyBranchOnEveryGrid(n);
          case 2 -> org.grassroots.governance.structure.PolicyRule.dutiesLedBy(n,
              pick(r, java.util.Arrays.asList(DutyKind.values())),
              pick(r, java.util.Arrays.asList(OrganizationKind.values())));
          default -> org.grassroots.governance.structure.PolicyRule.everyPartTimeMemberChairs(n);
        });
      }
      return org.grassroots.governance.structure.PolicyProfile.of(name, rules);
    });
  }
}
