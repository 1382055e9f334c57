package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.ByteStreams;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.grassroots.governance.json.simulation.ScenarioDocument;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.junit.jupiter.api.Test;

/** The {@code scenario} kind: a simulation scenario, shared so a run can be reproduced. */
class ScenarioDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  static String golden(String folder, String name) {
    String path = "golden/simulation/" + folder + "/" + name;
    try (InputStream in = ScenarioDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void scenario_roundTrips_andValidates() {
    qt().withExamples(150).forAll(ScenarioGens.scenarios()).checkAssert(s -> {
      String doc = JSON.toJson(Envelope.of(ScenarioDocument.KIND, Fixtures.NOON, s));
      assertEquals(s, JSON.read(doc, ScenarioDocument.KIND).data(), doc);
      List<Error> errors = Schemas.validate(ScenarioDocument.KIND, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      try {
        assertEquals(s, PLAIN.readValue(PLAIN.writeValueAsString(s), Scenario.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void absentParameters_takeTheirDefaults() {
    String doc = golden("valid", "scenario-defaults.json");
    assertTrue(Schemas.validate(ScenarioDocument.KIND, doc).isEmpty());
    Scenario s = JSON.read(doc, ScenarioDocument.KIND).data();
    assertEquals(ScenarioParameters.defaults(), s.parameters());
    assertEquals(Long.MIN_VALUE, s.seed());
  }

  @Test
  void validGoldenScenario_readsAsWritten() {
    String doc = golden("valid", "scenario.json");
    assertTrue(Schemas.validate(ScenarioDocument.KIND, doc).isEmpty(),
        Schemas.validate(ScenarioDocument.KIND, doc).toString());
    Scenario s = JSON.read(doc, ScenarioDocument.KIND).data();
    assertEquals("鼓楼区 2 街道", s.name());
    assertEquals(2, s.parameters().streets());
    assertEquals(IntRange.of(2, 4), s.parameters().communitiesPerStreet());
    assertEquals(0.5, s.parameters().categoryShares().get(
        org.grassroots.governance.matching.ServiceCategory.ELDER_CARE));
    // an absent parameter keeps its default
    assertEquals(ScenarioParameters.defaults().departmentCapacity(),
        s.parameters().departmentCapacity());
  }

  /** Invalid golden document, the pointer the reader names, whether the schema refuses it. */
  private static final List<Object[]> INVALID = List.of(
      new Object[] {"shares-not-summing-to-one.json", "/data/parameters/categoryShares", false},
      new Object[] {"range-min-above-max.json", "/data/parameters/gridsPerCommunity/max", false},
      new Object[] {"too-many-streets.json", "/data/parameters/streets", true},
      new Object[] {"blank-name.json", "/data/name", true},
      new Object[] {"missing-seed.json", "/data/seed", true});

  @Test
  void invalidGoldenDocuments_areRefusedAtTheirPointer() {
    for (Object[] row : INVALID) {
      String name = (String) row[0];
      String doc = golden("invalid", name);
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc, ScenarioDocument.KIND), name);
      assertEquals(row[1], e.problems().get(0).pointer(), name + ": " + e.getMessage());
      if ((Boolean) row[2]) {
        assertFalse(Schemas.validate(ScenarioDocument.KIND, doc).isEmpty(),
            name + " passes the schema");
      }
    }
  }

  private record Breakage(String pointer, boolean schema, Consumer<ObjectNode> breakIt) {}

  @Test
  void brokenScenario_isRefusedAtItsPointer() {
    List<Breakage> b = new ArrayList<>();
    b.add(new Breakage("/data/name", true, d -> d.put("name", "  ")));
    b.add(new Breakage("/data/parameters", true, d -> d.remove("parameters")));
    b.add(new Breakage("/data/parameters/streets", true, d -> p(d).put("streets", 0)));
    b.add(new Breakage("/data/parameters/district", false,
        d -> p(d).put("district", "110105001000")));
    b.add(new Breakage("/data/parameters/demandsPerHousehold", true,
        d -> p(d).put("demandsPerHousehold", 10.5)));
    b.add(new Breakage("/data/parameters/vulnerableDemandMultiplier", true,
        d -> p(d).put("vulnerableDemandMultiplier", 0.5)));
    b.add(new Breakage("/data/parameters/urgentShare", true, d -> p(d).put("urgentShare", 1.5)));
    b.add(new Breakage("/data/parameters/pressingShare", false,
        d -> p(d).put("urgentShare", 0.4).put("pressingShare", 0.4)));
    b.add(new Breakage("/data/parameters/categoryShares", true,
        d -> p(d).putObject("categoryShares")));
    b.add(new Breakage("/data/parameters/categoryShares/MEDICAL", true,
        d -> p(d).putObject("categoryShares").put("MEDICAL", -1.0).put("OTHER", 2.0)));
    b.add(new Breakage("/data/parameters/vulnerableShares/DISABLED", true,
        d -> p(d).putObject("vulnerableShares").putNull("DISABLED")));
    b.add(new Breakage("/data/parameters/buildingsPerGrid/min", true,
        d -> p(d).putObject("buildingsPerGrid").put("min", -1).put("max", 3)));
    b.add(new Breakage("/data/parameters/householdsPerBuilding", true,
        d -> p(d).putObject("householdsPerBuilding").put("min", 1).put("max", 10_001)));
    b.add(new Breakage("/data/parameters/departmentCapacity/max", true,
        d -> p(d).putObject("departmentCapacity").put("min", 1)));
    qt().withExamples(20).forAll(ScenarioGens.scenarios()).checkAssert(s -> {
      String doc = JSON.toJson(Envelope.of(ScenarioDocument.KIND, Fixtures.NOON, s));
      for (Breakage x : b) {
        try {
          ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
          x.breakIt().accept((ObjectNode) tree.get("data"));
          String broken = tree.toString();
          InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
              () -> JSON.read(broken, ScenarioDocument.KIND), x.pointer());
          assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(x.pointer())),
              x.pointer() + " not named: " + e.getMessage());
          if (x.schema()) {
            assertFalse(Schemas.validate(ScenarioDocument.KIND, broken).isEmpty(),
                x.pointer() + " passes the schema: " + broken);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  private static ObjectNode p(ObjectNode data) {
    JsonNode p = data.get("parameters");
    return (ObjectNode) p;
  }
}
