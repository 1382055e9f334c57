package org.grassroots.governance.simulation;

/** Small scenarios for fast tests. */
final class SimulationFixtures {
  private SimulationFixtures() {}

  static ScenarioParameters small() {
    return smallBuilder().build();
  }

  static ScenarioParameters small(org.grassroots.governance.id.DivisionCode district) {
    return smallBuilder().district(district).build();
  }

  private static ScenarioParameters.Builder smallBuilder() {
    return ScenarioParameters.builder()
        .streets(2)
        .communitiesPerStreet(IntRange.of(2, 3))
        .gridsPerCommunity(IntRange.of(2, 3))
        .buildingsPerGrid(IntRange.of(2, 3))
        .householdsPerBuilding(IntRange.of(10, 20))
        .demandsPerHousehold(0.3)
        .partyMembersPerCommunity(IntRange.of(2, 5));
  }
}
