package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violations;

/**
 * The measure ids of the standard indicators (标准度量): those the library fills from its own data,
 * and those a caller supplies. Community measures are listed in {@link #LIBRARY_FILLED} and
 * {@link #CALLER_SUPPLIED}; the {@code MEMBER_*} and {@code UNIT_*} measures serve
 * {@link DefaultIndicatorSystems#inServicePartyMember()} and {@link DefaultIndicatorSystems#pairedUnit()}
 * (with {@link #LEADERSHIP_VISITS} and {@link #AGREEMENT_FULFILMENT} measured per unit).
 *
 * <p>Filled by the library: {@link #DELIBERATIONS_COMPLETED} now, from the deliberation package
 * ({@link #deliberationsCompleted}); the others of {@link #LIBRARY_FILLED} are filled by the grid,
 * structure, agreement and matching packages as they arrive, and until then a caller supplies
 * them under the same ids.
 *
 * <pre>{@code
 * Measurements m = StandardMeasures.deliberationsCompleted(matters,
 *     LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), communities);
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
    Violations.of("Measurements").check(!to.isBefore(from), "to", to, "must not be before from " + from).throwIfAny();
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
}
