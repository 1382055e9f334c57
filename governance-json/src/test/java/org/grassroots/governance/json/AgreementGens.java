package org.grassroots.governance.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.grassroots.governance.agreement.AgreementContent;
import org.grassroots.governance.agreement.AgreementForm;
import org.grassroots.governance.agreement.AgreementParty;
import org.grassroots.governance.agreement.AgreementVersion;
import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.agreement.MemberReport;
import org.grassroots.governance.agreement.PostClaim;
import org.grassroots.governance.agreement.ServiceRecord;
import org.grassroots.governance.agreement.UnitReport;
import org.grassroots.governance.agreement.Cadence;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.CommitmentKind;
import org.grassroots.governance.agreement.Delivery;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.ListEntry;
import org.grassroots.governance.agreement.MeasureUnit;
import org.grassroots.governance.agreement.Obligation;
import org.grassroots.governance.agreement.ObligationEvent;
import org.grassroots.governance.agreement.ObligationKind;
import org.grassroots.governance.agreement.PartyRole;
import org.grassroots.governance.agreement.Quantity;
import org.grassroots.governance.agreement.Term;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generators of valid agreements and ledgers, built through the public API (seeded). */
public final class AgreementGens {
  private static final List<MeasureUnit> UNITS = List.of(MeasureUnit.HOUR, MeasureUnit.YUAN,
      MeasureUnit.TIMES, MeasureUnit.DAY, MeasureUnit.ITEM, MeasureUnit.PERSON_TIME,
      MeasureUnit.SQUARE_METRE, MeasureUnit.of("箱"));

  private AgreementGens() {}

  private static <T> T pick(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** A valid ledger: an agreement drafted, signed, activated, maybe amended, with deliveries. */
  public static Gen<Ledger> ledgers() {
    return Gens.communities().zip(Gens.agreementIds(), Gens.names(),
        SourceDSL.longs().all(), AgreementGens::ledger);
  }

  /**
   * A valid dual-reporting register: one to three agreements of a community (some in force),
   * unit reports of their counterparts on an in-force day, members living in the community
   * (at the community, a grid or a building), their claims and service records on or after
   * their report.
   */
  public static Gen<DualReporting> registers() {
    return Gens.communities().zip(Gens.names(), SourceDSL.longs().all(),
        (c, n, seed) -> register(c, n, new SplittableRandom(seed)));
  }

  static DualReporting register(DivisionCode community, String name, SplittableRandom r) {
    DualReporting.Builder b = DualReporting.builder();
    List<OrganizationId> units = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      CoBuildingAgreement a = ledger(community, AgreementId.of("HS-" + i), name, r.nextLong())
          .agreement();
      b.addAgreements(a);
      for (AgreementVersion v : a.versions()) {
        if (v.status().isInForce()) {
          for (AgreementParty p : v.content().parties()) {
            if (p.role() != PartyRole.COMMUNITY) {
              units.add(p.organization());
              if (r.nextBoolean()) {
                b.addUnitReports(UnitReport.of(p.organization(), a.id(), community, v.date()));
              }
            }
          }
          break;
        }
      }
    }
    if (units.isEmpty()) {
      units.add(OrganizationId.of("U-9"));
    }
    LocalDate base = LocalDate.of(2021, 1, 4);
    for (int m = 0, n = r.nextInt(5); m < n; m++) {
      PersonId person = PersonId.of("M-" + m);
      LocalDate reported = base.plusDays(r.nextInt(300));
      int where = r.nextInt(3);
      NodeCode residence = where == 0 ? NodeCode.of(community)
          : where == 1 ? NodeCode.of(GridCode.of(community, 1 + r.nextInt(20)))
          : NodeCode.of(BuildingCode.of(GridCode.of(community, 1 + r.nextInt(20)),
              1 + r.nextInt(50)));
      MemberReport.Builder report = MemberReport.builder().person(person)
          .unit(pick(r, units)).residence(residence).community(community).date(reported)
          .identityShown(r.nextBoolean());
      for (int k = r.nextInt(3); k > 0; k--) {
        report.addSkills(pick(r, List.of("法律咨询", "财务审计", "医疗", "心理疏导", "摄影")));
      }
      b.addMemberReports(report.build());
      for (int k = r.nextInt(3); k > 0; k--) {
        b.addClaims(PostClaim.of(person, community, pick(r, List.of("楼栋长", "政策宣讲员",
            "文明劝导员")), reported.plusDays(r.nextInt(30))));
      }
      for (int k = r.nextInt(4); k > 0; k--) {
        ServiceRecord s = ServiceRecord.of(person, community, reported.plusDays(r.nextInt(200)),
            BigDecimal.valueOf(1 + r.nextInt(48), 1));
        b.addServices(r.nextBoolean() ? s.withPost("楼栋长") : s);
      }
    }
    return b.build();
  }

