package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioParameters;

/**
 * Binds {@link Scenario} to its public factory {@link Scenario#of}: name, parameters, seed.
 * Schema: {@code scenario.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"name", "seed", "parameters"})
@JsonSerialize(as = Scenario.class)
abstract class ScenarioMixIn {
  private ScenarioMixIn() {}

  @JsonCreator
  static Scenario of(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "parameters", required = true) ScenarioParameters parameters,
      @JsonProperty(value = "seed", required = true) long seed) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("seed")
  abstract long seed();

  @JsonProperty("parameters")
  abstract ScenarioParameters parameters();
}
