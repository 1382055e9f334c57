package org.grassroots.governance.matching;

class GreedyCheapestFirstTest extends MatchingAlgorithmContractTest {
  @Override
  MatchingAlgorithm algorithm() {
    return GreedyMatching.cheapestFirst();
  }
}
