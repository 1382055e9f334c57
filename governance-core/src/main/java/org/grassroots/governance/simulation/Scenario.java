package org.grassroots.governance.simulation;

import java.io.Serializable;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A reproducible scenario (仿真情景): a name, the parameters and the seed. The same scenario
 * gives the same district, demands and resources on any machine, so a scenario is all one needs
 * to share a run.
 *
 * <p>Immutable and thread-safe; serialisable.
 *
 * <pre>{@code
 * Scenario s = Scenario.of("baseline", ScenarioParameters.defaults(), 42L);
 * GeneratedScenario g = ScenarioGenerator.generate(s);
 * }</pre>
 */
@Value.Immutable
public abstract class Scenario implements Serializable {
  private static final long serialVersionUID = 1L;

  Scenario() {}

  /**
   * A short name for reports.
   *
   * @return non-blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The parameters.
   *
   * @return the parameters
   */
  @Value.Parameter
  public abstract ScenarioParameters parameters();

  /**
   * The seed of every random draw.
   *
   * @return the seed
   */
  @Value.Parameter
  public abstract long seed();

  /**
   * A scenario.
   *
   * @param name a short non-blank name
   * @param parameters the parameters
   * @param seed the seed
   * @return the scenario
   */
  public static Scenario of(String name, ScenarioParameters parameters, long seed) {
    return ImmutableScenario.of(name, parameters, seed);
  }

  /**
   * The same scenario with another seed (a replication).
   *
   * @param seed the seed
   * @return the copy
   */
  public Scenario withSeed(long seed) {
    return ImmutableScenario.copyOf(this).withSeed(seed);
  }

  @Value.Check
  void check() {
    Violations.of("Scenario")
        .require("name", name())
        .check(name() == null || !name().isBlank(), "name", name(), "must not be blank")
        .require("parameters", parameters())
        .throwIfAny();
  }
}
