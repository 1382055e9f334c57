package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The streaming {@link Demand} reader: every problem at its pointer, the same rules as the other
 * values (no coercion, nulls, sets, unknown properties in strict and lenient mode).
 */
class DemandDeserializerTest {
  private static final String GOOD =
      "{\"id\":\"D-1\",\"category\":\"MEDICAL\",\"quantity\":2,\"unit\":\"HOUR\","
          + "\"location\":\"350102001001\"}";

  private static String doc(String... items) {
    return "{\"format\":\"grassroots-governance\",\"version\":\"1.0.0\","
        + "\"generatedAt\":\"2024-05-01T12:00:00Z\",\"kind\":\"demand-list\",\"data\":["
        + String.join(",", items) + "]}";
  }

  private static List<String> problems(GovernanceJson json, String document) {
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> {
      try (ListReader<Demand> r = json.listReader(
          new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
          MatchingDocuments.DEMANDS)) {
        while (r.hasNext()) {
          r.next();
        }
      }
    });
    List<String> shown = new ArrayList<>();
    for (DocumentProblem p : e.problems()) {
      shown.add(p.pointer() + " " + p.rule());
    }
    return shown;
  }

  @Test
  void missingRequiredProperties_areAllReported_atTheirPointers() {
    assertEquals(List.of("/data/1/id is required", "/data/1/quantity is required"),
        problems(GovernanceJson.strict(), doc(GOOD,
            "{\"category\":\"MEDICAL\",\"unit\":\"HOUR\",\"location\":\"350102001001\"}")));
  }

  @Test
  void nullRequired_wrongShapes_andRepeatedElements_areRefusedAtTheirPointers() {
    assertEquals(List.of("/data/0/id must not be null"),
        problems(GovernanceJson.strict(), doc(GOOD.replace("\"D-1\"", "null"))));
    assertTrue(problems(GovernanceJson.strict(), doc(GOOD.replace("2,", "\"2\",")))
        .get(0).startsWith("/data/0/quantity "));
    assertTrue(problems(GovernanceJson.strict(), doc(GOOD.replace("\"D-1\"", "7")))
        .get(0).startsWith("/data/0/id an identifier must be a JSON string"));
    assertEquals(List.of("/data/0/requiredSkills/2 appears twice in a set"),
        problems(GovernanceJson.strict(), doc(GOOD.replace("}",
            ",\"requiredSkills\":[\"a\",\"b\",\"a\"]}"))));
    assertTrue(problems(GovernanceJson.strict(),
        doc(GOOD.replace("}", ",\"vulnerableGroups\":[null]}"))).get(0)
        .startsWith("/data/0/vulnerableGroups/0 "));
    assertTrue(problems(GovernanceJson.strict(), doc("[]")).get(0).startsWith("/data/0 "));
  }

  @Test
  void unknownProperty_isAnErrorWhenStrict_andAWarningWhenLenient() {
    String doc = doc(GOOD, GOOD.replace("D-1", "D-2").replace("}", ",\"colour\":{\"a\":[1]}}"));
    List<String> strict = problems(GovernanceJson.strict(), doc);
    assertEquals(1, strict.size());
    assertTrue(strict.get(0).startsWith("/data/1/colour is not a property"), strict.get(0));
    try (ListReader<Demand> r = GovernanceJson.lenient().listReader(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
        MatchingDocuments.DEMANDS)) {
      List<Demand> all = new ArrayList<>();
      r.forEachRemaining(all::add);
      assertEquals(2, all.size());
      assertEquals("/data/1/colour", r.warnings().get(0).pointer());
    }
  }

  @Test
  void nullOptionalProperties_takeTheDefaults() {
    Demand d = GovernanceJson.strict().read(doc(GOOD.replace("}",
            ",\"urgency\":null,\"window\":null,\"requiredSkills\":null}")),
        MatchingDocuments.DEMANDS).data().get(0);
    assertEquals(Urgency.ROUTINE, d.urgency());
    assertTrue(d.window().isEmpty());
  }

  @Test
  void nodeCodeCache_givesWhatParseGives_andLeavesBadTextToParse() {
    NodeCodes cache = new NodeCodes();
    qt().withExamples(300).forAll(Gens.buildings(), Gens.grids()).checkAssert((b, g) -> {
      for (String text : List.of(b.toString(), g.toString(), b.toString(), g.toString())) {
        assertEquals(NodeCode.parse(text), cache.lookup(text));
      }
    });
    for (String bad : List.of("35010200100100070000", "3501020010010000", "350102001001000X0001",
        "350102001001", "3501020010010007000A")) {
      assertNull(cache.lookup(bad), bad);
    }
    assertEquals(List.of("/data/0/location building sequence must be 0001-9999, found 0000"),
        problems(GovernanceJson.strict(), doc(GOOD.replace("350102001001",
            "35010200100100070000"))).stream().map(s -> s.replace("buildingCode[16..19]: ", ""))
            .toList());
  }

  @Test
  void plainModuleMapper_throwsJacksonExceptions() {
    ObjectMapper m = new ObjectMapper().findAndRegisterModules();
    assertThrows(JsonMappingException.class,
        () -> m.readValue(GOOD.replace("2,", "0,"), Demand.class));
    assertThrows(JsonMappingException.class,
        () -> m.readValue(GOOD.replace("\"id\":\"D-1\",", ""), Demand.class));
  }
}
