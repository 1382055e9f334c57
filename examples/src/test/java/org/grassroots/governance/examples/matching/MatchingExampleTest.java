package org.grassroots.governance.examples.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MatchingExampleTest {
  @Test
  void run_comparesTheAlgorithmsAndExplainsWhatIsUnmatched() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MatchingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("exact: coverage 71%, weighted 88%"), out);
    assertTrue(out.contains("stable-demand-proposing: coverage 71%, weighted 88%, cost 12, blocking pairs 0"), out);
    assertTrue(out.contains("greedy-first-come: coverage 71%, weighted 82%"), out);
    assertTrue(out.contains("D4 unmatched x1: NO_ELIGIBLE_RESOURCE_IN_REACH"), out);
    assertTrue(out.contains("D3 unmatched x1: CAPACITY_EXHAUSTED"), out);
    assertTrue(out.contains("D1 <- PM-1 x3 at GRID"), out);
  }
}
