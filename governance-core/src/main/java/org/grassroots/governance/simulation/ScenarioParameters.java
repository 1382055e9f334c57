package org.grassroots.governance.simulation;

import static org.grassroots.governance.simulation.Messages.f;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.VulnerableGroup;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The parameters of a synthetic district (仿真参数): its size from streets down to households,
 * who needs what, and who can provide it. Every parameter has a documented default (a mid-sized
 * urban district) and a range check, so a researcher varies only what the study is about.
 *
 * <p>Sizes are drawn uniformly from {@link IntRange}s. Demands arrive per household (a Poisson
 * count with mean {@link #demandsPerHousehold()}, multiplied by {@link
 * #vulnerableDemandMultiplier()} for households with a vulnerable member) and take a category
 * by {@link #categoryShares()}. Providers are the in-service party members who report to their
 * community (双报到), the community's volunteer teams, the street's resident units (each paired
 * with one community by a co-building agreement, 结对共建), the street's social organisations, and
 * the district's departments; each has a capacity range and a service area (community, street or
 * district).
 *
 * <p>Immutable and thread-safe; serialisable, so a run can be shared and reproduced.
 *
 * <pre>{@code
 * ScenarioParameters p = ScenarioParameters.builder()
 *     .streets(4)
 *     .demandsPerHousehold(0.3)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ScenarioParameters implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The most streets a district may have: street segments are 001-099 (街道). */
  public static final int MAX_STREETS = 99;
  /** The most communities a street may have: residents' committee segments are 001-199. */
  public static final int MAX_COMMUNITIES = 199;
  /** The most grids per community and buildings per grid (4-digit sequences). */
  public static final int MAX_SEQUENCE = 9999;

  ScenarioParameters() {}

  /**
   * The district's county-level code; streets, communities, grids and buildings are numbered
   * under it. Default {@code 110105000000} (a code of the national table; the content is
   * synthetic).
   *
   * @return a county-level division code
   */
  @Value.Default
  public DivisionCode district() {
    return DivisionCode.parse("110105000000");
  }

  /**
   * Streets (街道) in the district. Default 6; 1 to 99.
   *
   * @return the number of streets
   */
  @Value.Default
  public int streets() {
    return 6;
  }

  /**
   * Communities (社区) per street. Default 4..10; at most 199.
   *
   * @return the range
   */
  @Value.Default
  public IntRange communitiesPerStreet() {
    return IntRange.of(4, 10);
  }

  /**
   * Grids (网格) per community. Default 3..8.
   *
   * @return the range
   */
  @Value.Default
  public IntRange gridsPerCommunity() {
    return IntRange.of(3, 8);
  }

  /**
   * Buildings (楼栋) per grid. Default 4..10.
   *
   * @return the range
   */
  @Value.Default
  public IntRange buildingsPerGrid() {
    return IntRange.of(4, 10);
  }

  /**
   * Households (住户) per building. Default 20..60.
   *
   * @return the range
   */
  @Value.Default
  public IntRange householdsPerBuilding() {
    return IntRange.of(20, 60);
  }

  /**
   * The share of households with a member in each vulnerable group (困难群体), drawn
   * independently. Default: elderly living alone 6%, empty-nest elderly 10%, disabled 3%,
   * left-behind children 1%, low income 4%, seriously ill 2%.
   *
   * @return shares from 0 to 1
   */
  @Value.Default
  public Map<VulnerableGroup, Double> vulnerableShares() {
    return ImmutableMap.<VulnerableGroup, Double>builder()
        .put(VulnerableGroup.ELDERLY_LIVING_ALONE, 0.06)
        .put(VulnerableGroup.EMPTY_NEST_ELDERLY, 0.10)
        .put(VulnerableGroup.DISABLED, 0.03)
        .put(VulnerableGroup.LEFT_BEHIND_CHILD, 0.01)
        .put(VulnerableGroup.LOW_INCOME, 0.04)
        .put(VulnerableGroup.SERIOUSLY_ILL, 0.02)
        .build();
  }

  /**
   * Mean demands per household in the period simulated (a month, say). Default 0.05; 0 to 10.
   *
   * @return the Poisson mean
   */
  @Value.Default
  public double demandsPerHousehold() {
    return 0.05;
  }

  /**
   * How many times more demands a household with a vulnerable member raises. Default 2.5; 1 to
   * 20.
   *
   * @return the multiplier
   */
  @Value.Default
  public double vulnerableDemandMultiplier() {
    return 2.5;
  }

  /**
   * The share of demands in each category; they sum to 1. Default weighted towards elder care,
   * medical visits and hardship relief, as the seeds' "急难愁盼" lists are.
   *
   * @return shares summing to 1
   */
  @Value.Default
  public Map<ServiceCategory, Double> categoryShares() {
    return ImmutableMap.<ServiceCategory, Double>builder()
        .put(ServiceCategory.ELDER_CARE, 0.22)
        .put(ServiceCategory.CHILDCARE, 0.08)
        .put(ServiceCategory.EMPLOYMENT, 0.07)
        .put(ServiceCategory.MEDICAL, 0.14)
        .put(ServiceCategory.SCHOOLING, 0.05)
        .put(ServiceCategory.HOUSING, 0.05)
        .put(ServiceCategory.LEGAL_AID, 0.06)
        .put(ServiceCategory.ENVIRONMENT, 0.09)
        .put(ServiceCategory.CULTURE_SPORTS, 0.10)
        .put(ServiceCategory.PSYCHOLOGICAL_SUPPORT, 0.06)
        .put(ServiceCategory.HARDSHIP_RELIEF, 0.08)
        .build();
  }

  /**
   * The share of demands that are urgent (急); a vulnerable household's demand is urgent twice as
   * often. Default 0.08.
   *
   * @return a share from 0 to 1
   */
  @Value.Default
  public double urgentShare() {
    return 0.08;
  }

  /**
   * The share of demands that are pressing (较急). Default 0.22.
   *
   * @return a share from 0 to 1; with {@link #urgentShare()} (doubled) at most 1
   */
  @Value.Default
  public double pressingShare() {
    return 0.22;
  }

  /**
   * In-service party members who report to each community (在职党员双报到). Default 15..40.
   *
   * @return the range
   */
  @Value.Default
  public IntRange partyMembersPerCommunity() {
    return IntRange.of(15, 40);
  }

  /**
   * Hours (or visits) a party member offers in the period. Default 1..4.
   *
   * @return the range
   */
  @Value.Default
  public IntRange partyMemberCapacity() {
    return IntRange.of(1, 4);
  }

  /**
   * Volunteer teams (志愿服务队) per community. Default 1..3.
   *
   * @return the range
   */
  @Value.Default
  public IntRange volunteerTeamsPerCommunity() {
    return IntRange.of(1, 3);
  }

  /**
   * Capacity of a volunteer team. Default 10..30.
   *
   * @return the range
   */
  @Value.Default
  public IntRange volunteerTeamCapacity() {
    return IntRange.of(10, 30);
  }

  /**
   * Resident units (驻区单位) per street, each paired with one community of the street by a
   * co-building agreement. Default 3..8.
   *
   * @return the range
   */
  @Value.Default
  public IntRange residentUnitsPerStreet() {
    return IntRange.of(3, 8);
  }

  /**
   * Capacity of a resident unit. Default 10..40.
   *
   * @return the range
   */
  @Value.Default
  public IntRange residentUnitCapacity() {
    return IntRange.of(10, 40);
  }

  /**
   * Social organisations (社会组织) per street, serving the whole street. Default 2..4.
   *
   * @return the range
   */
  @Value.Default
  public IntRange socialOrganisationsPerStreet() {
    return IntRange.of(2, 4);
  }

  /**
   * Capacity of a social organisation. Default 20..60.
   *
   * @return the range
   */
  @Value.Default
  public IntRange socialOrganisationCapacity() {
    return IntRange.of(20, 60);
  }

  /**
   * District departments (职能部门) that serve the whole district (部门报到). Default 3..6.
   *
   * @return the range
   */
  @Value.Default
  public IntRange districtDepartments() {
    return IntRange.of(3, 6);
  }

  /**
   * Capacity of a district department. Default 50..150.
   *
   * @return the range
   */
  @Value.Default
  public IntRange departmentCapacity() {
    return IntRange.of(50, 150);
  }

  /**
   * The default parameters.
   *
   * @return a mid-sized urban district
   */
  public static ScenarioParameters defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds parameters; unset attributes keep their defaults. */
  public static final class Builder extends ImmutableScenarioParameters.Builder {
    Builder() {}
  }

  /**
   * A copy with another number of streets.
   *
   * @param streets 1 to 99
   * @return the copy
   */
  public ScenarioParameters withStreets(int streets) {
    return ImmutableScenarioParameters.copyOf(this).withStreets(streets);
  }

  /**
   * A copy with another district, e.g. a real district to generate on its real streets and
   * communities ({@link ScenarioGenerator#generate(Scenario, org.grassroots.governance.grid.GridHierarchy)}).
   *
   * <pre>{@code
   * ScenarioParameters dongcheng = ScenarioParameters.defaults()
   *     .withDistrict(DivisionCode.parse("110101000000"));
   * }</pre>
   *
   * @param district a county-level division code
   * @return the copy
   */
  public ScenarioParameters withDistrict(DivisionCode district) {
    return ImmutableScenarioParameters.copyOf(this).withDistrict(district);
  }

  /**
   * A copy with another demand rate.
   *
   * @param demandsPerHousehold 0 to 10
   * @return the copy
   */
  public ScenarioParameters withDemandsPerHousehold(double demandsPerHousehold) {
    return ImmutableScenarioParameters.copyOf(this).withDemandsPerHousehold(demandsPerHousehold);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ScenarioParameters");
    v.check(
        district().codeLevel() == DivisionLevel.COUNTY,
        "district",
        district(),
        f(Messages.COUNTY, district().codeLevel()));
    v.check(streets() >= 1 && streets() <= MAX_STREETS, "streets", streets(), f(Messages.RANGE, 1, MAX_STREETS));
    range(v, "communitiesPerStreet", communitiesPerStreet(), 1, MAX_COMMUNITIES);
    range(v, "gridsPerCommunity", gridsPerCommunity(), 1, MAX_SEQUENCE);
    range(v, "buildingsPerGrid", buildingsPerGrid(), 1, MAX_SEQUENCE);
    range(v, "householdsPerBuilding", householdsPerBuilding(), 1, 10_000);
    for (Map.Entry<VulnerableGroup, Double> e : vulnerableShares().entrySet()) {
      share(v, "vulnerableShares." + e.getKey(), e.getValue());
    }
    v.check(
        demandsPerHousehold() >= 0 && demandsPerHousehold() <= 10,
        "demandsPerHousehold",
        demandsPerHousehold(),
        f(Messages.RANGE, 0, 10));
    v.check(
        vulnerableDemandMultiplier() >= 1 && vulnerableDemandMultiplier() <= 20,
        "vulnerableDemandMultiplier",
        vulnerableDemandMultiplier(),
        f(Messages.RANGE, 1, 20));
    v.check(!categoryShares().isEmpty(), "categoryShares", categoryShares(), Messages.NOT_EMPTY);
    double sum = 0;
    for (Map.Entry<ServiceCategory, Double> e : categoryShares().entrySet()) {
      share(v, "categoryShares." + e.getKey(), e.getValue());
      sum += e.getValue();
    }
    v.check(
        categoryShares().isEmpty() || Math.abs(sum - 1) < 1e-6,
        "categoryShares",
        categoryShares(),
        f(Messages.SHARES_SUM, sum));
    share(v, "urgentShare", urgentShare());
    share(v, "pressingShare", pressingShare());
    v.check(
        2 * urgentShare() + pressingShare() <= 1,
        "pressingShare",
        pressingShare(),
        "twice urgentShare plus pressingShare must not exceed 1");
    range(v, "partyMembersPerCommunity", partyMembersPerCommunity(), 0, 10_000);
    range(v, "partyMemberCapacity", partyMemberCapacity(), 0, 10_000);
    range(v, "volunteerTeamsPerCommunity", volunteerTeamsPerCommunity(), 0, 1000);
    range(v, "volunteerTeamCapacity", volunteerTeamCapacity(), 0, 100_000);
    range(v, "residentUnitsPerStreet", residentUnitsPerStreet(), 0, 1000);
    range(v, "residentUnitCapacity", residentUnitCapacity(), 0, 100_000);
    range(v, "socialOrganisationsPerStreet", socialOrganisationsPerStreet(), 0, 1000);
    range(v, "socialOrganisationCapacity", socialOrganisationCapacity(), 0, 100_000);
    range(v, "districtDepartments", districtDepartments(), 0, 1000);
    range(v, "departmentCapacity", departmentCapacity(), 0, 1_000_000);
    v.throwIfAny();
  }

  private static void range(Violations v, String path, IntRange r, int min, int max) {
    v.check(r.min() >= min && r.max() <= max, path, r, f(Messages.RANGE, min, max));
  }

  private static void share(Violations v, String path, double share) {
    v.check(share >= 0 && share <= 1, path, share, Messages.SHARE);
  }
}
