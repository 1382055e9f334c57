package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.agreement.Fulfilment;
import org.grassroots.governance.agreement.Ledger;
import org.grassroots.governance.agreement.MemberSummary;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.PartyOverlay;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Coverage;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Role;
import org.grassroots.governance.validation.Violations;

/**
 * The measure ids of the standard indicators (标准度量): those the library fills from its own data,
 * and those a caller supplies. Community measures are listed in {@link #LIBRARY_FILLED} and
 * {@link #CALLER_SUPPLIED}; the {@code MEMBER_*} and {@code UNIT_*} measures serve
 * {@link DefaultIndicatorSystems#inServicePartyMember()} and {@link DefaultIndicatorSystems#pairedUnit()}
 * (with {@link #LEADERSHIP_VISITS} and {@link #AGREEMENT_FULFILMENT} measured per unit).
 *
 * <p>Filled by the library, one static method per measure: {@link #gridPartyBranchCoverage}
 * (grid), {@link #communityWorkers} (structure), {@link #agreementFulfilment} (agreements),
 * {@link #serviceHoursPerMember} (dual reporting), {@link #demandCoverage} (matching) and
 * {@link #deliberationsCompleted} (deliberation). {@link #DEMAND_SATISFACTION} is in
 * {@link #LIBRARY_FILLED} but matching records no satisfaction yet, so a caller supplies it.
 * Each method gives a value only where the data define one (a community without grids has no
 * grid coverage); a community without a value is listed by the scorecard as missing.
 *
 * <pre>{@code
 * Measurements m = StandardMeasures.deliberationsCompleted(matters,
 *         LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), communities)
 *     .merge(StandardMeasures.gridPartyBranchCoverage(overlay))
 *     .merge(StandardMeasures.communityWorkers(governances, LocalDate.of(2024, 12, 31)))
 *     .merge(StandardMeasures.agreementFulfilment(ledgers))
 *     .merge(StandardMeasures.serviceHoursPerMember(dualReporting,
 *         LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
 *     .merge(StandardMeasures.demandCoverage(matchingResult));
 * }</pre>
 */
public final class StandardMeasures {
  private StandardMeasures() {}

  /** Share of a community's grids that have a party branch (党支部建在网格上), 0 to 1; from the grid hierarchy. */
  public static final MeasureId GRID_PARTY_BRANCH_COVERAGE = MeasureId.of("grid.partyBranchCoverage");
  /** Community workers (社区工作者) in post; from the structure of the community. */
  public static final MeasureId COMMUNITY_WORKERS = MeasureId.of("structure.communityWorkers");
  /** Share of the co-building commitments due that were fulfilled (共建协议履约率), 0 to 1; from the agreements' ledgers. */
  public static final MeasureId AGREEMENT_FULFILMENT = MeasureId.of("agreement.fulfilment");
  /** Service hours per in-service party member reporting to the community (在职党员人均服务时长), per year; from dual reporting. */
  public static final MeasureId SERVICE_HOURS_PER_MEMBER = MeasureId.of("dualReporting.serviceHoursPerMember");
  /** Share of the demands raised that were matched (需求覆盖率), 0 to 1; from matching. */
  public static final MeasureId DEMAND_COVERAGE = MeasureId.of("matching.demandCoverage");
  /** Mean satisfaction of evaluated demands (群众满意度), 0 to 1; from matching. */
  public static final MeasureId DEMAND_SATISFACTION = MeasureId.of("matching.satisfaction");
  /** Matters completed through 四议两公开 in the period (议题办结数); from deliberation, see {@link #deliberationsCompleted}. */
  public static final MeasureId DELIBERATIONS_COMPLETED = MeasureId.of("deliberation.completed");

