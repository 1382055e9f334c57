package org.grassroots.governance.json.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.json.csv.CsvCells;
import org.grassroots.governance.json.csv.CsvColumn;
import org.grassroots.governance.json.csv.CsvHeaders;
import org.grassroots.governance.json.csv.CsvLayout;
import org.grassroots.governance.json.csv.CsvTerms;
import org.grassroots.governance.json.csv.CsvValues;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Project;
import org.grassroots.governance.matching.Provider;
import org.grassroots.governance.matching.ProviderKind;
import org.grassroots.governance.matching.QuantityUnit;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.ServiceArea;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.matching.VulnerableGroup;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;

/**
 * The CSV layouts of the matching lists (供需清单表格): the demand list (需求清单), the resource
 * list (资源清单) and the project list (项目清单). Every row is made through the public builder,
 * so every invariant of {@link Demand}, {@link Resource} and {@link Project} is checked; a bad
 * row is reported with its row number and column.
 *
 * <p>Multi-valued cells hold their values separated by {@code ;} ({@link CsvCells#SEPARATOR};
 * the full-width {@code ；} is read too). Enum cells take the constant's name in any case
 * ({@code elder care}, {@code ELDER_CARE}) or its Chinese term (养老), from one table per enum
 * ({@link #CATEGORY_TERMS} …); they are written as Chinese terms when the write's terms are
 * Chinese ({@link org.grassroots.governance.json.csv.CsvWriteOptions#terms()}, by default the
 * header language), else as names.
 * Instants are RFC 3339 with an offset, written in UTC. A time window in one cell is
 * {@code start/end}. The demand list has no personal data; the resource list's provider person
 * ({@link #RESOURCE_PERSON}) is personal and written masked unless the write reveals it.
 *
 * <table>
 *   <caption>Demand list ({@link #DEMANDS})</caption>
 *   <tr><th>key</th><th>English</th><th>Chinese</th><th>cell</th></tr>
 *   <tr><td>id</td><td>id</td><td>需求编号</td><td>required</td></tr>
 *   <tr><td>category</td><td>category</td><td>需求类别</td><td>required; 养老 托育 就业 就医 上学 住房 法律援助 环境 文体 心理 帮困 其他</td></tr>
 *   <tr><td>quantity</td><td>quantity</td><td>数量</td><td>required, whole</td></tr>
 *   <tr><td>unit</td><td>unit</td><td>单位</td><td>required; 小时 份 人次 次上门 件</td></tr>
 *   <tr><td>urgency</td><td>urgency</td><td>紧急程度</td><td>ROUTINE if empty; 一般 较急 紧急 危急</td></tr>
 *   <tr><td>vulnerableGroups</td><td>vulnerable groups</td><td>困难群体</td><td>multi; 独居老人 空巢老人 残疾人 留守儿童 低保 重病 优抚对象</td></tr>
 *   <tr><td>requiredSkills</td><td>required skills</td><td>所需技能</td><td>multi</td></tr>
 *   <tr><td>location</td><td>location</td><td>位置编码</td><td>required; building, grid or division code</td></tr>
 *   <tr><td>windowStart</td><td>window start</td><td>开始时间</td><td>with windowEnd, or both empty</td></tr>
 *   <tr><td>windowEnd</td><td>window end</td><td>结束时间</td><td>after windowStart</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Resource list ({@link #RESOURCES})</caption>
 *   <tr><th>key</th><th>English</th><th>Chinese</th><th>cell</th></tr>
 *   <tr><td>id</td><td>id</td><td>资源编号</td><td>required</td></tr>
 *   <tr><td>providerKind</td><td>provider kind</td><td>提供方类型</td><td>required; 驻区单位 党员 社会组织 志愿服务队 职能部门 个人志愿者</td></tr>
 *   <tr><td>providerOrganisation</td><td>provider organisation</td><td>提供单位编号</td><td>exactly one of the two</td></tr>
 *   <tr><td>providerPerson</td><td>provider person</td><td>提供人编号</td><td>personal</td></tr>
 *   <tr><td>categories</td><td>categories</td><td>服务类别</td><td>multi, at least one</td></tr>
 *   <tr><td>skills</td><td>skills</td><td>技能</td><td>multi</td></tr>
 *   <tr><td>capacity</td><td>capacity</td><td>服务能力</td><td>required, whole</td></tr>
 *   <tr><td>location</td><td>location</td><td>位置编码</td><td>required</td></tr>
 *   <tr><td>serviceArea</td><td>service area</td><td>服务范围</td><td>required: a node code (subtree) or a level (同网格 GRID, 同社区 COMMUNITY, …)</td></tr>
 *   <tr><td>availability</td><td>availability</td><td>可服务时间</td><td>multi, {@code start/end}</td></tr>
 *   <tr><td>pairedCommunity</td><td>paired community</td><td>结对社区</td><td>optional division code</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Project list ({@link #PROJECTS})</caption>
 *   <tr><th>key</th><th>English</th><th>Chinese</th><th>cell</th></tr>
 *   <tr><td>id</td><td>id</td><td>项目编号</td><td>required</td></tr>
 *   <tr><td>title</td><td>title</td><td>项目名称</td><td>required</td></tr>
 *   <tr><td>demands</td><td>demands</td><td>关联需求</td><td>multi demand ids, at least one</td></tr>
 *   <tr><td>fundedBy</td><td>funded by</td><td>资助资源</td><td>multi resource ids</td></tr>
 *   <tr><td>community</td><td>community</td><td>所属社区</td><td>optional division code</td></tr>
 * </table>
 *
 * <pre>{@code
 * CsvReadResult<Demand> r = MatchingCsv.DEMANDS.read(in, CsvReadOptions.lenient());
 * MatchingCsv.RESOURCES.write(out, resources,
 *     CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE));
 * }</pre>
 */
