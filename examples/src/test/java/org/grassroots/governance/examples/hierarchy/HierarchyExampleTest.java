package org.grassroots.governance.examples.hierarchy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HierarchyExampleTest {
  @Test
  void run_showsLookupsLinkageAndMerge() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HierarchyExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("nodes 20, per level {PROVINCE=1, CITY=1, COUNTY=0, STREET=1, COMMUNITY=2, GRID=3, BUILDING=12}"), out);
    assertTrue(out.contains("town's parent 441900000000 (the city: no county)"), out);
    assertTrue(out.contains("lca 441900003000, distance 6"), out);
    assertTrue(out.contains("buildings in the street 12.0"), out);
    assertTrue(out.contains("escalated to 441900003001"), out);
    assertTrue(out.contains("after merge: grids of 441900003001 = 3, 4419000030020001 -> 4419000030010003"), out);
  }
}
