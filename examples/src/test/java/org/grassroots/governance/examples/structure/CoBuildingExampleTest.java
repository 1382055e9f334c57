package org.grassroots.governance.examples.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.grassroots.governance.agreement.AgreementStatus;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.Fulfilment;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Finding;
import org.grassroots.governance.structure.Outcome;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.PolicyProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the worked example and checks its report against the model it is built from. */
class CoBuildingExampleTest {
  private static String report = "";

  @BeforeAll
  static void run() {
    report = CoBuildingExample.report();
  }

  private static void assertInReport(Object expected) {
    assertTrue(report.contains(expected.toString()), () -> "missing from report: " + expected);
  }

  @Test
  void main_printsTheReport() {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      CoBuildingExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    assertEquals(report, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void caseA_reportsEveryNormFinding() {
    List<Finding> findings = PolicyProfile.defaultProfile()
        .evaluate(CoBuildingExample.chenbozhen(), CoBuildingExample.REPORT_DATE);
    assertTrue(findings.stream().anyMatch(f -> f.outcome() == Outcome.UNDETERMINED),
        "the worker whose end was not recorded leaves the six-worker norm undetermined");
    assertTrue(findings.stream().anyMatch(f -> f.subject().endsWith("0003") && !f.isMet()),
        "grid 3 has no party branch");
    findings.forEach(CoBuildingExampleTest::assertInReport);
  }

  @Test
  void caseA_agreementHistoryRefusalAndLedger() {
    CoBuildingAgreement a = CoBuildingExample.pairing();
    assertEquals(AgreementStatus.ACTIVE, a.status());
    assertEquals(4, a.versions().size());
    assertInReport("refused: cannot go from ACTIVE to SIGNED");
    assertTrue(a.content().checkSignatories(CoBuildingExample.chenbozhen()).isEmpty());
    assertInReport("signatories against the community's structure: may sign");
    a.versions().forEach(v -> assertInReport("v" + v.number() + " " + v.date() + " " + v.status()));
    Ledger l = CoBuildingExample.ledger();
    for (Fulfilment f : l.fulfilments()) {
      assertInReport("delivered " + f.delivered() + " of " + f.committed());
    }
    l.checkSchedule(CoBuildingExample.REPORT_DATE).forEach(CoBuildingExampleTest::assertInReport);
    assertInReport("lies outside the term 2021-01-01..2021-12-31");
    assertInReport("exceeds the open part 2 of commitment C-2");
    for (int m = 1; m <= 9; m++) {
      l.checkObligations(YearMonth.of(2021, m)).stream().filter(f -> !f.isMet())
          .forEach(CoBuildingExampleTest::assertInReport);
    }
    assertInReport("[NOT_MET] leadership-visits @ agreement HS-AUDIT-CBZ-2021, HS-AUDIT, 2021-04");
  }

  @Test
  void caseA_accessListAndDualReporting() {
    assertInReport("T-01 社会救助对象入户核查 from 下陆区民政局: Accepted");
    assertInReport("Refused (NOT_LISTED): task T-31");
    CoBuildingExample.dualReporting().unitSummaries(CoBuildingExample.START,
        CoBuildingExample.REPORT_DATE).forEach(s -> assertInReport("unit " + s.unit()
            + ": reported to " + s.reportedTo() + ", members reported " + s.membersReported()));
    assertInReport("has not reported to community 420204004006");
  }

  @Test
  void caseB_streetCommitteeRotationAndSubtreeNorms() {
    CommunityGovernance street = CoBuildingExample.hailaerStreet();
    assertEquals(4, street.holders(org.grassroots.governance.structure.Role
        .PART_TIME_COMMITTEE_MEMBER, CoBuildingExample.STREET_DATE).people().size());
    assertInReport("chair on 2019-05-15: HL-03");
    assertInReport("without a turn: HL-05");
    List<Finding> subtree = CoBuildingExample.streetProfile().evaluate(
        CoBuildingExample.hailaerCommunities(), CoBuildingExample.HAILAER_STREET,
        CoBuildingExample.STREET_DATE);
    subtree.forEach(CoBuildingExampleTest::assertInReport);
    assertTrue(subtree.stream().anyMatch(f -> f.subject().contains("150102001002") && !f.isMet()));
    assertFalse(report.contains("150102002001"), "a community of another street is not evaluated");
  }

  @Test
  void report_neverPrintsAWholeName() {
    for (CommunityGovernance g : List.of(CoBuildingExample.chenbozhen(),
        CoBuildingExample.hailaerStreet())) {
      for (Person p : g.people()) {
        assertFalse(report.contains(p.name()), () -> "unmasked name of " + p.id());
      }
    }
  }
}
