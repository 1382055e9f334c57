package org.grassroots.governance.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Ready-made indicator systems (考核指标体系模板), to use as they are or to edit with the
 * {@code with*} methods of {@link IndicatorSystem}.
 *
 * <pre>{@code
 * IndicatorSystem s = DefaultIndicatorSystems.communityStandard()
 *     .withIndicator(DefaultIndicatorSystems.communityStandard()
 *         .indicator(IndicatorId.of("management.workers")).orElseThrow()
 *         .withRule(ScoringRule.atLeast(9)));   // a region that asks for 9 workers
 * }</pre>
 */
public final class DefaultIndicatorSystems {
  private DefaultIndicatorSystems() {}

  private static final String SEED_001 = "构建党建引领城市社区治理的新格局 (社区治理标准体系: 社区党建, 社区服务, 社区自治, 社区管理)";
  private static final String SEED_002 = "银川\"四优四提\"基层治理 (四议两公开一监督, 一社区一法律顾问, 15分钟服务圈)";
  private static final String SEED_003 = "黄石: 党建引领社区基层治理长效机制 (双报到, 结对包保, 每月至少进社区2次)";
  private static final String SEED_004 = "内蒙古: 共建共治 推进基层党建深度融合 (三级组织架构, 每个社区至少6名工作者)";

  private static final IndicatorSystem COMMUNITY_STANDARD = IndicatorSystem.normalising(
      "社区治理标准化考核 (community governance standard)",
      Map.of(Section.PARTY_BUILDING, 0.3, Section.SERVICE, 0.3, Section.SELF_GOVERNANCE, 0.2, Section.MANAGEMENT, 0.2),
      List.of(
          indicator("party.gridBranchCoverage", Section.PARTY_BUILDING, "网格党支部覆盖率",
              StandardMeasures.GRID_PARTY_BRANCH_COVERAGE, "比例", ScoringRule.linear(0, 1), 0.35, SEED_004),
          indicator("party.serviceHours", Section.PARTY_BUILDING, "在职党员人均服务时长",
              StandardMeasures.SERVICE_HOURS_PER_MEMBER, "小时/人/年",
              ScoringRule.banded(Band.of(8, 0.5), Band.of(16, 0.8), Band.of(24, 1)), 0.25, SEED_003),
          indicator("party.agreementFulfilment", Section.PARTY_BUILDING, "共建协议履约率",
              StandardMeasures.AGREEMENT_FULFILMENT, "比例", ScoringRule.linear(0, 0.9), 0.25, SEED_003),
          indicator("party.leadershipVisits", Section.PARTY_BUILDING, "结对单位领导进社区次数",
              StandardMeasures.LEADERSHIP_VISITS, "次/月", ScoringRule.atLeast(2), 0.15, SEED_003),
          indicator("service.demandCoverage", Section.SERVICE, "群众需求响应率",
              StandardMeasures.DEMAND_COVERAGE, "比例", ScoringRule.linear(0, 0.95), 0.4, SEED_001),
          indicator("service.satisfaction", Section.SERVICE, "群众满意度",
              StandardMeasures.DEMAND_SATISFACTION, "比例",
              ScoringRule.banded(Band.of(0.7, 0.5), Band.of(0.8, 0.8), Band.of(0.9, 1)), 0.35, SEED_001),
          indicator("service.serviceCircle", Section.SERVICE, "15分钟服务圈覆盖率",
              StandardMeasures.SERVICE_CIRCLE_COVERAGE, "比例", ScoringRule.linear(0, 0.9), 0.25, SEED_002),
          indicator("selfGovernance.deliberations", Section.SELF_GOVERNANCE, "四议两公开议题办结数",
              StandardMeasures.DELIBERATIONS_COMPLETED, "件/年",
              ScoringRule.banded(Band.of(1, 0.4), Band.of(2, 0.7), Band.of(4, 1)), 0.4, SEED_002),
          indicator("selfGovernance.residentsConvention", Section.SELF_GOVERNANCE, "居民公约",
              StandardMeasures.RESIDENTS_CONVENTION, "有/无", ScoringRule.atLeast(1), 0.2, SEED_001),
          indicator("selfGovernance.socialOrganisations", Section.SELF_GOVERNANCE, "社区社会组织数",
              StandardMeasures.SOCIAL_ORGANISATIONS, "个", ScoringRule.linear(0, 5), 0.4, SEED_001),
          indicator("management.workers", Section.MANAGEMENT, "社区工作者配备",
              StandardMeasures.COMMUNITY_WORKERS, "人", ScoringRule.atLeast(6), 0.35, SEED_004),
          indicator("management.legalAdviser", Section.MANAGEMENT, "一社区一法律顾问",
              StandardMeasures.LEGAL_ADVISERS, "人", ScoringRule.atLeast(1), 0.2, SEED_002),
          indicator("management.accessList", Section.MANAGEMENT, "社区工作事项准入执行率",
              StandardMeasures.ACCESS_LIST_COMPLIANCE, "比例", ScoringRule.linear(0, 1), 0.25, SEED_002),
          indicator("management.emergencyDrills", Section.MANAGEMENT, "应急演练次数",
              StandardMeasures.EMERGENCY_DRILLS, "次/年", ScoringRule.atLeast(2), 0.2, SEED_001)));

