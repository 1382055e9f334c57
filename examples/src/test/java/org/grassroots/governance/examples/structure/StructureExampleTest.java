package org.grassroots.governance.examples.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StructureExampleTest {
  @Test
  void run_reportsNormsFulfilmentObligationsAndRefusals() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StructureExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("workers in post 4, end not recorded 1"), out);
    assertTrue(out.contains("[NOT_MET] community-workers-at-least-6"), out);
    assertTrue(out.contains("agreement ACTIVE, fulfilment 0.2500"), out);
    assertTrue(out.contains("outside the term: lies outside the term 2021-01-01..2021-12-31"), out);
    assertTrue(out.contains("1 leadership-visits in 2021-04, agreed at least 2 per month"), out);
    assertTrue(out.contains("cannot go from ACTIVE to SIGNED"), out);
    assertFalse(out.contains("社工1"), "names of people are not printed: " + out);
  }
}
