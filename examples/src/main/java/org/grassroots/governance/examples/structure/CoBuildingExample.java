package org.grassroots.governance.examples.structure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.governance.agreement.AgreementContent;
import org.grassroots.governance.agreement.AgreementForm;
import org.grassroots.governance.agreement.AgreementParty;
import org.grassroots.governance.agreement.AgreementVersion;
import org.grassroots.governance.agreement.Cadence;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.CommitmentKind;
import org.grassroots.governance.agreement.Delivery;
import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.agreement.Fulfilment;
import org.grassroots.governance.agreement.IllegalTransitionException;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.ListEntry;
import org.grassroots.governance.agreement.ListKind;
import org.grassroots.governance.agreement.MeasureUnit;
import org.grassroots.governance.agreement.MemberReport;
import org.grassroots.governance.agreement.MemberSummary;
import org.grassroots.governance.agreement.Obligation;
import org.grassroots.governance.agreement.ObligationEvent;
import org.grassroots.governance.agreement.ObligationKind;
import org.grassroots.governance.agreement.PartyRole;
import org.grassroots.governance.agreement.PostClaim;
import org.grassroots.governance.agreement.Quantity;
import org.grassroots.governance.agreement.ServiceRecord;
import org.grassroots.governance.agreement.Term;
import org.grassroots.governance.agreement.UnitReport;
import org.grassroots.governance.agreement.UnitSummary;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.structure.AccessDecision;
import org.grassroots.governance.structure.AccessEntry;
import org.grassroots.governance.structure.AccessList;
import org.grassroots.governance.structure.AdministrativeTask;
import org.grassroots.governance.structure.ChairRotation;
import org.grassroots.governance.structure.ChairTerm;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Duty;
import org.grassroots.governance.structure.DutyId;
import org.grassroots.governance.structure.DutyKind;
import org.grassroots.governance.structure.Finding;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.OrganizationKind;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.PolicyProfile;
import org.grassroots.governance.structure.PolicyRule;
import org.grassroots.governance.structure.ResponsibilityList;
import org.grassroots.governance.structure.Role;
import org.grassroots.governance.structure.RoleHolders;
import org.grassroots.governance.structure.TaskId;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;

/**
 * The worked example of one core, many elements (一核多元) and co-building agreements (共建协议),
 * printed as a readable report.
 *
 * <p>Case A, seed 003: the Huangshi municipal audit bureau (黄石市审计局) is paired with Chenbozhen
 * community (陈伯臻社区, 420204004005; the article writes 陈百臻) in Xialu district: a first
 * secretary from the bureau's leadership, leadership visits at least twice a month, a leaders'
 * duty day, dual reporting (双报到) and two-way demand lists (双向需求清单). Case B, seed 004: the
 * joint party working committee (联合党工委) of Hailaer East Road street (海拉尔东路街道,
 * 150102001000), Xincheng district, Hohhot, with part-time members (兼职委员) from resident units
 * and a rotating chair (轮值书记), and the Inner Mongolia norms (at least 6 community workers, one
 * full-time deputy secretary per community) checked across the street's communities.
 *
 * <p>Organisations, places and dates are those of the articles and the national division table;
 * people, quantities and events are invented for the illustration. Names are personal data and
 * are printed masked.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.grassroots.governance.examples.structure.CoBuildingExample
 * }</pre>
 */
public final class CoBuildingExample {
  private CoBuildingExample() {}

  // ---- case A: seed 003 -------------------------------------------------------------------
  static final DivisionCode CHENBOZHEN = DivisionCode.parse("420204004005");
  static final DivisionCode XIAOJIAPU = DivisionCode.parse("420204004006");
  static final NodeCode HUANGSHI = NodeCode.parse("420200000000");
  static final OrganizationId CBZ_PC = OrganizationId.of("CBZ-PC");
  static final OrganizationId CBZ_RC = OrganizationId.of("CBZ-RC");
  static final OrganizationId CBZ_SS = OrganizationId.of("CBZ-SS");
  static final OrganizationId AUDIT = OrganizationId.of("HS-AUDIT");
  static final OrganizationId AUDIT_PB = OrganizationId.of("HS-AUDIT-PB");
  static final AgreementId PAIRING = AgreementId.of("HS-AUDIT-CBZ-2021");
  static final CommitmentId HOURS = CommitmentId.of("C-1");
  static final CommitmentId TRAINING = CommitmentId.of("C-2");
  static final CommitmentId FUNDS = CommitmentId.of("C-3");
  static final LocalDate REPORT_DATE = LocalDate.of(2021, 9, 30);
  static final LocalDate START = LocalDate.of(2021, 1, 1);
  static final LocalDate END = LocalDate.of(2021, 12, 31);