public final class MatchingCsv {
  /** Service categories (服务类别): 养老 托育 就业 就医 上学 住房 法律援助 环境 文体 心理 帮困 其他. */
  public static final CsvTerms<ServiceCategory> CATEGORY_TERMS =
      CsvTerms.builder(ServiceCategory.class)
          .term(ServiceCategory.ELDER_CARE, "养老")
          .term(ServiceCategory.CHILDCARE, "托育")
          .term(ServiceCategory.EMPLOYMENT, "就业")
          .term(ServiceCategory.MEDICAL, "就医")
          .term(ServiceCategory.SCHOOLING, "上学")
          .term(ServiceCategory.HOUSING, "住房")
          .term(ServiceCategory.LEGAL_AID, "法律援助")
          .term(ServiceCategory.ENVIRONMENT, "环境")
          .term(ServiceCategory.CULTURE_SPORTS, "文体")
          .term(ServiceCategory.PSYCHOLOGICAL_SUPPORT, "心理")
          .term(ServiceCategory.HARDSHIP_RELIEF, "帮困")
          .term(ServiceCategory.OTHER, "其他")
          .build();

  /** Units of demand quantities (计量单位): 小时 份 人次 次上门 件. */
  public static final CsvTerms<QuantityUnit> UNIT_TERMS =
      CsvTerms.builder(QuantityUnit.class)
          .term(QuantityUnit.HOUR, "小时")
          .term(QuantityUnit.ITEM, "份")
          .term(QuantityUnit.PERSON_TIME, "人次")
          .term(QuantityUnit.VISIT, "次上门")
          .term(QuantityUnit.CASE, "件")
          .build();

  /** Urgencies (紧急程度): 一般 较急 紧急 危急. */
  public static final CsvTerms<Urgency> URGENCY_TERMS =
      CsvTerms.builder(Urgency.class)
          .term(Urgency.ROUTINE, "一般")
          .term(Urgency.PRESSING, "较急")
          .term(Urgency.URGENT, "紧急")
          .term(Urgency.CRITICAL, "危急")
          .build();

