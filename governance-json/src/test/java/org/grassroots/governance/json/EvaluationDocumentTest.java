package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.ByteStreams;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.grassroots.governance.evaluation.Band;
import org.grassroots.governance.evaluation.DefaultIndicatorSystems;
import org.grassroots.governance.evaluation.Indicator;
import org.grassroots.governance.evaluation.IndicatorId;
import org.grassroots.governance.evaluation.IndicatorSystem;
import org.grassroots.governance.evaluation.MeasureId;
import org.grassroots.governance.evaluation.Measurements;
import org.grassroots.governance.evaluation.ScoringRule;
import org.grassroots.governance.evaluation.Section;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.json.evaluation.EvaluationDocuments;
import org.grassroots.governance.json.evaluation.MeasuredEvaluation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The evaluation kinds: indicator systems, measurements, evaluations with derived scores. */
class EvaluationDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final List<DivisionCode> COMMUNITIES = List.of(
      DivisionCode.parse("440304003001"), DivisionCode.parse("440304003002"),
      DivisionCode.parse("440304004001"), DivisionCode.parse("350102001001"));

  private static ScoringRule rule(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        double floor = r.nextInt(5);
        return ScoringRule.linear(floor, r.nextBoolean() ? floor + 0.5 + r.nextDouble() : floor - 1);
      case 1:
        return ScoringRule.atLeast(r.nextInt(10));
      case 2:
        return ScoringRule.atMost(r.nextDouble() * 10);
      default:
        List<Band> bands = new ArrayList<>();
        double bound = r.nextInt(3);
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
          bands.add(Band.of(bound, Math.min(1, 0.25 * (i + 1))));
          bound += 0.5 + r.nextInt(3);
        }
        return ScoringRule.banded(bands);
    }
  }

  /** Valid systems from raw weights, normalised; sometimes a default system. */
  static IndicatorSystem system(SplittableRandom r) {
    int pick = r.nextInt(6);
    if (pick == 0) {
      return DefaultIndicatorSystems.communityStandard();
    } else if (pick == 1) {
      return DefaultIndicatorSystems.pairedUnit();
    }
    Map<Section, Double> sections = new EnumMap<>(Section.class);
    List<Indicator> indicators = new ArrayList<>();
    for (Section s : Section.values()) {
      if (sections.isEmpty() || r.nextBoolean()) {
        sections.put(s, 0.1 + r.nextDouble());
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
          Indicator.Builder b = Indicator.builder()
              .id(IndicatorId.of(s.name().toLowerCase(java.util.Locale.ROOT) + ".i" + i))
              .section(s).name(s.chinese() + "指标" + i)
              .measure(MeasureId.of("m" + r.nextInt(6))).unit(r.nextBoolean() ? "比例" : "人")
              .rule(rule(r)).weight(0.1 + r.nextDouble());
          if (r.nextBoolean()) {
            b.source("《社区治理标准》第" + (1 + r.nextInt(20)) + "条");
          }
          indicators.add(b.build());
        }
      }
    }
    return IndicatorSystem.normalising("考核 " + r.nextInt(100), sections, indicators);
  }

  /** Measurements of the system's measures (and one it does not read), some missing. */
  static Measurements measurements(SplittableRandom r, IndicatorSystem system) {
    Measurements.Builder b = Measurements.builder();
    List<MeasureId> measures = new ArrayList<>();
    system.indicators().forEach(i -> measures.add(i.measure()));
    measures.add(MeasureId.of("unused.measure"));
    for (DivisionCode c : COMMUNITIES) {
      for (MeasureId m : measures) {
        if (r.nextInt(4) != 0) {
          b.put(m, c, r.nextBoolean() ? r.nextInt(12) : r.nextDouble() * 10 - 1);
        }
      }
    }
    return b.build();
  }

  static MeasuredEvaluation evaluation(SplittableRandom r) {
    IndicatorSystem s = system(r);
    Measurements m = measurements(r, s);
    if (r.nextBoolean()) {
      return MeasuredEvaluation.of(s, m);
    }
    List<DivisionCode> some = new ArrayList<>(COMMUNITIES.subList(0, 1 + r.nextInt(3)));
    some.add(DivisionCode.parse("110101001001")); // not measured: scores nothing
    return MeasuredEvaluation.of(s, m, some);
  }

  static Gen<MeasuredEvaluation> evaluations() {
    return SourceDSL.longs().all().map(s -> evaluation(new SplittableRandom(s)));
  }

  private static String golden(String folder, String name) {
    String path = "golden/evaluation/" + folder + "/" + name;
    try (InputStream in = EvaluationDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void roundTrip(DocumentKind<T> kind, T value, Class<T> type) {
    String doc = JSON.toJson(Envelope.of(kind, Fixtures.NOON, value));
    assertEquals(value, JSON.read(doc, kind).data(), doc);
    List<Error> errors = Schemas.validate(kind, doc);
    assertTrue(errors.isEmpty(), errors + " in " + doc);
    try {
      assertEquals(value, PLAIN.readValue(PLAIN.writeValueAsString(value), type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyKind_roundTrips_andValidates() {
    qt().withExamples(40).forAll(evaluations()).checkAssert(e -> {
      roundTrip(EvaluationDocuments.SYSTEM, e.evaluation().system(), IndicatorSystem.class);
      roundTrip(EvaluationDocuments.MEASUREMENTS, e.measurements(), Measurements.class);
      roundTrip(EvaluationDocuments.EVALUATION, e, MeasuredEvaluation.class);
    });
  }

  @Test
  void evaluation_withoutDerivedScoresOrCommunities_readsTheSameScores() throws IOException {
    qt().withExamples(20).forAll(evaluations()).checkAssert(e -> {
      try {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(
            JSON.toJson(Envelope.of(EvaluationDocuments.EVALUATION, Fixtures.NOON, e)));
        ObjectNode data = (ObjectNode) tree.get("data");
        assertEquals(MAPPER.valueToTree(e.evaluation().ranking()), data.get("ranking"));
        assertEquals(MAPPER.valueToTree(e.rollUp()), data.get("rollUp"));
        data.remove("scores");
        data.remove("ranking");
        data.remove("rollUp");
        assertEquals(e, JSON.read(tree.toString(), EvaluationDocuments.EVALUATION).data());
        data.remove("communities");
        MeasuredEvaluation all = JSON.read(tree.toString(), EvaluationDocuments.EVALUATION).data();
        assertEquals(e.measurements().communities().size(), all.evaluation().scores().size());
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    });
  }

  @Test
  void goldenDocuments_validateAndRead() {
    String system = golden("valid", "indicator-system.json");
    assertTrue(Schemas.validate(EvaluationDocuments.SYSTEM, system).isEmpty(),
        Schemas.validate(EvaluationDocuments.SYSTEM, system).toString());
    IndicatorSystem s = JSON.read(system, EvaluationDocuments.SYSTEM).data();
    assertEquals(4, s.indicators().size());
    assertEquals(0.6, s.sectionWeight(Section.SERVICE));
    String doc = golden("valid", "evaluation.json");
    assertTrue(Schemas.validate(EvaluationDocuments.EVALUATION, doc).isEmpty(),
        Schemas.validate(EvaluationDocuments.EVALUATION, doc).toString());
    MeasuredEvaluation e = JSON.read(doc, EvaluationDocuments.EVALUATION).data();
    assertEquals(2, e.evaluation().scores().size());
    assertEquals(e.evaluation(), org.grassroots.governance.evaluation.Evaluation.of(
        e.evaluation().system(), e.measurements(), List.of(COMMUNITIES.get(0), COMMUNITIES.get(1))));
  }

  private record Breakage(String pointer, boolean schema, Consumer<ObjectNode> breakIt) {}

  private static ObjectNode indicator(ObjectNode system, int i) {
    return (ObjectNode) system.get("indicators").get(i);
  }

  /** Breakages of an indicator system at {@code at} (the system object itself). */
  private static List<Breakage> systemBreakages(String at, java.util.function.Function<ObjectNode, ObjectNode> system) {
    List<Breakage> b = new ArrayList<>();
    b.add(new Breakage(at + "/name", true, d -> system.apply(d).put("name", " ")));
    b.add(new Breakage(at + "/sectionWeights", false, d -> {
      ObjectNode w = (ObjectNode) system.apply(d).get("sectionWeights");
      String first = w.fieldNames().next();
      w.put(first, w.get(first).asDouble() + 0.25);
    }));
    // Jackson names the map for a key that is not a section (the message lists the sections)
    b.add(new Breakage(at + "/sectionWeights", true,
        d -> ((ObjectNode) system.apply(d).get("sectionWeights")).put("PARTY", 0.1)));
    b.add(new Breakage(at + "/indicators", false, d -> {
      ObjectNode i = indicator(system.apply(d), 0);
      i.put("weight", i.get("weight").asDouble() / 2);
    }));
    b.add(new Breakage(at + "/indicators/0/weight", true,
        d -> indicator(system.apply(d), 0).put("weight", -1)));
    b.add(new Breakage(at + "/indicators/1/id", false, d -> {
      ObjectNode s = system.apply(d);
      ObjectNode copy = indicator(s, 0).deepCopy();
      ((ArrayNode) s.get("indicators")).insert(1, copy);
    }));
    b.add(new Breakage(at + "/indicators/0/rule/type", true,
        d -> ((ObjectNode) indicator(system.apply(d), 0).get("rule")).put("type", "EXPONENTIAL")));
    b.add(new Breakage(at + "/indicators/0/rule/bands", true,
        d -> indicator(system.apply(d), 0).putObject("rule").put("type", "AT_LEAST")
            .put("target", 1).putArray("bands").addObject().put("lowerBound", 1).put("fraction", 1)));
    b.add(new Breakage(at + "/indicators/0/rule/floor", true,
        d -> indicator(system.apply(d), 0).putObject("rule").put("type", "LINEAR")
            .put("target", 1)));
    b.add(new Breakage(at + "/indicators/0/rule/target", false,
        d -> indicator(system.apply(d), 0).putObject("rule").put("type", "LINEAR")
            .put("floor", 2).put("target", 2)));
    b.add(new Breakage(at + "/indicators/0/rule/bands/1/lowerBound", false,
        d -> {
          ArrayNode bands = indicator(system.apply(d), 0).putObject("rule").put("type", "BANDED")
              .putArray("bands");
          bands.addObject().put("lowerBound", 3).put("fraction", 0.5);
          bands.addObject().put("lowerBound", 2).put("fraction", 1);
        }));
    b.add(new Breakage(at + "/indicators/0/rule/bands/0/fraction", true,
        d -> indicator(system.apply(d), 0).putObject("rule").put("type", "BANDED")
            .putArray("bands").addObject().put("lowerBound", 3).put("fraction", 1.5)));
    b.add(new Breakage(at + "/indicators/0/measure", true,
        d -> indicator(system.apply(d), 0).put("measure", "")));
    b.add(new Breakage(at + "/indicators/0/section", true,
        d -> indicator(system.apply(d), 0).remove("section")));
    return b;
  }

  private static void check(DocumentKind<?> kind, String doc, List<Breakage> breakages) {
    for (Breakage x : breakages) {
      try {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
        x.breakIt().accept(tree);
        String broken = tree.toString();
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
            () -> JSON.read(broken, kind), x.pointer() + " in " + broken);
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().startsWith(x.pointer())),
            x.pointer() + " not named: " + e.getMessage());
        if (x.schema()) {
          assertFalse(Schemas.validate(kind, broken).isEmpty(), x.pointer() + " passes the schema");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void brokenSystem_isRefusedAtItsPointer() {
    qt().withExamples(5).forAll(evaluations()).checkAssert(e -> {
      check(EvaluationDocuments.SYSTEM,
          JSON.toJson(Envelope.of(EvaluationDocuments.SYSTEM, Fixtures.NOON, e.evaluation().system())),
          systemBreakages("/data", d -> (ObjectNode) d.get("data")));
    });
  }

  @Test
  void brokenEvaluation_isRefusedAtItsPointer() {
    qt().withExamples(10).forAll(evaluations()).checkAssert(e -> {
      String doc = JSON.toJson(Envelope.of(EvaluationDocuments.EVALUATION, Fixtures.NOON, e));
      List<Breakage> b = new ArrayList<>(
          systemBreakages("/data/system", d -> (ObjectNode) d.get("data").get("system")));
      String m = e.measurements().measures().iterator().next().value();
      b.add(new Breakage("/data/measurements/" + m + "/440304003001", false,
          d -> ((ObjectNode) d.get("data").get("measurements").get(m))
              .put("440304003001", new java.math.BigDecimal("1e400"))));
      b.add(new Breakage("/data/measurements/" + m + "/4403", true,
          d -> ((ObjectNode) d.get("data").get("measurements").get(m)).put("4403", 1)));
      b.add(new Breakage("/data/measurements/" + m + "/440304003001", true,
          d -> ((ObjectNode) d.get("data").get("measurements").get(m)).put("440304003001", "7")));
      b.add(new Breakage("/data/communities/1", true, d -> {
        ArrayNode c = (ArrayNode) d.get("data").get("communities");
        c.insert(1, c.get(0).asText());
      }));
      b.add(new Breakage("/data/scores/0/total", false,
          d -> ((ObjectNode) d.get("data").get("scores").get(0)).put("total", 101)));
      b.add(new Breakage("/data/scores/0/indicators/0/points", false,
          d -> ((ObjectNode) d.get("data").get("scores").get(0).get("indicators").get(0))
              .put("points", 0.5)));
      b.add(new Breakage("/data/scores/" + e.evaluation().scores().size(), false,
          d -> ((ArrayNode) d.get("data").get("scores")).add(d.get("data").get("scores").get(0))));
      b.add(new Breakage("/data/measurements", true, d -> ((ObjectNode) d.get("data")).remove("measurements")));
      if (!e.evaluation().scores().isEmpty()) {
        b.add(new Breakage("/data/ranking/0/points", false,
            d -> ((ObjectNode) d.get("data").get("ranking").get(0)).put("points", -1.5)));
        b.add(new Breakage("/data/ranking/0/rank", true,
            d -> ((ObjectNode) d.get("data").get("ranking").get(0)).put("rank", 0)));
        b.add(new Breakage("/data/rollUp/areas/0/communities", false,
            d -> ((ObjectNode) d.get("data").get("rollUp").get("areas").get(0))
                .put("communities", 1000)));
        b.add(new Breakage("/data/rollUp/areas/0/sectionPoints/x", true,
            d -> ((ObjectNode) d.get("data").get("rollUp").get("areas").get(0)
                .get("sectionPoints")).put("x", 1)));
      }
      check(EvaluationDocuments.EVALUATION, doc, b);
    });
  }

  @Test
  void measuredEvaluation_javaSerialisation_recomputesEqualScores() {
    qt().withExamples(10).forAll(evaluations()).checkAssert(e -> {
      try {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
          out.writeObject(e);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
            new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
          assertEquals(e, in.readObject());
        }
      } catch (IOException | ClassNotFoundException x) {
        throw new AssertionError(x);
      }
    });
  }

  @Test
  void schemaEnums_areTheJavaEnums() throws IOException {
    JsonNode defs;
    try (InputStream in = EvaluationDocumentTest.class.getResourceAsStream(
        "/" + ExchangeFormat.SCHEMA_RESOURCES + "indicator-system.schema.json")) {
      defs = MAPPER.readTree(in).get("$defs");
    }
    List<String> listed = new ArrayList<>();
    defs.get("section").get("enum").forEach(n -> listed.add(n.asText()));
    List<String> java = new ArrayList<>();
    for (Section s : Section.values()) {
      java.add(s.name());
    }
    assertEquals(java, listed);
    List<String> types = new ArrayList<>();
    defs.get("rule").get("oneOf").forEach(n -> types.add(n.get("properties").get("type").get("const").asText()));
    List<String> javaTypes = new ArrayList<>();
    for (ScoringRuleForm.Type t : ScoringRuleForm.Type.values()) {
      javaTypes.add(t.name());
    }
    assertEquals(javaTypes, types);
  }
}