  private static final IndicatorSystem IN_SERVICE_PARTY_MEMBER = IndicatorSystem.normalising(
      "在职党员双报到考核 (in-service party member)",
      Map.of(Section.PARTY_BUILDING, 0.3, Section.SERVICE, 0.5, Section.SELF_GOVERNANCE, 0.2),
      List.of(
          indicator("member.reported", Section.PARTY_BUILDING, "到居住地社区报到",
              StandardMeasures.MEMBER_REPORTED, "是/否", ScoringRule.atLeast(1), 0.5, SEED_003),
          indicator("member.identityShown", Section.PARTY_BUILDING, "亮身份",
              StandardMeasures.MEMBER_IDENTITY_SHOWN, "是/否", ScoringRule.atLeast(1), 0.5, SEED_003),
          indicator("member.serviceHours", Section.SERVICE, "服务时长",
              StandardMeasures.MEMBER_SERVICE_HOURS, "小时/年",
              ScoringRule.banded(Band.of(8, 0.5), Band.of(16, 0.8), Band.of(24, 1)), 0.5, SEED_003),
          indicator("member.postsClaimed", Section.SERVICE, "认领岗位",
              StandardMeasures.MEMBER_POSTS_CLAIMED, "个", ScoringRule.atLeast(1), 0.25, SEED_003),
          indicator("member.wishesFulfilled", Section.SERVICE, "认领微心愿",
              StandardMeasures.MEMBER_WISHES_FULFILLED, "个/年", ScoringRule.linear(0, 3), 0.25, SEED_003),
          indicator("member.activities", Section.SELF_GOVERNANCE, "参加社区活动",
              StandardMeasures.MEMBER_ACTIVITIES, "次/年", ScoringRule.linear(0, 6), 1, SEED_003)));

  private static final IndicatorSystem PAIRED_UNIT = IndicatorSystem.normalising(
      "结对共建单位考核 (paired unit)",
      Map.of(Section.PARTY_BUILDING, 0.5, Section.SERVICE, 0.5),
      List.of(
          indicator("unit.firstSecretary", Section.PARTY_BUILDING, "选派第一书记",
              StandardMeasures.UNIT_FIRST_SECRETARY, "是/否", ScoringRule.atLeast(1), 0.3, SEED_003),
          indicator("unit.leadershipVisits", Section.PARTY_BUILDING, "领导进社区",
              StandardMeasures.LEADERSHIP_VISITS, "次/月", ScoringRule.atLeast(2), 0.4, SEED_003),
          indicator("unit.dutyDays", Section.PARTY_BUILDING, "机关领导值班日",
              StandardMeasures.UNIT_DUTY_DAYS, "天/月", ScoringRule.atLeast(1), 0.3, SEED_003),
          indicator("unit.agreementFulfilment", Section.SERVICE, "共驻共建协议履约率",
              StandardMeasures.AGREEMENT_FULFILMENT, "比例", ScoringRule.linear(0, 0.9), 0.5, SEED_003),
          indicator("unit.membersReported", Section.SERVICE, "在职党员报到率",
              StandardMeasures.UNIT_MEMBERS_REPORTED, "比例", ScoringRule.linear(0, 1), 0.3, SEED_003),
          indicator("unit.demandsClaimed", Section.SERVICE, "认领需求与项目",
              StandardMeasures.UNIT_DEMANDS_CLAIMED, "个/年", ScoringRule.linear(0, 4), 0.2, SEED_003)));

  /**
   * The evaluation of an in-service party member's dual reporting (在职党员"双报到"考核, seed 003):
   * reported to the residence community and showed their identity; service hours, posts claimed
   * and micro-wishes fulfilled; community activities joined. Score a member with
   * {@link IndicatorSystem#score(Map)}. Editable defaults, not a published norm.
   *
   * @return the system (the same immutable value on every call)
   */
  public static IndicatorSystem inServicePartyMember() {
    return IN_SERVICE_PARTY_MEMBER;
  }

  /**
   * The evaluation of a paired unit (结对共建单位考核, seed 003): a leader seconded as first
   * secretary, leaders visiting at least twice a month, leadership duty days; co-building
   * agreement fulfilment, the share of its party members who reported, demands and projects
   * claimed. Score a unit with {@link IndicatorSystem#score(Map)}. Editable defaults, not a
   * published norm.
   *
   * @return the system (the same immutable value on every call)
   */
  public static IndicatorSystem pairedUnit() {
    return PAIRED_UNIT;
  }

  /**
   * The four-section community governance standard (社区治理标准体系), after the Jindi community
   * standard (seed 001: 社区党建, 社区服务, 社区自治, 社区管理 with quantifiable, operable,
   * assessable indicators), with indicators drawn from the norms of the other seeds: a party
   * branch on every grid, dual reporting and co-building, 四议两公开, one legal adviser per
   * community, at least six community workers, the 15-minute service circle. Sections weigh
   * 0.3 / 0.3 / 0.2 / 0.2; fourteen indicators. The weights and targets are this library's
   * editable defaults, not a published norm.
   *
   * @return the system (the same immutable value on every call)
   */
  public static IndicatorSystem communityStandard() {
    return COMMUNITY_STANDARD;
  }

  private static Indicator indicator(String id, Section section, String name, MeasureId measure, String unit,
      ScoringRule rule, double weight, String source) {
    return Indicator.builder()
        .id(IndicatorId.of(id))
        .section(section)
        .name(name)
        .measure(measure)
        .unit(unit)
        .rule(rule)
        .weight(weight)
        .source(source)
        .build();
  }
}