  /** Vulnerable groups (困难群体): 独居老人 空巢老人 残疾人 留守儿童 低保 (特困 read too) 重病 优抚对象. */
  public static final CsvTerms<VulnerableGroup> GROUP_TERMS =
      CsvTerms.builder(VulnerableGroup.class)
          .term(VulnerableGroup.ELDERLY_LIVING_ALONE, "独居老人")
          .term(VulnerableGroup.EMPTY_NEST_ELDERLY, "空巢老人")
          .term(VulnerableGroup.DISABLED, "残疾人")
          .term(VulnerableGroup.LEFT_BEHIND_CHILD, "留守儿童")
          .term(VulnerableGroup.LOW_INCOME, "低保", "特困")
          .term(VulnerableGroup.SERIOUSLY_ILL, "重病")
          .term(VulnerableGroup.VETERAN_FAMILY, "优抚对象")
          .build();

  /**
   * Provider kinds (提供方类型): 驻区单位 (共建单位 read too) 党员 社会组织 志愿服务队 职能部门
   * 个人志愿者.
   */
  public static final CsvTerms<ProviderKind> PROVIDER_KIND_TERMS =
      CsvTerms.builder(ProviderKind.class)
          .term(ProviderKind.RESIDENT_UNIT, "驻区单位", "共建单位")
          .term(ProviderKind.PARTY_MEMBER, "党员")
          .term(ProviderKind.SOCIAL_ORGANISATION, "社会组织")
          .term(ProviderKind.VOLUNTEER_TEAM, "志愿服务队")
          .term(ProviderKind.DEPARTMENT, "职能部门")
          .term(ProviderKind.VOLUNTEER, "个人志愿者")
          .build();

  /** Meeting levels of a service area (服务范围): 同楼栋 同网格 同社区 同街道 同区县 同地市 同省 全国. */
  public static final CsvTerms<MeetingLevel> LEVEL_TERMS =
      CsvTerms.builder(MeetingLevel.class)
          .term(MeetingLevel.BUILDING, "同楼栋")
          .term(MeetingLevel.GRID, "同网格")
          .term(MeetingLevel.COMMUNITY, "同社区")
          .term(MeetingLevel.STREET, "同街道")
          .term(MeetingLevel.COUNTY, "同区县")
          .term(MeetingLevel.CITY, "同地市")
          .term(MeetingLevel.PROVINCE, "同省")
          .term(MeetingLevel.COUNTRY, "全国")
          .build();

  // ------------------------------------------------------------------ demand list

  /** The demand's id. */
  public static final CsvColumn<Demand, DemandId> DEMAND_ID =
      CsvColumn.required("id", "id", "需求编号", Demand::id, DemandId::parse, DemandId::value)
          .withAliases("编号", "demand id");

  /** The demand's category. */
  public static final CsvColumn<Demand, ServiceCategory> DEMAND_CATEGORY =
      CsvColumn.required("category", "category", "需求类别", Demand::category,
              CATEGORY_TERMS)
          .withAliases("类别", "服务类别");

  /** The demand's quantity. */
  public static final CsvColumn<Demand, Integer> DEMAND_QUANTITY =
      CsvColumn.<Demand, Integer>required("quantity", "quantity", "数量", Demand::quantity,
          CsvCells::integer, String::valueOf);

  /** The unit of the demand's quantity. */
  public static final CsvColumn<Demand, QuantityUnit> DEMAND_UNIT =
      CsvColumn.required("unit", "unit", "单位", Demand::unit, UNIT_TERMS)
          .withAliases("计量单位");

  /** The demand's urgency; {@code ROUTINE} when empty. */
  public static final CsvColumn<Demand, Optional<Urgency>> DEMAND_URGENCY =
      CsvColumn.optional("urgency", "urgency", "紧急程度",
              (Demand d) -> Optional.of(d.urgency()), URGENCY_TERMS)
          .withAliases("紧急度");

  /** The vulnerable groups of the demand's beneficiary (a set). */
  public static final CsvColumn<Demand, List<VulnerableGroup>> DEMAND_GROUPS =
      CsvColumn.multi("vulnerableGroups", "vulnerable groups", "困难群体",
              Demand::vulnerableGroups, GROUP_TERMS, true)
          .withAliases("特殊群体", "重点人群");