  /** Visits per month of the paired units' leaders (结对单位领导进社区次数, 每月至少2次); supplied by the caller. */
  public static final MeasureId LEADERSHIP_VISITS = MeasureId.of("caller.leadershipVisitsPerMonth");
  /** Share of residents within a 15-minute service circle (15分钟服务圈覆盖率), 0 to 1; supplied by the caller. */
  public static final MeasureId SERVICE_CIRCLE_COVERAGE = MeasureId.of("caller.serviceCircleCoverage");
  /** 1 if a residents' convention (居民公约) is in force, else 0; supplied by the caller. */
  public static final MeasureId RESIDENTS_CONVENTION = MeasureId.of("caller.residentsConvention");
  /** Community social organisations (社区社会组织); supplied by the caller. */
  public static final MeasureId SOCIAL_ORGANISATIONS = MeasureId.of("caller.socialOrganisations");
  /** Legal advisers serving the community (一社区一法律顾问); supplied by the caller. */
  public static final MeasureId LEGAL_ADVISERS = MeasureId.of("caller.legalAdvisers");
  /** Share of pushed-down tasks that were on the access list (准入清单执行率), 0 to 1; supplied by the caller. */
  public static final MeasureId ACCESS_LIST_COMPLIANCE = MeasureId.of("caller.accessListCompliance");
  /** Emergency drills held in the year (应急演练次数); supplied by the caller. */
  public static final MeasureId EMERGENCY_DRILLS = MeasureId.of("caller.emergencyDrills");

  /** 1 if the in-service party member reported to the community where they live (到居住地社区报到); from dual reporting. */
  public static final MeasureId MEMBER_REPORTED = MeasureId.of("member.reportedToResidence");
  /** 1 if the member showed their identity as a party member (亮身份); from dual reporting. */
  public static final MeasureId MEMBER_IDENTITY_SHOWN = MeasureId.of("member.identityShown");
  /** Posts the member claimed in the community (认领岗位); from dual reporting. */
  public static final MeasureId MEMBER_POSTS_CLAIMED = MeasureId.of("member.postsClaimed");
  /** The member's service hours in the year (服务时长); from dual reporting. */
  public static final MeasureId MEMBER_SERVICE_HOURS = MeasureId.of("member.serviceHours");
  /** Micro-wishes the member claimed and fulfilled (认领微心愿); from matching. */
  public static final MeasureId MEMBER_WISHES_FULFILLED = MeasureId.of("member.wishesFulfilled");
  /** Community activities the member joined (志愿服务, 爱国卫生, 文明创建); supplied by the caller. */
  public static final MeasureId MEMBER_ACTIVITIES = MeasureId.of("member.activitiesJoined");
  /** 1 if the paired unit seconded a leader as first secretary (选派第一书记); from agreements. */
  public static final MeasureId UNIT_FIRST_SECRETARY = MeasureId.of("unit.firstSecretary");
  /** Leadership duty days per month in the community (机关领导值班日); from agreements. */
  public static final MeasureId UNIT_DUTY_DAYS = MeasureId.of("unit.dutyDaysPerMonth");
  /** Share of the unit's party members who reported to their residence community (在职党员报到率), 0 to 1; from dual reporting. */
  public static final MeasureId UNIT_MEMBERS_REPORTED = MeasureId.of("unit.membersReportedShare");
  /** Demands and projects the unit claimed (认领需求与项目); from matching. */
  public static final MeasureId UNIT_DEMANDS_CLAIMED = MeasureId.of("unit.demandsClaimed");

  /** The measures the library fills from its own data. */
  public static final ImmutableSet<MeasureId> LIBRARY_FILLED = ImmutableSet.of(
      GRID_PARTY_BRANCH_COVERAGE, COMMUNITY_WORKERS, AGREEMENT_FULFILMENT, SERVICE_HOURS_PER_MEMBER,
      DEMAND_COVERAGE, DEMAND_SATISFACTION, DELIBERATIONS_COMPLETED);

  /** The measures of the default indicator system that a caller supplies. */
  public static final ImmutableSet<MeasureId> CALLER_SUPPLIED = ImmutableSet.of(
      LEADERSHIP_VISITS, SERVICE_CIRCLE_COVERAGE, RESIDENTS_CONVENTION, SOCIAL_ORGANISATIONS,
      LEGAL_ADVISERS, ACCESS_LIST_COMPLIANCE, EMERGENCY_DRILLS);

