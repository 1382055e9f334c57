package org.grassroots.governance.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.matching.MatchingProblem;

/**
 * What {@link ScenarioGenerator} made of a {@link Scenario}: the district's streets,
 * communities and grids, its household count, and the matching problem of its demands and
 * resources under the default policy (swap the policy with {@link MatchingProblem}'s copy
 * methods to compare policies on the same instance).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * GeneratedScenario g = ScenarioGenerator.generate(Scenario.of("s", ScenarioParameters.defaults(), 1));
 * g.problem().demands().size();
 * }</pre>
 */
public final class GeneratedScenario {
  private final Scenario scenario;
  private final ImmutableList<DivisionCode> streets;
  private final ImmutableList<DivisionCode> communities;
  private final ImmutableList<GridCode> grids;
  private final int buildings;
  private final int households;
  private final int vulnerableHouseholds;
  private final MatchingProblem problem;

  GeneratedScenario(
      Scenario scenario,
      ImmutableList<DivisionCode> streets,
      ImmutableList<DivisionCode> communities,
      ImmutableList<GridCode> grids,
      int buildings,
      int households,
      int vulnerableHouseholds,
      MatchingProblem problem) {
    this.scenario = requireNonNull(scenario, "scenario");
    this.streets = streets;
    this.communities = communities;
    this.grids = grids;
    this.buildings = buildings;
    this.households = households;
    this.vulnerableHouseholds = vulnerableHouseholds;
    this.problem = requireNonNull(problem, "problem");
  }

  /**
   * The scenario this was generated from.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * The streets, in code order.
   *
   * @return township-level codes under the district
   */
  public ImmutableList<DivisionCode> streets() {
    return streets;
  }

  /**
   * The communities, in code order.
   *
   * @return village-level codes
   */
  public ImmutableList<DivisionCode> communities() {
    return communities;
  }

  /**
   * The grids, in code order.
   *
   * @return grid codes
   */
  public ImmutableList<GridCode> grids() {
    return grids;
  }

  /**
   * The number of buildings.
   *
   * @return buildings in the district
   */
  public int buildings() {
    return buildings;
  }

  /**
   * The number of households.
   *
   * @return households in the district
   */
  public int households() {
    return households;
  }

  /**
   * The number of households with at least one vulnerable member.
   *
   * @return vulnerable households
   */
  public int vulnerableHouseholds() {
    return vulnerableHouseholds;
  }

  /**
   * The demands and resources under the default matching policy.
   *
   * @return the matching problem
   */
  public MatchingProblem problem() {
    return problem;
  }

  @Override
  public String toString() {
    return scenario.name() + " (seed " + scenario.seed() + "): " + streets.size() + " streets, "
        + communities.size() + " communities, " + grids.size() + " grids, " + buildings
        + " buildings, " + households + " households, " + problem.demands().size() + " demands, "
        + problem.resources().size() + " resources";
  }
}