  /** The skills a provider must have (a set). */
  public static final CsvColumn<Demand, List<String>> DEMAND_SKILLS =
      CsvColumn.multi("requiredSkills", "required skills", "所需技能", Demand::requiredSkills,
              s -> s, s -> s, true)
          .withAliases("技能要求", "skills");

  /** Where the demand is: a building, grid or division code. */
  public static final CsvColumn<Demand, NodeCode> DEMAND_LOCATION =
      CsvColumn.required("location", "location", "位置编码", Demand::location, NodeCode::parse,
              NodeCode::toString)
          .withAliases("位置", "地点编码", "网格编码", "楼栋编码");

  /** The start of the demand's time window. */
  public static final CsvColumn<Demand, Optional<Instant>> DEMAND_WINDOW_START =
      CsvColumn.optional("windowStart", "window start", "开始时间",
              (Demand d) -> d.window().map(TimeWindow::start), CsvCells::instant, CsvCells::instant)
          .withAliases("起始时间");

  /** The end of the demand's time window. */
  public static final CsvColumn<Demand, Optional<Instant>> DEMAND_WINDOW_END =
      CsvColumn.optional("windowEnd", "window end", "结束时间",
              (Demand d) -> d.window().map(TimeWindow::end), CsvCells::instant, CsvCells::instant)
          .withAliases("截止时间");

  /** The demand list (需求清单), kind {@code demand-list}. */
  public static final CsvLayout<Demand> DEMANDS =
      CsvLayout.of(
          "demand-list",
          List.of(DEMAND_ID, DEMAND_CATEGORY, DEMAND_QUANTITY, DEMAND_UNIT, DEMAND_URGENCY,
              DEMAND_GROUPS, DEMAND_SKILLS, DEMAND_LOCATION, DEMAND_WINDOW_START,
              DEMAND_WINDOW_END),
          MatchingCsv::demand);

  // ------------------------------------------------------------------ resource list

  /** The resource's id. */
  public static final CsvColumn<Resource, ResourceId> RESOURCE_ID =
      CsvColumn.required("id", "id", "资源编号", Resource::id, ResourceId::parse,
              ResourceId::value)
          .withAliases("编号", "resource id");

  /** What kind of provider stands behind the resource. */
  public static final CsvColumn<Resource, ProviderKind> RESOURCE_PROVIDER_KIND =
      CsvColumn.required("providerKind", "provider kind", "提供方类型",
              (Resource r) -> r.provider().kind(), PROVIDER_KIND_TERMS)
          .withAliases("提供方");

  /** The providing organisation (exactly one of organisation and person). */
  public static final CsvColumn<Resource, Optional<OrganizationId>> RESOURCE_ORGANISATION =
      CsvColumn.optional("providerOrganisation", "provider organisation", "提供单位编号",
              (Resource r) -> r.provider().organisation(), OrganizationId::parse, OrganizationId::value)
          .withAliases("provider organization", "提供单位");

  /** The providing person: personal data, written masked unless revealed. */
  public static final CsvColumn<Resource, Optional<PersonId>> RESOURCE_PERSON =
      CsvColumn.optional("providerPerson", "provider person", "提供人编号",
              (Resource r) -> r.provider().person(), PersonId::parse, PersonId::value)
          .withAliases("提供人")
          .personal();

  /** The categories the resource serves (a set, at least one). */
  public static final CsvColumn<Resource, List<ServiceCategory>> RESOURCE_CATEGORIES =
      CsvColumn.multi("categories", "categories", "服务类别", Resource::categories,
              CATEGORY_TERMS, true)
          .withAliases("类别");

  /** The resource's skills (a set). */
  public static final CsvColumn<Resource, List<String>> RESOURCE_SKILLS =
      CsvColumn.multi("skills", "skills", "技能", Resource::skills, s -> s, s -> s, true)
          .withAliases("专长");

  /** The resource's capacity, in the units of the demands it serves. */
  public static final CsvColumn<Resource, Integer> RESOURCE_CAPACITY =
      CsvColumn.<Resource, Integer>required("capacity", "capacity", "服务能力",
              Resource::capacity, CsvCells::integer, String::valueOf)
          .withAliases("容量", "可服务量");