  // ---- case B: seed 004 -------------------------------------------------------------------
  static final DivisionCode HAILAER_STREET = DivisionCode.parse("150102001000");
  static final DivisionCode GONGZHUFU = DivisionCode.parse("150102001001");
  static final DivisionCode SAIMACHANG = DivisionCode.parse("150102001002");
  static final LocalDate STREET_DATE = LocalDate.of(2019, 5, 15);

  private static PersonId p(String id) {
    return PersonId.of(id);
  }

  private static Person person(String id, String name, boolean partyMember) {
    return Person.of(p(id), name, partyMember);
  }

  /** Chenbozhen community's structure (seed 003). */
  static CommunityGovernance chenbozhen() {
    GridCode g1 = GridCode.of(CHENBOZHEN, 1);
    GridCode g2 = GridCode.of(CHENBOZHEN, 2);
    GridCode g3 = GridCode.of(CHENBOZHEN, 3);
    Organization core = Organization.of(CBZ_PC, "陈伯臻社区党委", OrganizationKind.PARTY_COMMITTEE,
        NodeCode.of(CHENBOZHEN));
    // an illustrative code with a valid check character, not the bureau's real one
    Organization bureau = Organization.of(AUDIT, "黄石市审计局", OrganizationKind.AGENCY, HUANGSHI)
        .withCreditCode(UnifiedSocialCreditCode.parse("114202000110034503"));
    Organization bureauBranch = Organization.builder().id(AUDIT_PB).name("黄石市审计局机关党支部")
        .kind(OrganizationKind.PARTY_BRANCH).seat(HUANGSHI).hostUnit(AUDIT).build();
    LocalDate since = LocalDate.of(2018, 10, 1);
    List<Membership> ms = new ArrayList<>();
    ms.add(Membership.ongoing(p("CB-01"), CBZ_PC, Role.SECRETARY, since));
    ms.add(Membership.ongoing(p("CB-02"), CBZ_PC, Role.DEPUTY_SECRETARY, since).withFullTime(true));
    for (int i = 3; i <= 7; i++) {
      ms.add(Membership.ongoing(p("CB-0" + i), CBZ_RC, Role.COMMUNITY_WORKER, since));
    }
    // hired on a one-year contract; nobody recorded whether it was renewed
    ms.add(Membership.endUnknown(p("CB-08"), CBZ_RC, Role.COMMUNITY_WORKER, since)
        .withConfirmedUntil(LocalDate.of(2019, 9, 30)));
    ms.add(Membership.ongoing(p("CB-03"), CBZ_RC, Role.GRID_WORKER, since)
        .withArea(NodeCode.of(g1)));
    ms.add(Membership.ongoing(p("HS-01"), CBZ_PC, Role.FIRST_SECRETARY, LocalDate.of(2021, 1, 4))
        .withOnBehalfOf(AUDIT_PB));
    return CommunityGovernance.builder()
        .area(CHENBOZHEN)
        .core(core)
        .addElements(
            Organization.of(CBZ_RC, "陈伯臻社区居委会", OrganizationKind.RESIDENTS_COMMITTEE,
                NodeCode.of(CHENBOZHEN)),
            Organization.of(CBZ_SS, "陈伯臻社区服务站", OrganizationKind.SERVICE_STATION,
                NodeCode.of(CHENBOZHEN)),
            Organization.of(OrganizationId.of("CBZ-G1"), "第一网格党支部",
                OrganizationKind.PARTY_BRANCH, NodeCode.of(g1)),
            Organization.of(OrganizationId.of("CBZ-G2"), "第二网格党支部",
                OrganizationKind.PARTY_BRANCH, NodeCode.of(g2)),
            Organization.of(OrganizationId.of("CBZ-VT"), "陈伯臻社区志愿服务队",
                OrganizationKind.VOLUNTEER_TEAM, NodeCode.of(CHENBOZHEN)))
        .addPartners(bureau, bureauBranch)
        .addPeople(person("CB-01", "王建国", true), person("CB-02", "李红梅", true),
            person("CB-03", "张丽", true), person("CB-04", "刘洋", false),
            person("CB-05", "陈静", true), person("CB-06", "杨帆", false),
            person("CB-07", "赵敏", false), person("CB-08", "黄磊", false),
            person("HS-01", "周志强", true))
        .addAllMemberships(ms)
        .addGrids(g1, g2, g3)
        .responsibilities(ResponsibilityList.of(List.of(
            Duty.of(DutyId.of("D-01"), "社会救助初审", DutyKind.ADMINISTRATIVE, CBZ_SS)
                .withCooperating(List.of(CBZ_RC)),
            Duty.of(DutyId.of("D-02"), "居民公约修订", DutyKind.SELF_GOVERNANCE, CBZ_RC)
                .withCooperating(List.of(CBZ_PC)),
            Duty.of(DutyId.of("D-03"), "矛盾纠纷排查", DutyKind.SELF_GOVERNANCE, CBZ_RC)
                .withCooperating(List.of(CBZ_PC, AUDIT_PB)),
            Duty.of(DutyId.of("D-04"), "防汛值守", DutyKind.ADMINISTRATIVE, CBZ_PC)
                .withCooperating(List.of(CBZ_SS, AUDIT_PB)))))
        .accessList(AccessList.of(List.of(
            AccessEntry.of(TaskId.of("T-01"), "社会救助对象入户核查").withBasis("《社会救助暂行办法》"),
            AccessEntry.of(TaskId.of("T-02"), "防汛应急人员转移").withBasis("《防洪法》"))))
        .build();
  }

