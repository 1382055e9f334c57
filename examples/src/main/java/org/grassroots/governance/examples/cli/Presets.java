package org.grassroots.governance.examples.cli;

import java.util.List;
import java.util.Locale;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;

/** The built-in scenario presets of {@code simulate --preset}. */
final class Presets {
  static final List<String> NAMES = List.of("small", "district", "large");

  private Presets() {}

  static ScenarioParameters of(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "small":
        return ScenarioParameters.builder()
            .streets(2)
            .communitiesPerStreet(IntRange.of(2, 4))
            .gridsPerCommunity(IntRange.of(2, 4))
            .build();
      case "district":
        return ScenarioParameters.defaults();
      case "large":
        return ScenarioParameters.builder().streets(20).build();
      default:
        throw new InvalidValueException("Preset", List.of(
            Violation.of("--preset", name, "must be one of " + NAMES)));
    }
  }
}