  /** Where the resource sits. */
  public static final CsvColumn<Resource, NodeCode> RESOURCE_LOCATION =
      CsvColumn.required("location", "location", "位置编码", Resource::location, NodeCode::parse,
              NodeCode::toString)
          .withAliases("位置", "地点编码");

  /** The area served: a node code (the subtree under it) or a level (the reach from location). */
  public static final CsvColumn<Resource, ServiceArea> RESOURCE_AREA =
      CsvColumn.requiredInTerms("serviceArea", "service area", "服务范围",
          Resource::serviceArea, MatchingCsv::parseServiceArea, MatchingCsv::formatServiceArea);

  /** When the resource is available: windows {@code start/end}; empty means always. */
  public static final CsvColumn<Resource, List<TimeWindow>> RESOURCE_AVAILABILITY =
      CsvColumn.multi("availability", "availability", "可服务时间", Resource::availability,
              MatchingCsv::parseWindow, MatchingCsv::formatWindow, false)
          .withAliases("服务时间");

  /** The community a co-building partner is paired with. */
  public static final CsvColumn<Resource, Optional<DivisionCode>> RESOURCE_PAIRED =
      CsvColumn.optional("pairedCommunity", "paired community", "结对社区",
              Resource::pairedCommunity, DivisionCode::parse, DivisionCode::toString)
          .withAliases("结对社区代码");

  /** The resource list (资源清单), kind {@code resource-list}. */
  public static final CsvLayout<Resource> RESOURCES =
      CsvLayout.of(
          "resource-list",
          List.of(RESOURCE_ID, RESOURCE_PROVIDER_KIND, RESOURCE_ORGANISATION, RESOURCE_PERSON,
              RESOURCE_CATEGORIES, RESOURCE_SKILLS, RESOURCE_CAPACITY, RESOURCE_LOCATION,
              RESOURCE_AREA, RESOURCE_AVAILABILITY, RESOURCE_PAIRED),
          MatchingCsv::resource);

  // ------------------------------------------------------------------ project list

  /** The project's id. */
  public static final CsvColumn<Project, ProjectId> PROJECT_ID =
      CsvColumn.required("id", "id", "项目编号", Project::id, ProjectId::parse, ProjectId::value)
          .withAliases("编号", "project id");

  /** The project's title. */
  public static final CsvColumn<Project, String> PROJECT_TITLE =
      CsvColumn.required("title", "title", "项目名称", Project::title, s -> s, s -> s)
          .withAliases("名称", "项目");

  /** The demands the project groups (at least one). */
  public static final CsvColumn<Project, List<DemandId>> PROJECT_DEMANDS =
      CsvColumn.multi("demands", "demands", "关联需求", Project::demands, DemandId::parse,
              DemandId::value, false)
          .withAliases("需求编号");

  /** The resources that fund the project. */
  public static final CsvColumn<Project, List<ResourceId>> PROJECT_FUNDED_BY =
      CsvColumn.multi("fundedBy", "funded by", "资助资源", Project::fundedBy, ResourceId::parse,
              ResourceId::value, false)
          .withAliases("资源编号");

  /** The community that decided the project. */
  public static final CsvColumn<Project, Optional<DivisionCode>> PROJECT_COMMUNITY =
      CsvColumn.optional("community", "community", "所属社区", Project::community,
              DivisionCode::parse, DivisionCode::toString)
          .withAliases("社区", "社区代码");

  /** The project list (项目清单), kind {@code project-list}. */
  public static final CsvLayout<Project> PROJECTS =
      CsvLayout.of(
          "project-list",
          List.of(PROJECT_ID, PROJECT_TITLE, PROJECT_DEMANDS, PROJECT_FUNDED_BY,
              PROJECT_COMMUNITY),
          MatchingCsv::project);

  private MatchingCsv() {}