  /** The pairing agreement's first content (seed 003). */
  static AgreementContent pairingContent() {
    return AgreementContent.builder()
        .community(CHENBOZHEN)
        .form(AgreementForm.PAIRING)
        .addParties(AgreementParty.of(CBZ_PC, PartyRole.COMMUNITY),
            AgreementParty.of(AUDIT, PartyRole.UNIT).withThrough(AUDIT_PB))
        .term(Term.of(START, END))
        .addCommitments(
            Commitment.of(HOURS, CommitmentKind.VOLUNTEER_HOURS, AUDIT,
                Quantity.of(300, MeasureUnit.HOUR), Cadence.WHOLE_TERM)
                .withDescription("在职党员志愿服务"),
            Commitment.of(TRAINING, CommitmentKind.EXPERTISE, AUDIT,
                Quantity.of(4, MeasureUnit.TIMES), Cadence.QUARTERLY)
                .withDescription("社区财务与惠民资金审计培训"),
            Commitment.of(FUNDS, CommitmentKind.FUNDS, AUDIT,
                Quantity.of(20000, MeasureUnit.YUAN), Cadence.ONCE)
                .withDescription("微心愿与帮扶资金"))
        .addObligations(Obligation.firstSecretary(AUDIT),
            Obligation.of(ObligationKind.LEADERSHIP_VISITS, AUDIT, 2),
            Obligation.of(ObligationKind.DUTY_DAYS, AUDIT, 1))
        .pledge("黄石市审计局 陈伯臻社区 结对包保承诺书")
        .addLists(
            ListEntry.of(ListKind.PROBLEM, "在职党员下而不沉").withRaisedBy(CBZ_PC),
            ListEntry.of(ListKind.RESOURCE, "审计业务骨干").withRaisedBy(AUDIT),
            ListEntry.of(ListKind.DEMAND, "老旧小区改造资金使用监督").withRaisedBy(CBZ_PC),
            ListEntry.of(ListKind.DEMAND, "在职党员志愿服务岗位").withRaisedBy(AUDIT),
            ListEntry.of(ListKind.PROJECT, "惠民资金明白墙"))
        .build();
  }

