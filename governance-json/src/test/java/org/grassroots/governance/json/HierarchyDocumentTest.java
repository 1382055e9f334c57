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
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.HierarchyNode;
import org.grassroots.governance.grid.NodeKind;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.json.grid.HierarchyDocument;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The {@code hierarchy} kind: divisions, grids and buildings. */
class HierarchyDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final String[] PROVINCES = {"11", "35", "44"};

  private static DivisionCode code(String digits) {
    return DivisionCode.parse(digits + "0".repeat(12 - digits.length()));
  }

  /** Small valid hierarchies: every level, placeholders, functional zones, virtual communities. */
  static GridHierarchy hierarchy(SplittableRandom r) {
    GridHierarchy.Builder b = GridHierarchy.builder();
    for (int p = 0, np = 1 + r.nextInt(2); p < np; p++) {
      String pc = PROVINCES[p];
      b.division(code(pc), java.util.Optional.empty(), "省 " + pc);
      for (int c = 1, nc = 1 + r.nextInt(2); c <= nc; c++) {
        String cc = pc + String.format(Locale.ROOT, "%02d", c);
        b.division(code(cc), java.util.Optional.of(code(pc)), r.nextInt(4) == 0 ? "市辖区" : "市" + c);
        for (int d = 1, nd = 1 + r.nextInt(2); d <= nd; d++) {
          int seg = r.nextInt(5) == 0 ? 70 + d : d;
          String dc = cc + String.format(Locale.ROOT, "%02d", seg);
          b.division(code(dc), java.util.Optional.of(code(cc)), seg > 70 ? "开发区" + d : "区" + d);
          for (int s = 1, ns = 1 + r.nextInt(2); s <= ns; s++) {
            String sc = dc + String.format(Locale.ROOT, "%03d", s);
            b.division(code(sc), java.util.Optional.of(code(dc)), "街道" + s);
            for (int v = 1, nv = 1 + r.nextInt(2); v <= nv; v++) {
              boolean virtual = r.nextInt(6) == 0;
              String vc = sc + (virtual ? "498" : String.format(Locale.ROOT, "%03d", v));
              if (virtual && v > 1) {
                continue;
              }
              b.division(code(vc), java.util.Optional.of(code(sc)),
                  virtual ? "虚拟社区" : "社区居委会" + v);
              for (int g = 1, ng = r.nextInt(4); g <= ng; g++) {
                GridCode gc = GridCode.parse(vc + String.format(Locale.ROOT, "%04d", g));
                if (r.nextBoolean()) {
                  b.grid(gc, "第" + g + "网格");
                } else {
                  b.grid(gc);
                }
                for (int k = 1, nk = r.nextInt(4); k <= nk; k++) {
                  b.building(BuildingCode.parse(gc + String.format(Locale.ROOT, "%04d", k)));
                }
              }
            }
          }
        }
      }
    }
    return b.build();
  }

  static Gen<GridHierarchy> hierarchies() {
    return SourceDSL.longs().all().map(s -> hierarchy(new SplittableRandom(s)));
  }

  /** Every node of a hierarchy, in pre-order: what equality of hierarchies means here. */
  static List<HierarchyNode> nodes(GridHierarchy h) {
    List<HierarchyNode> all = new ArrayList<>();
    for (NodeCode root : h.roots()) {
      h.subtree(root).forEach(c -> all.add(h.node(c).orElseThrow()));
    }
    return all;
  }

  private static String golden(String folder, String name) {
    String path = "golden/grid/" + folder + "/" + name;
    try (InputStream in = HierarchyDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void hierarchy_roundTrips_andValidates() {
    qt().withExamples(80).forAll(hierarchies()).checkAssert(h -> {
      String doc = JSON.toJson(Envelope.of(HierarchyDocument.KIND, Fixtures.NOON, h));
      GridHierarchy back = JSON.read(doc, HierarchyDocument.KIND).data();
      assertEquals(nodes(h), nodes(back), doc);
      assertEquals(h.size(), back.size());
      List<Error> errors = Schemas.validate(HierarchyDocument.KIND, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      try {
        assertEquals(nodes(h), nodes(PLAIN.readValue(PLAIN.writeValueAsString(h),
            GridHierarchy.class)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void goldenHierarchy_validatesAndReads() {
    String doc = golden("valid", "hierarchy.json");
    assertTrue(Schemas.validate(HierarchyDocument.KIND, doc).isEmpty(),
        Schemas.validate(HierarchyDocument.KIND, doc).toString());
    GridHierarchy h = JSON.read(doc, HierarchyDocument.KIND).data();
    assertEquals(NodeKind.PLACEHOLDER, h.node(NodeCode.parse("350100000000")).orElseThrow().kind());
    assertEquals("东华小区", h.node(NodeCode.parse("3501020010010001")).orElseThrow().name()
        .orElseThrow());
    assertEquals(NodeCode.parse("3501020010010001"),
        h.parent(NodeCode.parse("35010200100100010002")).orElseThrow());
    assertEquals(10, h.size());
  }

  private record Breakage(String pointer, boolean schema, Consumer<ObjectNode> breakIt) {}

  private static ArrayNode array(ObjectNode data, String name) {
    return (ArrayNode) data.get(name);
  }

  @Test
  void brokenHierarchy_isRefusedAtItsPointer() {
    qt().withExamples(30).forAll(hierarchies()).checkAssert(h -> {
      String doc = JSON.toJson(Envelope.of(HierarchyDocument.KIND, Fixtures.NOON, h));
      JsonNode parsed;
      try {
        parsed = MAPPER.readTree(doc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int nd = parsed.get("data").get("divisions").size();
      int ng = parsed.get("data").get("grids").size();
      int nb = parsed.get("data").get("buildings").size();
      List<Breakage> b = new ArrayList<>();
      b.add(new Breakage("/data/divisions/1/parent", false,
          d -> ((ObjectNode) array(d, "divisions").get(1)).put("parent", "820000000000")));
      b.add(new Breakage("/data/divisions/" + nd + "/code", false,
          d -> array(d, "divisions").add(array(d, "divisions").get(0).deepCopy())));
      b.add(new Breakage("/data/divisions/0/kind", false,
          d -> ((ObjectNode) array(d, "divisions").get(0)).put("kind", "XPCC_UNIT")));
      b.add(new Breakage("/data/divisions/0/name", true,
          d -> ((ObjectNode) array(d, "divisions").get(0)).put("name", " ")));
      b.add(new Breakage("/data/divisions/0/code", true,
          d -> ((ObjectNode) array(d, "divisions").get(0)).put("code", "12345")));
      b.add(new Breakage("/data/divisions/0/colour", true,
          d -> ((ObjectNode) array(d, "divisions").get(0)).put("colour", "red")));
      b.add(new Breakage("/data/divisions/0", true, d -> array(d, "divisions").insertNull(0)));
      b.add(new Breakage("/data/grids/" + ng + "/code", false,
          d -> array(d, "grids").addObject().put("code", "8200000010019999")));
      b.add(new Breakage("/data/buildings/" + nb, false,
          d -> array(d, "buildings").add("82000000100199990001")));
      b.add(new Breakage("/data/buildings/" + nb, true, d -> array(d, "buildings").add("1")));
      b.add(new Breakage("/data/divisions", true, d -> d.put("divisions", "none")));
      b.add(new Breakage("/data/extra", true, d -> d.putArray("extra")));
      for (Breakage x : b) {
        ObjectNode tree = parsed.deepCopy();
        x.breakIt().accept((ObjectNode) tree.get("data"));
        String broken = tree.toString();
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
            () -> JSON.read(broken, HierarchyDocument.KIND), x.pointer());
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(x.pointer())),
            x.pointer() + " not named: " + e.getMessage());
        if (x.schema()) {
          assertFalse(Schemas.validate(HierarchyDocument.KIND, broken).isEmpty(),
              x.pointer() + " passes the schema");
        }
      }
    });
  }

  @Test
  void lenientReader_warnsOfUnknownProperties() {
    String doc = golden("valid", "hierarchy.json").replace("\"buildings\"",
        "\"colour\": \"red\", \"buildings\"");
    ReadResult<GridHierarchy> r = GovernanceJson.lenient().read(doc, HierarchyDocument.KIND);
    assertEquals(10, r.data().size());
    assertEquals("/data/colour", r.warnings().get(0).pointer());
  }

  @Test
  void schemaNodeKinds_areTheJavaEnum() throws IOException {
    JsonNode defs;
    try (InputStream in = HierarchyDocumentTest.class.getResourceAsStream(
        "/" + ExchangeFormat.SCHEMA_RESOURCES + "hierarchy.schema.json")) {
      defs = MAPPER.readTree(in).get("$defs");
    }
    List<String> listed = new ArrayList<>();
    defs.get("nodeKind").get("enum").forEach(n -> listed.add(n.asText()));
    List<String> java = new ArrayList<>();
    for (NodeKind k : NodeKind.values()) {
      java.add(k.name());
    }
    assertEquals(java, listed);
  }
}