  /**
   * {@link #DELIBERATIONS_COMPLETED}: per community, the matters whose implementation result was
   * published (completed) between {@code from} and {@code to}, inclusive. Every community listed
   * gets a value (0 if none completed), as does every community that has a matter.
   *
   * @param matters the matters, any status
   * @param from first day of the period
   * @param to last day of the period, not before {@code from}
   * @param communities communities to report even without matters
   * @return the measurements of {@link #DELIBERATIONS_COMPLETED}
   * @throws org.grassroots.governance.validation.InvalidValueException if {@code to} is before {@code from}
   */
  public static Measurements deliberationsCompleted(
      Iterable<Matter> matters, LocalDate from, LocalDate to, Iterable<DivisionCode> communities) {
    requireNonNull(matters, "matters");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(communities, "communities");
    Violations.of("Measurements").check(!to.isBefore(from), "to", to, String.format(Locale.ROOT, Messages.PERIOD_ORDER, from)).throwIfAny();
    Map<DivisionCode, Integer> counts = new TreeMap<>();
    communities.forEach(c -> counts.put(requireNonNull(c, "community"), 0));
    for (Matter m : matters) {
      counts.putIfAbsent(m.community(), 0);
      boolean inPeriod = m.completedOn().filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent();
      if (inPeriod) {
        counts.merge(m.community(), 1, Integer::sum);
      }
    }
    Measurements.Builder b = Measurements.builder();
    counts.forEach((c, n) -> b.put(DELIBERATIONS_COMPLETED, c, n));
    return b.build();
  }

  /**
   * {@link #GRID_PARTY_BRANCH_COVERAGE}: per community of the overlay's hierarchy that has grids,
   * the share of its grids (its children of grid level, so restructured communities count their
   * real grids) that carry a party organisation, read from the overlay's coverage report
   * ({@link PartyOverlay.Coverage#gridsWithoutBranch()}). Communities without grids get no value.
   * O(n) over the hierarchy.
   *
   * @param overlay the party organisations on a grid hierarchy
   * @return the measurements of {@link #GRID_PARTY_BRANCH_COVERAGE}
   */
  public static Measurements gridPartyBranchCoverage(PartyOverlay overlay) {
    requireNonNull(overlay, "overlay");
    GridHierarchy h = overlay.hierarchy();
    Set<NodeCode> uncovered = new HashSet<>(overlay.coverage().gridsWithoutBranch());
    Map<DivisionCode, int[]> counts = new TreeMap<>(); // [grids, covered]
    for (NodeCode root : h.roots()) {
      h.subtree(root).filter(n -> n.kind() == NodeCode.Kind.GRID).forEach(g -> {
        Optional<DivisionCode> community = h.parent(g).flatMap(NodeCode::division);
        community.ifPresent(c -> {
          int[] n = counts.computeIfAbsent(c, k -> new int[2]);
          n[0]++;
          if (!uncovered.contains(g)) {
            n[1]++;
          }
        });
      });
    }
    Measurements.Builder b = Measurements.builder();
    counts.forEach((c, n) -> b.put(GRID_PARTY_BRANCH_COVERAGE, c, (double) n[1] / n[0]));
    return b.build();
  }

  /**
   * {@link #COMMUNITY_WORKERS}: per community structure, the distinct people certainly in post as
   * {@link Role#COMMUNITY_WORKER} on the date ({@link CommunityGovernance#holders(Role, LocalDate)});
   * memberships whose end was never recorded are not counted. Every structure gets a value,
   * keyed by its {@link CommunityGovernance#area()}; two structures of one area add up.
   *
   * @param communities the community structures
   * @param date the day of the count
   * @return the measurements of {@link #COMMUNITY_WORKERS}
   */
  public static Measurements communityWorkers(Iterable<CommunityGovernance> communities, LocalDate date) {
    requireNonNull(communities, "communities");
    requireNonNull(date, "date");
    Map<DivisionCode, Integer> counts = new TreeMap<>();
    for (CommunityGovernance g : communities) {
      requireNonNull(g, "community");
      counts.merge(g.area(), g.holders(Role.COMMUNITY_WORKER, date).people().size(), Integer::sum);
    }
    Measurements.Builder b = Measurements.builder();
    counts.forEach((c, n) -> b.put(COMMUNITY_WORKERS, c, n));
    return b.build();
  }