  /** The agreement through its lifecycle, with one amendment. */
  static CoBuildingAgreement pairing() {
    AgreementContent first = pairingContent();
    AgreementContent amended = AgreementContent.builder().from(first)
        .commitments(List.of(first.commitments().get(0)
                .withQuantity(Quantity.of(360, MeasureUnit.HOUR)),
            first.commitments().get(1), first.commitments().get(2)))
        .build();
    return CoBuildingAgreement.draft(PAIRING, LocalDate.of(2020, 12, 15), first)
        .sign(LocalDate.of(2020, 12, 28))
        .activate(START)
        .amend(LocalDate.of(2021, 7, 1), amended, "抗疫防汛后志愿服务时长增至360小时");
  }

  /** The ledger of the pairing agreement until the report date. */
  static Ledger ledger() {
    Ledger l = Ledger.of(pairing())
        .recordEvent(ObligationEvent.appointment(ObligationKind.FIRST_SECRETARY, AUDIT,
            LocalDate.of(2021, 1, 4), p("HS-01")));
    int[] hours = {20, 24, 36, 30, 28, 40, 42, 38, 34};
    for (int m = 1; m <= 9; m++) {
      l = l.record(Delivery.of(HOURS, LocalDate.of(2021, m, 15),
          Quantity.of(hours[m - 1], MeasureUnit.HOUR)));
    }
    l = l.record(Delivery.of(TRAINING, LocalDate.of(2021, 3, 20), Quantity.of(1, MeasureUnit.TIMES)))
        .record(Delivery.of(TRAINING, LocalDate.of(2021, 6, 18), Quantity.of(1, MeasureUnit.TIMES)))
        .record(Delivery.of(FUNDS, LocalDate.of(2021, 2, 5), Quantity.of(20000, MeasureUnit.YUAN)))
        .record(Delivery.of(FUNDS, LocalDate.of(2021, 9, 20), Quantity.of(3000, MeasureUnit.YUAN))
            .withDeclaredOverDelivery(true).withNote("中秋慰问，超出承诺部分"));
    int[] visits = {2, 2, 3, 1, 2, 2, 0, 2, 2};
    for (int m = 1; m <= 9; m++) {
      for (int v = 0; v < visits[m - 1]; v++) {
        l = l.recordEvent(ObligationEvent.of(ObligationKind.LEADERSHIP_VISITS, AUDIT,
            LocalDate.of(2021, m, 5 + 10 * v)));
      }
      if (m != 7) {
        l = l.recordEvent(ObligationEvent.of(ObligationKind.DUTY_DAYS, AUDIT,
            LocalDate.of(2021, m, 12)));
      }
    }
    return l;
  }

  /** Dual reporting of the bureau and its members (双报到). */
  static DualReporting dualReporting() {
    LocalDate day = LocalDate.of(2021, 1, 8);
    return DualReporting.of(List.of(pairing()))
        .withUnitReport(UnitReport.of(AUDIT, PAIRING, CHENBOZHEN, day))
        .withMemberReport(MemberReport.builder().person(p("HS-11")).unit(AUDIT)
            .residence(NodeCode.of(GridCode.of(CHENBOZHEN, 2))).community(CHENBOZHEN)
            .date(LocalDate.of(2021, 1, 15)).identityShown(true).addSkills("财务审计", "政策宣讲")
            .build())
        .withMemberReport(MemberReport.builder().person(p("HS-12")).unit(AUDIT)
            .residence(NodeCode.of(XIAOJIAPU)).community(XIAOJIAPU)
            .date(LocalDate.of(2021, 1, 20)).identityShown(true).addSkills("法律咨询").build())
        .withMemberReport(MemberReport.builder().person(p("HS-13")).unit(AUDIT)
            .residence(NodeCode.of(CHENBOZHEN)).community(CHENBOZHEN)
            .date(LocalDate.of(2021, 3, 1)).build())
        .withClaim(PostClaim.of(p("HS-11"), CHENBOZHEN, "楼栋政策宣讲员", LocalDate.of(2021, 1, 20)))
        .withClaim(PostClaim.of(p("HS-12"), XIAOJIAPU, "法律咨询志愿者", LocalDate.of(2021, 2, 1)))
        .withService(ServiceRecord.of(p("HS-11"), CHENBOZHEN, LocalDate.of(2021, 3, 6),
            new BigDecimal("2.5")).withPost("楼栋政策宣讲员"))
        .withService(ServiceRecord.of(p("HS-11"), CHENBOZHEN, LocalDate.of(2021, 7, 10),
            new BigDecimal("6")))
        .withService(ServiceRecord.of(p("HS-12"), XIAOJIAPU, LocalDate.of(2021, 5, 22),
            new BigDecimal("3")));
  }