  private static Demand demand(CsvValues v) {
    Demand.Builder b = Demand.builder()
        .id(v.get(DEMAND_ID))
        .category(v.get(DEMAND_CATEGORY))
        .quantity(v.get(DEMAND_QUANTITY))
        .unit(v.get(DEMAND_UNIT))
        .vulnerableGroups(v.get(DEMAND_GROUPS))
        .requiredSkills(v.get(DEMAND_SKILLS))
        .location(v.get(DEMAND_LOCATION));
    v.get(DEMAND_URGENCY).ifPresent(b::urgency);
    Optional<Instant> start = v.get(DEMAND_WINDOW_START);
    Optional<Instant> end = v.get(DEMAND_WINDOW_END);
    if (start.isPresent() != end.isPresent()) {
      String missing = start.isPresent() ? "windowEnd" : "windowStart";
      Violations.of("Demand").check(false, missing, null, Messages.WINDOW_BOTH).throwIfAny();
    }
    if (start.isPresent() && end.isPresent()) {
      b.window(demandWindow(start.get(), end.get()));
    }
    return b.build();
  }

  /** A window from two cells; its violations are reported at the end column. */
  private static TimeWindow demandWindow(Instant start, Instant end) {
    try {
      return TimeWindow.of(start, end);
    } catch (InvalidValueException e) {
      List<Violation> at = new ArrayList<>();
      for (Violation x : e.violations()) {
        at.add(Violation.of("windowEnd", x.rejectedValue(), x.rule()));
      }
      throw new InvalidValueException("Demand", at);
    }
  }

  private static Resource resource(CsvValues v) {
    Optional<OrganizationId> organisation = v.get(RESOURCE_ORGANISATION);
    Optional<PersonId> person = v.get(RESOURCE_PERSON);
    ProviderKind kind = v.get(RESOURCE_PROVIDER_KIND);
    if (organisation.isPresent() == person.isPresent()) {
      Violations.of("Resource")
          .check(false, "providerOrganisation", null, Messages.PROVIDER_ONE_OF)
          .throwIfAny();
    }
    Provider provider = organisation.isPresent()
        ? Provider.organisation(kind, organisation.get())
        : Provider.person(kind, person.orElseThrow());
    return Resource.builder()
        .id(v.get(RESOURCE_ID))
        .provider(provider)
        .categories(v.get(RESOURCE_CATEGORIES))
        .skills(v.get(RESOURCE_SKILLS))
        .capacity(v.get(RESOURCE_CAPACITY))
        .location(v.get(RESOURCE_LOCATION))
        .serviceArea(v.get(RESOURCE_AREA))
        .availability(v.get(RESOURCE_AVAILABILITY))
        .pairedCommunity(v.get(RESOURCE_PAIRED))
        .build();
  }

  private static Project project(CsvValues v) {
    return Project.builder()
        .id(v.get(PROJECT_ID))
        .title(v.get(PROJECT_TITLE))
        .demands(v.get(PROJECT_DEMANDS))
        .fundedBy(v.get(PROJECT_FUNDED_BY))
        .community(v.get(PROJECT_COMMUNITY))
        .build();
  }

  /** A service area: digits are a node code (the subtree), anything else a level. */
  private static ServiceArea parseServiceArea(String cell) {
    if (!cell.isEmpty() && Character.isDigit(cell.charAt(0))) {
      return ServiceArea.subtree(NodeCode.parse(cell));
    }
    return ServiceArea.within(LEVEL_TERMS.apply(cell));
  }

  private static String formatServiceArea(ServiceArea area, CsvHeaders terms) {
    return area.root().map(NodeCode::toString)
        .orElseGet(() -> LEVEL_TERMS.format(area.reach().orElseThrow(), terms));
  }

  /** A window {@code start/end}. */
  private static TimeWindow parseWindow(String cell) {
    int slash = cell.indexOf(CsvCells.INTERVAL);
    if (slash < 0) {
      throw new InvalidValueException("TimeWindow",
          List.of(Violation.of("", cell, Messages.WINDOW_CELL)));
    }
    return TimeWindow.of(CsvCells.instant(cell.substring(0, slash).strip()),
        CsvCells.instant(cell.substring(slash + 1).strip()));
  }

  private static String formatWindow(TimeWindow w) {
    return CsvCells.instant(w.start()) + CsvCells.INTERVAL + CsvCells.instant(w.end());
  }
}
