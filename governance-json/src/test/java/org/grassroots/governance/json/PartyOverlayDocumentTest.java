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
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.PartyOrganizationType;
import org.grassroots.governance.grid.PartyOverlay;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.json.grid.HierarchyDocument;
import org.junit.jupiter.api.Test;

/** The optional {@code partyOverlay} section of the {@code hierarchy} kind. */
class PartyOverlayDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  /** What equality of overlays means here: the hierarchy's nodes and who leads which node as what. */
  private static List<Object> parts(PartyOverlay o) {
    Map<NodeCode, PartyOrganizationType> types = new TreeMap<>();
    o.organizations().keySet().forEach(c -> types.put(c, o.typeAt(c).orElseThrow()));
    return List.of(HierarchyDocumentTest.nodes(o.hierarchy()), o.organizations(), types);
  }

  private static String golden(String folder, String name) {
    String path = "golden/grid/" + folder + "/" + name;
    try (InputStream in = PartyOverlayDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void overlay_roundTrips_andValidates() {
    qt().withExamples(60).forAll(GridGens.partyOverlays()).checkAssert(o -> {
      String doc = JSON.toJson(Envelope.of(HierarchyDocument.WITH_PARTY_OVERLAY, Fixtures.NOON, o));
      assertEquals(parts(o), parts(JSON.read(doc, HierarchyDocument.WITH_PARTY_OVERLAY).data()),
          doc);
      List<Error> errors = Schemas.validate(HierarchyDocument.KIND, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      // the hierarchy view reads the same document, checks the overlay, and leaves it out
      GridHierarchy h = JSON.read(doc, HierarchyDocument.KIND).data();
      assertEquals(HierarchyDocumentTest.nodes(o.hierarchy()), HierarchyDocumentTest.nodes(h));
      try {
        assertEquals(parts(o), parts(PLAIN.readValue(PLAIN.writeValueAsString(o),
            PartyOverlay.class)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void documentWithoutSection_readsAsAnEmptyOverlay() {
    PartyOverlay o = JSON.read(golden("valid", "hierarchy.json"),
        HierarchyDocument.WITH_PARTY_OVERLAY).data();
    assertTrue(o.organizations().isEmpty());
    assertEquals(10, o.hierarchy().size());
    assertEquals(List.of(NodeCode.parse("3501020010010001"), NodeCode.parse("3501020010010002")),
        o.coverage().gridsWithoutBranch());
  }

  @Test
  void goldenOverlay_validatesAndReads() {
    String doc = golden("valid", "hierarchy-party-overlay.json");
    assertTrue(Schemas.validate(HierarchyDocument.KIND, doc).isEmpty(),
        Schemas.validate(HierarchyDocument.KIND, doc).toString());
    PartyOverlay o = JSON.read(doc, HierarchyDocument.WITH_PARTY_OVERLAY).data();
    assertEquals(5, o.organizations().size());
    assertEquals(OrganizationId.of("ORG-东华小区网格党支部"),
        o.superior(NodeCode.parse("35010200100100010001")).orElseThrow());
    assertEquals(List.of(NodeCode.parse("3501020010010002")), o.coverage().gridsWithoutBranch());
    assertEquals(10, JSON.read(doc, HierarchyDocument.KIND).data().size());
  }

  @Test
  void goldenInvalidOverlay_isRefusedByBothViews_butPassesTheSchema() {
    String doc = golden("invalid", "building-group-without-grid-branch.json");
    assertTrue(Schemas.validate(HierarchyDocument.KIND, doc).isEmpty());
    for (var kind : List.of(HierarchyDocument.KIND, HierarchyDocument.WITH_PARTY_OVERLAY)) {
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc, kind));
      assertEquals("/data/partyOverlay/4", e.problems().get(0).pointer(), e.getMessage());
      assertTrue(e.getMessage().contains("GRID_BRANCH"), e.getMessage());
    }
  }

  @Test
  void sectionFirst_isReadToo() throws IOException {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(golden("valid", "hierarchy-party-overlay.json"));
    ObjectNode data = (ObjectNode) tree.get("data");
    ObjectNode reordered = MAPPER.createObjectNode();
    reordered.set("partyOverlay", data.get("partyOverlay"));
    data.fieldNames().forEachRemaining(f -> {
      if (!f.equals("partyOverlay")) {
        reordered.set(f, data.get(f));
      }
    });
    tree.set("data", reordered);
    assertEquals(5, JSON.read(tree.toString(), HierarchyDocument.WITH_PARTY_OVERLAY).data()
        .organizations().size());
  }

  private record Breakage(String pointer, boolean schema, Consumer<ArrayNode> breakIt) {}

  @Test
  void brokenOverlay_isRefusedAtItsPointer() throws IOException {
    String doc = golden("valid", "hierarchy-party-overlay.json");
    JsonNode parsed = MAPPER.readTree(doc);
    List<Breakage> b = new ArrayList<>();
    b.add(new Breakage("/data/partyOverlay/0/type", false,
        a -> ((ObjectNode) a.get(0)).put("type", "GRID_BRANCH")));
    b.add(new Breakage("/data/partyOverlay/5/node", false,
        a -> a.add(((ObjectNode) a.get(2)).deepCopy().put("organization", "ORG-另一个"))));
    b.add(new Breakage("/data/partyOverlay/5/organization", false,
        a -> a.add(((ObjectNode) a.get(2)).deepCopy().put("node", "3501020010010002").put("type",
            "GRID_BRANCH"))));
    b.add(new Breakage("/data/partyOverlay/5/node", false,
        a -> a.addObject().put("node", "3501020010019999").put("type", "GRID_BRANCH")
            .put("organization", "ORG-X")));
    b.add(new Breakage("/data/partyOverlay/1/organization", true,
        a -> ((ObjectNode) a.get(1)).remove("organization")));
    b.add(new Breakage("/data/partyOverlay/1/type", true,
        a -> ((ObjectNode) a.get(1)).put("type", "org.example.Evil")));
    b.add(new Breakage("/data/partyOverlay/1/node", true,
        a -> ((ObjectNode) a.get(1)).put("node", "12345")));
    b.add(new Breakage("/data/partyOverlay/2", true, a -> a.insertNull(2)));
    for (Breakage x : b) {
      ObjectNode tree = parsed.deepCopy();
      x.breakIt().accept((ArrayNode) tree.get("data").get("partyOverlay"));
      String broken = tree.toString();
      for (var kind : List.of(HierarchyDocument.KIND, HierarchyDocument.WITH_PARTY_OVERLAY)) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
            () -> JSON.read(broken, kind), x.pointer());
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(x.pointer())),
            x.pointer() + " not named: " + e.getMessage());
      }
      if (x.schema()) {
        assertFalse(Schemas.validate(HierarchyDocument.KIND, broken).isEmpty(),
            x.pointer() + " passes the schema");
      }
    }
    ObjectNode tree = parsed.deepCopy();
    ((ObjectNode) tree.get("data")).put("partyOverlay", "none");
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> JSON.read(tree.toString(), HierarchyDocument.WITH_PARTY_OVERLAY));
    assertEquals("/data/partyOverlay", e.problems().get(0).pointer(), e.getMessage());
  }
}