  static Quantity quantity(SplittableRandom r) {
    return Quantity.of(BigDecimal.valueOf(1 + r.nextInt(100_000), r.nextInt(3)), pick(r, UNITS));
  }

  private static AgreementContent content(SplittableRandom r, DivisionCode community,
      String name, Term term) {
    List<AgreementParty> parties = new ArrayList<>();
    OrganizationId c = OrganizationId.of("C-" + community);
    parties.add(AgreementParty.of(c, PartyRole.COMMUNITY));
    int others = 1 + r.nextInt(3);
    for (int i = 1; i <= others; i++) {
      AgreementParty p = AgreementParty.of(OrganizationId.of("U-" + i),
          r.nextBoolean() ? PartyRole.UNIT : PartyRole.SOCIAL_ORGANIZATION);
      parties.add(r.nextBoolean() ? p.withThrough(OrganizationId.of("U-" + i + "-PB")) : p);
    }
    AgreementForm form = others == 1 ? pick(r, Arrays.asList(AgreementForm.values()))
        : pick(r, List.of(AgreementForm.CO_RESIDENCE, AgreementForm.CROSS_DOMAIN_ALLIANCE));
    AgreementContent.Builder b = AgreementContent.builder().community(community).form(form)
        .parties(parties).term(term);
    for (int i = r.nextInt(4); i > 0; i--) {
      Commitment.Builder k = Commitment.builder().id(CommitmentId.of("K-" + i))
          .kind(pick(r, Arrays.asList(CommitmentKind.values())))
          .by(pick(r, parties).organization()).quantity(quantity(r))
          .cadence(pick(r, Arrays.asList(Cadence.values())));
      if (r.nextBoolean()) {
        k.description(name + "服务");
      }
      b.addCommitments(k.build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addObligations(Obligation.of(pick(r, Arrays.asList(ObligationKind.values())),
          pick(r, parties).organization(), 1 + r.nextInt(12)));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      org.grassroots.governance.agreement.ListKind kind =
          pick(r, Arrays.asList(org.grassroots.governance.agreement.ListKind.values()));
      ListEntry.Builder e = ListEntry.builder().kind(kind).title(name + i);
      if (r.nextBoolean()) {
        e.raisedBy(pick(r, parties).organization());
      }
      switch (kind) {
        case DEMAND -> e.demand(DemandId.of("DM-" + i));
        case RESOURCE -> e.resource(ResourceId.of("RS-" + i));
        case PROJECT -> e.project(ProjectId.of("PJ-" + i));
        default -> { }
      }
      b.addLists(e.build());
    }
    if (r.nextBoolean()) {
      b.pledge(name + "共建承诺");
    }
    return b.build();
  }

  private static Ledger ledger(DivisionCode community, AgreementId id, String name, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(1500));
    Term term = Term.of(start, start.plusDays(180 + r.nextInt(900)));
    AgreementContent content = content(r, community, name, term);
    LocalDate drafted = start.minusDays(r.nextInt(60));
    CoBuildingAgreement a = CoBuildingAgreement.draft(id, drafted, content);
    int stage = r.nextInt(4);
    LocalDate signed = drafted.plusDays(r.nextInt(10));
    LocalDate active = (signed.isAfter(start) ? signed : start).plusDays(r.nextInt(30));
    if (stage >= 1) {
      a = a.sign(signed);
    }
    if (stage >= 2) {
      a = a.activate(active);
    }
    if (stage >= 3) {
      a = a.amend(active.plusDays(1 + r.nextInt(30)), content.withTerm(term.withEnd(
          term.end().plusDays(1 + r.nextInt(100)))), name + "续期");
    }
    Ledger.Builder ledger = Ledger.builder().agreement(a);
    if (stage >= 2) {
      for (Commitment k : content.commitments()) {
        if (r.nextBoolean()) {
          BigDecimal half = k.quantity().amount().divide(BigDecimal.valueOf(2));
          Delivery.Builder d = Delivery.builder().commitment(k.id()).date(active)
              .quantity(Quantity.of(half, k.quantity().unit()));
          if (r.nextBoolean()) {
            d.note(name + "交付");
          }
          ledger.addDeliveries(d.build());
        }
      }
      for (Obligation o : content.obligations()) {
        ObligationEvent.Builder e = ObligationEvent.builder().kind(o.kind())
            .obligor(o.obligor()).date(active);
        if (o.kind().isAppointment()) {
          e.person(PersonId.of("PP-" + r.nextInt(100)));
        }
        ledger.addEvents(e.build());
      }
    }
    return ledger.build();
  }
}