  /**
   * {@link #AGREEMENT_FULFILMENT}: per community, the mean of the capped fulfilment ratios
   * ({@link Fulfilment#cappedRatio()}) of every current commitment of the co-building agreements
   * it is party to ({@code ledger.agreement().content().community()}) — the same mean as
   * {@link Ledger#fulfilmentRatio()}, taken over all the community's ledgers. Communities whose
   * agreements commit nothing get no value.
   *
   * @param ledgers the agreements' ledgers
   * @return the measurements of {@link #AGREEMENT_FULFILMENT}, from 0 to 1
   */
  public static Measurements agreementFulfilment(Iterable<Ledger> ledgers) {
    requireNonNull(ledgers, "ledgers");
    Map<DivisionCode, BigDecimal> sums = new TreeMap<>();
    Map<DivisionCode, Integer> counts = new TreeMap<>();
    for (Ledger l : ledgers) {
      requireNonNull(l, "ledger");
      DivisionCode c = l.agreement().content().community();
      for (Fulfilment f : l.fulfilments()) {
        sums.merge(c, f.cappedRatio(), BigDecimal::add);
        counts.merge(c, 1, Integer::sum);
      }
    }
    Measurements.Builder b = Measurements.builder();
    sums.forEach((c, sum) -> b.put(AGREEMENT_FULFILMENT, c,
        sum.doubleValue() / requireNonNull(counts.get(c), "count")));
    return b.build();
  }

  /**
   * {@link #SERVICE_HOURS_PER_MEMBER}: per community, the service hours in {@code from..to}
   * (inclusive) of the in-service party members who reported to it by {@code to}, divided by the
   * number of those members ({@link DualReporting#memberSummaries}). A member who reported but
   * served no hours counts with 0; communities no member reported to get no value.
   *
   * @param reporting the dual-reporting record
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the measurements of {@link #SERVICE_HOURS_PER_MEMBER}
   * @throws org.grassroots.governance.validation.InvalidValueException if {@code to} is before {@code from}
   */
  public static Measurements serviceHoursPerMember(DualReporting reporting, LocalDate from, LocalDate to) {
    requireNonNull(reporting, "reporting");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    Violations.of("Measurements").check(!to.isBefore(from), "to", to, String.format(Locale.ROOT, Messages.PERIOD_ORDER, from)).throwIfAny();
    Map<DivisionCode, BigDecimal> hours = new TreeMap<>();
    Map<DivisionCode, Integer> members = new TreeMap<>();
    for (MemberSummary m : reporting.memberSummaries(from, to)) {
      hours.merge(m.community(), m.hours(), BigDecimal::add);
      members.merge(m.community(), 1, Integer::sum);
    }
    Measurements.Builder b = Measurements.builder();
    hours.forEach((c, h) -> b.put(SERVICE_HOURS_PER_MEMBER, c,
        h.doubleValue() / requireNonNull(members.get(c), "members")));
    return b.build();
  }

  /**
   * {@link #DEMAND_COVERAGE}: per community, the quantity served over the quantity demanded of
   * the demands located in it ({@link org.grassroots.governance.matching.MatchingMetrics#byCommunity()},
   * {@link Coverage#rate()}; 1 when nothing was demanded). Demands located above the community
   * level are not attributed to any community.
   *
   * @param result a matching result
   * @return the measurements of {@link #DEMAND_COVERAGE}, from 0 to 1
   */
  public static Measurements demandCoverage(MatchingAlgorithm.Result result) {
    requireNonNull(result, "result");
    Map<DivisionCode, long[]> sums = new TreeMap<>(); // [demanded, served]
    for (Map.Entry<NodeCode, Coverage> e : result.metrics().byCommunity().entrySet()) {
      e.getKey().community().ifPresent(c -> {
        long[] s = sums.computeIfAbsent(c, k -> new long[2]);
        s[0] += e.getValue().demanded();
        s[1] += e.getValue().served();
      });
    }
    Measurements.Builder b = Measurements.builder();
    sums.forEach((c, s) -> b.put(DEMAND_COVERAGE, c, s[0] == 0 ? 1.0 : (double) s[1] / s[0]));
    return b.build();
  }
}
