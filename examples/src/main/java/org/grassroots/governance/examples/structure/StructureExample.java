package org.grassroots.governance.examples.structure;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import org.grassroots.governance.agreement.*;
import org.grassroots.governance.id.*;
import org.grassroots.governance.structure.*;

/**
 * One core, many elements and a co-building agreement in a page (一核多元, 共建协议): a
 * community's structure with its workers, the regional norms as findings, an agreement signed,
 * activated and delivered against, and an illegal transition refused.
 */
public final class StructureExample {
  private StructureExample() {}

  /** Prints the demonstration to {@code out}. */
  public static void run(PrintStream out) {
    DivisionCode area = DivisionCode.parse("420204004005");
    NodeCode seat = NodeCode.of(area);
    OrganizationId core = OrganizationId.of("CORE");
    OrganizationId bureau = OrganizationId.of("BUREAU");
    CommunityGovernance.Builder b = CommunityGovernance.builder().area(area)
        .core(Organization.of(core, "社区党委", OrganizationKind.PARTY_COMMITTEE, seat))
        .addElements(Organization.of(OrganizationId.of("RC"), "居委会", OrganizationKind.RESIDENTS_COMMITTEE, seat))
        .addPartners(Organization.of(bureau, "区审计局", OrganizationKind.AGENCY, NodeCode.parse("420204000000")));
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (int i = 1; i <= 5; i++) {
      PersonId p = PersonId.of("W" + i);
      b.addPeople(Person.of(p, "社工" + i, i % 2 == 0))
          .addMemberships(i < 5 ? Membership.ongoing(p, core, Role.COMMUNITY_WORKER, start)
              : Membership.endUnknown(p, core, Role.COMMUNITY_WORKER, start));
    }
    CommunityGovernance g = b.build();
    LocalDate day = LocalDate.of(2021, 9, 30);
    RoleHolders workers = g.holders(Role.COMMUNITY_WORKER, day);
    out.println("workers in post " + workers.people().size() + ", end not recorded " + workers.unknown().size());
    for (Finding f : PolicyProfile.defaultProfile().evaluate(g, day)) {
      out.println("finding " + f);
    }
    CommitmentId hours = CommitmentId.of("C-1");
    AgreementContent content = AgreementContent.builder().community(area).form(AgreementForm.PAIRING)
        .addParties(AgreementParty.of(core, PartyRole.COMMUNITY), AgreementParty.of(bureau, PartyRole.UNIT))
        .term(Term.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
        .addCommitments(Commitment.of(hours, CommitmentKind.VOLUNTEER_HOURS, bureau,
            Quantity.of(240, MeasureUnit.HOUR), Cadence.YEARLY))
        .addObligations(Obligation.of(ObligationKind.LEADERSHIP_VISITS, bureau, 2))
        .build();
    CoBuildingAgreement a = CoBuildingAgreement.draft(AgreementId.of("A-1"), LocalDate.of(2020, 12, 15), content)
        .sign(LocalDate.of(2020, 12, 28)).activate(LocalDate.of(2021, 1, 1));
    Ledger ledger = Ledger.of(a)
        .record(Delivery.of(hours, LocalDate.of(2021, 3, 15), Quantity.of(60, MeasureUnit.HOUR)))
        .recordEvent(ObligationEvent.of(ObligationKind.LEADERSHIP_VISITS, bureau, LocalDate.of(2021, 4, 6)));
    out.println("agreement " + a.status() + ", fulfilment " + ledger.fulfilment(hours).orElseThrow().ratio());
    out.println("outside the term: " + ledger.problems(
        Delivery.of(hours, LocalDate.of(2022, 1, 5), Quantity.of(1, MeasureUnit.HOUR))).get(0).rule());
    ledger.checkObligations(YearMonth.of(2021, 4)).forEach(f -> out.println("obligation " + f));
    try {
      a.sign(LocalDate.of(2021, 8, 1));
    } catch (IllegalTransitionException e) {
      out.println("refused: " + e.getMessage());
    }
  }

  /**
   * Runs the demonstration on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