  /** The street joint party working committee (seed 004). */
  static CommunityGovernance hailaerStreet() {
    NodeCode street = NodeCode.of(HAILAER_STREET);
    OrganizationId core = OrganizationId.of("HLE-LHDGW");
    OrganizationId university = OrganizationId.of("IMUT");
    OrganizationId universityPc = OrganizationId.of("IMUT-PC");
    OrganizationId enterprise = OrganizationId.of("HLE-ENT");
    OrganizationId enterprisePb = OrganizationId.of("HLE-ENT-PB");
    OrganizationId property = OrganizationId.of("HLE-PROP");
    OrganizationId propertyPb = OrganizationId.of("HLE-PROP-PB");
    OrganizationId agencyPb = OrganizationId.of("HLE-AG-PB");
    NodeCode imutCommunity = NodeCode.parse("150102001009");
    LocalDate since = LocalDate.of(2019, 1, 1);
    return CommunityGovernance.builder()
        .area(HAILAER_STREET)
        .core(Organization.of(core, "海拉尔东路街道联合党工委",
            OrganizationKind.JOINT_PARTY_WORKING_COMMITTEE, street))
        .addElements(
            Organization.of(university, "内蒙古工业大学", OrganizationKind.PUBLIC_INSTITUTION,
                imutCommunity),
            Organization.builder().id(universityPc).name("内蒙古工业大学机关党委")
                .kind(OrganizationKind.PARTY_COMMITTEE).seat(imutCommunity).hostUnit(university)
                .build(),
            Organization.of(enterprise, "辖区国有企业", OrganizationKind.ENTERPRISE,
                NodeCode.of(GONGZHUFU)),
            Organization.builder().id(enterprisePb).name("辖区国有企业党支部")
                .kind(OrganizationKind.PARTY_BRANCH).seat(NodeCode.of(GONGZHUFU))
                .hostUnit(enterprise).build(),
            Organization.of(property, "某物业服务公司", OrganizationKind.PROPERTY_COMPANY,
                NodeCode.of(SAIMACHANG)),
            Organization.builder().id(propertyPb).name("某物业服务公司党支部")
                .kind(OrganizationKind.PARTY_BRANCH).seat(NodeCode.of(SAIMACHANG))
                .hostUnit(property).build())
        .addPartners(Organization.of(OrganizationId.of("HLE-AG"), "包联机关",
                OrganizationKind.AGENCY, NodeCode.parse("150100000000")),
            Organization.builder().id(agencyPb).name("包联机关党支部")
                .kind(OrganizationKind.PARTY_BRANCH).seat(NodeCode.parse("150100000000"))
                .hostUnit(OrganizationId.of("HLE-AG")).build())
        .addPeople(person("HL-01", "乌云其其格", true), person("HL-02", "巴特尔", true),
            person("HL-03", "孙建华", true), person("HL-04", "高晓燕", true),
            person("HL-05", "马俊", true))
        .addMemberships(
            Membership.ongoing(p("HL-01"), core, Role.SECRETARY, since),
            Membership.ongoing(p("HL-02"), core, Role.PART_TIME_COMMITTEE_MEMBER, since)
                .withOnBehalfOf(universityPc),
            Membership.ongoing(p("HL-03"), core, Role.PART_TIME_COMMITTEE_MEMBER, since)
                .withOnBehalfOf(enterprisePb),
            Membership.ongoing(p("HL-04"), core, Role.PART_TIME_COMMITTEE_MEMBER, since)
                .withOnBehalfOf(propertyPb),
            Membership.ongoing(p("HL-05"), core, Role.PART_TIME_COMMITTEE_MEMBER, since)
                .withOnBehalfOf(agencyPb))
        .chairRotation(ChairRotation.of(List.of(
            ChairTerm.of(p("HL-02"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)),
            ChairTerm.of(p("HL-03"), LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30)),
            ChairTerm.of(p("HL-04"), LocalDate.of(2019, 7, 1), LocalDate.of(2019, 9, 30)))))
        .build();
  }

  /** A community of the street with the given staffing. */
  static CommunityGovernance streetCommunity(DivisionCode code, String name, int workers,
      boolean fullTimeDeputy, boolean legalAdviser) {
    String k = code.toString().substring(9);
    OrganizationId core = OrganizationId.of("HLE-" + k + "-PC");
    OrganizationId rc = OrganizationId.of("HLE-" + k + "-RC");
    GridCode grid = GridCode.of(code, 1);
    CommunityGovernance.Builder b = CommunityGovernance.builder().area(code)
        .core(Organization.of(core, name + "党委", OrganizationKind.PARTY_COMMITTEE,
            NodeCode.of(code)))
        .addElements(Organization.of(rc, name + "居委会", OrganizationKind.RESIDENTS_COMMITTEE,
                NodeCode.of(code)),
            Organization.of(OrganizationId.of("HLE-" + k + "-G1"), name + "第一网格党支部",
                OrganizationKind.PARTY_BRANCH, NodeCode.of(grid)))
        .addGrids(grid);
    LocalDate since = LocalDate.of(2018, 6, 1);
    for (int i = 1; i <= workers; i++) {
      String id = "HLE-" + k + "-W" + i;
      b.addPeople(Person.of(p(id), "社工" + k + i, i % 2 == 0))
          .addMemberships(Membership.ongoing(p(id), rc, Role.COMMUNITY_WORKER, since));
    }
    String d = "HLE-" + k + "-DS";
    b.addPeople(Person.of(p(d), "副书记" + k, true))
        .addMemberships(Membership.ongoing(p(d), core, Role.DEPUTY_SECRETARY, since)
            .withFullTime(fullTimeDeputy));
    if (legalAdviser) {
      String a = "HLE-" + k + "-LA";
      b.addPeople(Person.of(p(a), "律师" + k, false))
          .addMemberships(Membership.ongoing(p(a), rc, Role.LEGAL_ADVISER, since));
    }
    return b.build();
  }

  static List<CommunityGovernance> hailaerCommunities() {
    return List.of(
        streetCommunity(GONGZHUFU, "公主府社区", 7, true, true),
        streetCommunity(SAIMACHANG, "赛马场社区", 4, false, true),
        streetCommunity(DivisionCode.parse("150102002001"), "车站西街社区", 3, false, false));
  }

  /** The profile of case B: the seed norms plus a caller's own rule. */
  static PolicyProfile streetProfile() {
    return PolicyProfile.defaultProfile()
        .withRule(PolicyRule.minimumHolders("grid-worker-on-duty", Role.GRID_WORKER, 1, false));
  }

  private static String pct(BigDecimal ratio) {
    return ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN)
        .toPlainString() + "%";
  }

  /**
   * The whole report.
   *
   * @return the report text
   */
  public static String report() {
    StringBuilder out = new StringBuilder();
    caseA(out);
    caseB(out);
    return out.toString();
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  private static void caseA(StringBuilder out) {
    line(out, "=== Case A (seed 003): 黄石市审计局 结对包保 陈伯臻社区 ===");
    CommunityGovernance g = chenbozhen();
    line(out, "");
    line(out, "-- One core, many elements (一核多元) of community " + g.area() + " --");
    line(out, "core: " + g.core().name() + " [" + g.core().kind() + "]");
    for (Organization o : g.elements()) {
      line(out, "  element: " + o.name() + " [" + o.kind() + "] at " + o.seat());
    }
    for (Organization o : g.partners()) {
      line(out, "  partner: " + o.name() + " [" + o.kind() + "]"
          + o.creditCode().map(c -> " credit code " + c + " (illustrative)").orElse("")
          + o.hostUnit().map(h -> " in unit " + h).orElse(""));
    }
    line(out, "");
    line(out, "-- Who holds which role on " + REPORT_DATE + " (unknown ends never guessed) --");
    for (Role r : List.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.FIRST_SECRETARY,
        Role.COMMUNITY_WORKER)) {
      RoleHolders h = g.holders(r, REPORT_DATE);
      StringBuilder names = new StringBuilder();
      for (PersonId id : h.people()) {
        names.append(' ').append(g.person(id).map(Person::maskedName).orElse(id.toString()));
      }
      line(out, String.format(Locale.ROOT, "%-18s %d in post:%s%s", r, h.people().size(), names,
          h.unknown().isEmpty() ? ""
              : "; end not recorded: " + h.unknown().size() + " (" + h.unknown().get(0).person()
                  + ", last confirmed " + h.unknown().get(0).confirmedUntil()
                      .map(Object::toString).orElse("never") + ")"));
    }
    line(out, "");
    line(out, "-- Responsibility list (主体责任清单) --");
    for (Duty d : g.responsibilities().duties()) {
      line(out, "  " + d.id() + " " + d.title() + " [" + d.kind() + "] lead " + d.lead()
          + ", cooperating " + d.cooperating());
    }
    line(out, "  " + CBZ_RC + " leads: " + g.responsibilities().ledBy(CBZ_RC).size() + " duties");
    line(out, "  who leads D-04: " + g.responsibilities().leadOf(DutyId.of("D-04")).orElseThrow());
    line(out, "");
    line(out, "-- Access list (准入清单): tasks pushed down --");
    for (AdministrativeTask t : List.of(
        AdministrativeTask.of(TaskId.of("T-01"), "社会救助对象入户核查", "下陆区民政局",
            LocalDate.of(2021, 4, 2)),
        AdministrativeTask.of(TaskId.of("T-31"), "企业安全生产台账代填", "某职能部门",
            LocalDate.of(2021, 4, 9)))) {
      AccessDecision d = g.accessList().decide(t);
      line(out, "  " + t.task() + " " + t.title() + " from " + t.issuedBy() + ": "
          + (d.isAccepted() ? "Accepted"
              : "Refused (" + ((AccessDecision.Refused) d).reason() + "): "
                  + ((AccessDecision.Refused) d).message()));
    }
    line(out, "");
    line(out, "-- Regional norms (seed norms profile), as findings --");
    for (Finding f : PolicyProfile.defaultProfile().evaluate(g, REPORT_DATE)) {
      line(out, "  " + f);
    }

    CoBuildingAgreement a = pairing();
    line(out, "");
    line(out, "-- Co-building agreement " + a.id() + " (共建协议): " + a.content().form()
        + ", term " + a.content().term() + " --");
    for (AgreementVersion v : a.versions()) {
      line(out, "  v" + v.number() + " " + v.date() + " " + v.status()
          + v.note().map(n -> " — " + n).orElse(""));
    }
    List<Violation> signatories = a.content().checkSignatories(g);
    line(out, "  signatories against the community's structure: "
        + (signatories.isEmpty() ? "may sign" : signatories.toString()));
    line(out, "  pledge: " + a.content().pledge().orElse("-"));
    for (ListKind k : ListKind.values()) {
      for (ListEntry e : a.content().list(k)) {
        line(out, "  " + k + " list: " + e.title()
            + e.raisedBy().map(r -> " (raised by " + r + ")").orElse(""));
      }
    }
    line(out, "  as of 2021-03-01 the hours commitment was "
        + a.asOf(LocalDate.of(2021, 3, 1)).orElseThrow().content().commitment(HOURS)
            .orElseThrow().quantity()
        + "; now " + a.content().commitment(HOURS).orElseThrow().quantity());
    try {
      a.sign(LocalDate.of(2021, 8, 1));
    } catch (IllegalTransitionException e) {
      line(out, "  refused: " + e.violations().get(0).rule());
    }

    Ledger l = ledger();
    line(out, "");
    line(out, "-- Ledger (履约台账) on " + REPORT_DATE + " --");
    for (Fulfilment f : l.fulfilments()) {
      line(out, "  " + f.commitment().id() + " " + f.commitment().description().orElse("")
          + ": delivered " + f.delivered() + " of " + f.committed() + " = " + pct(f.ratio())
          + ", open " + f.open());
    }
    for (Finding f : l.checkSchedule(REPORT_DATE)) {
      line(out, "  " + f);
    }
    line(out, "  agreement fulfilment: " + pct(l.fulfilmentRatio().orElseThrow())
        + "; unit " + AUDIT + ": " + pct(l.fulfilmentRatio(AUDIT).orElseThrow()));
    Delivery late = Delivery.of(HOURS, LocalDate.of(2022, 1, 10), Quantity.of(8, MeasureUnit.HOUR));
    for (Violation v : l.problems(late)) {
      line(out, "  cannot record " + late.date() + ": " + v);
    }
    Delivery tooMuch = Delivery.of(TRAINING, LocalDate.of(2021, 9, 25),
        Quantity.of(3, MeasureUnit.TIMES));
    for (Violation v : l.problems(tooMuch)) {
      line(out, "  cannot record " + tooMuch.commitment() + ": " + v);
    }
    line(out, "");
    line(out, "-- Obligations, month by month (findings) --");
    for (int m = 1; m <= 9; m++) {
      for (Finding f : l.checkObligations(YearMonth.of(2021, m))) {
        if (!f.isMet() || m == 1) {
          line(out, "  " + f);
        }
      }
    }
    DualReporting dr = dualReporting();
    line(out, "");
    line(out, "-- Dual reporting (双报到), " + START + ".." + REPORT_DATE + " --");
    for (UnitSummary s : dr.unitSummaries(START, REPORT_DATE)) {
      line(out, "  unit " + s.unit() + ": reported to " + s.reportedTo() + ", members reported "
          + s.membersReported() + ", serving " + s.membersServing() + ", hours "
          + s.hours().toPlainString() + ", posts claimed " + s.postsClaimed());
    }
    for (MemberSummary s : dr.memberSummaries(START, REPORT_DATE)) {
      line(out, "  member " + s.person() + " in " + s.community() + ": identity shown "
          + s.identityShown() + ", skills " + s.skills() + ", posts " + s.postsClaimed()
          + ", services " + s.services() + ", hours " + s.hours().toPlainString());
    }
    try {
      dr.withService(ServiceRecord.of(p("HS-13"), XIAOJIAPU, LocalDate.of(2021, 4, 1),
          BigDecimal.ONE));
    } catch (InvalidValueException e) {
      line(out, "  refused: " + e.violations().get(0));
    }
  }

  private static void caseB(StringBuilder out) {
    line(out, "");
    line(out, "=== Case B (seed 004): 海拉尔东路街道联合党工委, 兼职委员 and 轮值书记 ===");
    CommunityGovernance s = hailaerStreet();
    line(out, "core: " + s.core().name() + " [" + s.core().kind() + "] for street " + s.area());
    RoleHolders pt = s.holders(Role.PART_TIME_COMMITTEE_MEMBER, STREET_DATE);
    for (Membership m : pt.held()) {
      String from = m.onBehalfOf().flatMap(s::organization).map(Organization::name).orElse("?");
      line(out, "  part-time member " + m.person() + " ("
          + s.person(m.person()).map(Person::maskedName).orElse("?") + ") on behalf of " + from);
    }
    for (ChairTerm t : s.chairRotation().orElseThrow().turns()) {
      line(out, "  rotating chair " + t.start() + ".." + t.end() + ": " + t.chair());
    }
    line(out, "  chair on " + STREET_DATE + ": "
        + s.chairRotation().orElseThrow().chairOn(STREET_DATE).orElseThrow());
    for (Finding f : streetProfile().evaluate(s, STREET_DATE)) {
      line(out, "  " + f);
    }
    line(out, "");
    line(out, "-- Norms across the communities under street " + HAILAER_STREET
        + " (subtree by code) --");
    for (Finding f : streetProfile().evaluate(hailaerCommunities(), HAILAER_STREET,
        STREET_DATE)) {
      line(out, "  " + f);
    }
  }

  /**
   * Prints the report.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.print(report());
  }
}
