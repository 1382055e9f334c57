package org.grassroots.governance.matching;

class GreedyFirstComeTest extends MatchingAlgorithmContractTest {
  @Override
  MatchingAlgorithm algorithm() {
    return GreedyMatching.firstComeFirstServed();
  }
}
