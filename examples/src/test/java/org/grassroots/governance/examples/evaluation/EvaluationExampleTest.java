package org.grassroots.governance.examples.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EvaluationExampleTest {
  private static final Pattern COMMUNITY_ROW = Pattern.compile("^ +(\\d+)  (4403040\\d{5})  +(\\d+\\.\\d)  (.+)$");
  private static final Pattern STREET_ROW = Pattern.compile("^ +(\\d+)  (440304\\d{3}000)  +(\\d+\\.\\d)$");
  private static final Pattern DISTRICT = Pattern.compile("^district 440304000000 +(\\d+\\.\\d)  \\(12 communities\\)$");

  private static String run(long seed) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluationExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), seed);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_printsTheRankingStreetsAndDistrict() {
    String out = run(2024);
    List<double[]> communities = new ArrayList<>();
    List<Double> streets = new ArrayList<>();
    double district = -1;
    for (String line : out.split("\n")) {
      Matcher c = COMMUNITY_ROW.matcher(line);
      Matcher s = STREET_ROW.matcher(line);
      Matcher d = DISTRICT.matcher(line);
      if (c.matches()) {
        communities.add(new double[] {Integer.parseInt(c.group(1)), Double.parseDouble(c.group(3))});
        assertTrue(c.group(4).equals("-") || c.group(4).matches(".+ \\(-\\d+\\.\\d\\)"), line);
      } else if (s.matches()) {
        streets.add(Double.parseDouble(s.group(3)));
      } else if (d.matches()) {
        district = Double.parseDouble(d.group(1));
      }
    }
    assertEquals(12, communities.size(), out);
    assertEquals(3, streets.size(), out);
    assertTrue(out.startsWith("社区治理标准化考核"), out);
    double sum = 0;
    for (int i = 0; i < communities.size(); i++) {
      double points = communities.get(i)[1];
      assertTrue(points >= 0 && points <= 100, out);
      sum += points;
      if (i > 0) {
        assertTrue(points <= communities.get(i - 1)[1], "ranking descends: " + out);
        assertTrue(communities.get(i)[0] >= communities.get(i - 1)[0], out);
      }
    }
    assertEquals(1.0, communities.get(0)[0]);
    // the district is the mean of its 12 communities (equal weights), up to the printed rounding
    assertEquals(sum / 12, district, 0.06, out);
    assertTrue(streets.get(0) >= streets.get(2), out);
  }

  @Test
  void run_isDeterministicForASeed() {
    assertEquals(run(7), run(7));
  }
}
