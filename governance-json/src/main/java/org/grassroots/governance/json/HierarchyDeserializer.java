package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.NodeKind;
import org.grassroots.governance.grid.PartyOverlay;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link GridHierarchy} ({@code hierarchy} documents) one entry at a time into the public
 * {@link GridHierarchy#builder()}: beyond the builder (which holds what the hierarchy needs anyway)
 * only the current entry is in memory, never a tree of the document. {@code build()} checks every
 * invariant at once; its violation paths ({@code divisions[3].parent}) become pointers under the
 * value ({@code /data/divisions/3/parent}); a grid's parent is its code's community, so a grid
 * outside any community is refused at {@code …/grids/i/code}, and a building (a bare code) at
 * {@code …/buildings/i}. A given division {@code kind} must be the one {@link NodeKind#classify}
 * derives from code and name. The optional {@code partyOverlay} section is checked too (read by
 * {@link #read}, shared with {@link PartyOverlayDeserializer}) and then left out of the value.
 */
final class HierarchyDeserializer extends StdDeserializer<GridHierarchy> {
  private static final long serialVersionUID = 1L;

  HierarchyDeserializer() {
    super(GridHierarchy.class);
  }

  @Override
  public GridHierarchy deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (GridHierarchy) ctxt.handleUnexpectedToken(GridHierarchy.class, p);
    }
    return read(p, ctxt, this, GridHierarchy.class).overlay().hierarchy();
  }

  /**
   * Reads the fields of a {@code hierarchy} object (the parser on its start), the optional {@code
   * partyOverlay} included: its attachments are kept (a party overlay's builder holds them
   * anyway) and attached once the hierarchy is built, so the section may come in any position.
   * Every violation of both is reported at once (the overlay's only when the hierarchy holds).
   */
  static Read read(JsonParser p, DeserializationContext ctxt, StdDeserializer<?> self,
      Class<?> type) throws IOException {
    GridHierarchy.Builder b = GridHierarchy.builder();
    List<HierarchyEntries.Party> party = new ArrayList<>();
    Violations v = Violations.of("GridHierarchy");
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "divisions":
          readDivisions(p, ctxt, b, v);
          break;
        case "grids":
          readGrids(p, ctxt, b, v);
          break;
        case "buildings":
          readBuildings(p, ctxt, b, v);
          break;
        case "partyOverlay":
          readParty(p, ctxt, party, v);
          break;
        default:
          ctxt.handleUnknownProperty(p, self, type, field);
      }
    }
    List<Violation> all = new ArrayList<>(v.list());
    GridHierarchy h = null;
    try {
      h = b.build();
    } catch (InvalidValueException e) {
      for (Violation x : e.violations()) {
        all.add(Violation.of(pointerPath(x.path()), x.rejectedValue(), x.rule()));
      }
    }
    PartyOverlay overlay = null;
    if (h != null && all.isEmpty()) {
      PartyOverlay.Builder ob = PartyOverlay.builder(h);
      for (HierarchyEntries.Party a : party) {
        ob.attach(Objects.requireNonNull(a.node(), "node"),
            Objects.requireNonNull(a.type(), "type"),
            Objects.requireNonNull(a.organization(), "organization"));
      }
      try {
        overlay = ob.build();
      } catch (InvalidValueException e) {
        for (Violation x : e.violations()) {
          all.add(Violation.of(overlayPath(x.path()), x.rejectedValue(), x.rule()));
        }
      }
    }
    if (!all.isEmpty() || overlay == null) {
      throw ValueInstantiationException.from(p, "Invalid " + type.getSimpleName(),
          ctxt.constructType(type), new InvalidValueException("GridHierarchy", all));
    }
    return new Read(overlay);
  }

  /** What a read gives: the overlay, which holds the hierarchy (empty when the section is absent). */
  record Read(PartyOverlay overlay) {}

  /** The overlay builder's path ({@code attachments[2].id}) as the document's. */
  static String overlayPath(String path) {
    String p = path.startsWith("attachments[") ? "partyOverlay" + path.substring("attachments".length()) : path;
    return p.endsWith("].id") ? p.substring(0, p.length() - ".id".length()) + ".organization" : p;
  }

  private static void readParty(JsonParser p, DeserializationContext ctxt,
      List<HierarchyEntries.Party> party, Violations v) throws IOException {
    expectArray(p, ctxt, "partyOverlay");
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      HierarchyEntries.Party a = element(p, ctxt, HierarchyEntries.Party.class, "partyOverlay", i);
      String at = "partyOverlay[" + i + "]";
      if (a == null) {
        v.check(false, at, "null", JsonMessages.NOT_NULL);
      } else if (a.node() == null || a.type() == null || a.organization() == null) {
        v.require(at + ".node", a.node()).require(at + ".type", a.type())
            .require(at + ".organization", a.organization());
      } else {
        party.add(a);
      }
      i++;
    }
  }

  /** The builder's path of an entry, as the document's: grids have no parent, buildings are codes. */
  static String pointerPath(String path) {
    if (path.startsWith("buildings[")) {
      return path.substring(0, path.indexOf(']') + 1);
    }
    if (path.startsWith("grids[") && path.endsWith("].parent")) {
      return path.substring(0, path.length() - ".parent".length()) + ".code";
    }
    return path;
  }

  private static void expectArray(JsonParser p, DeserializationContext ctxt, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      try {
        ctxt.handleUnexpectedToken(List.class, p);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, GridHierarchy.class, field);
      }
    }
  }

  private static <T> @Nullable T element(JsonParser p, DeserializationContext ctxt,
      Class<T> type, String field, int i) throws IOException {
    try {
      return ctxt.readValue(p, type);
    } catch (JsonMappingException e) {
      throw JsonMappingException.wrapWithPath(
          JsonMappingException.wrapWithPath(e, List.class, i), GridHierarchy.class, field);
    }
  }

  private static void readDivisions(JsonParser p, DeserializationContext ctxt,
      GridHierarchy.Builder b, Violations v) throws IOException {
    expectArray(p, ctxt, "divisions");
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      HierarchyEntries.Division d = element(p, ctxt, HierarchyEntries.Division.class, "divisions", i);
      String at = "divisions[" + i + "]";
      if (d == null) {
        v.check(false, at, "null", JsonMessages.NOT_NULL);
      } else if (d.code() == null || d.name() == null) {
        v.require(at + ".code", d.code()).require(at + ".name", d.name());
      } else {
        Optional<NodeKind> kind = Forms.present(d.kind());
        NodeKind derived = NodeKind.classify(d.code(), d.name());
        v.check(kind.isEmpty() || kind.get() == derived, at + ".kind", kind.orElse(null),
            JsonMessages.f(JsonMessages.KIND_DERIVED, derived));
        b.division(d.code(), Forms.present(d.parent()), d.name());
      }
      i++;
    }
  }

  private static void readGrids(JsonParser p, DeserializationContext ctxt,
      GridHierarchy.Builder b, Violations v) throws IOException {
    expectArray(p, ctxt, "grids");
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      HierarchyEntries.Grid g = element(p, ctxt, HierarchyEntries.Grid.class, "grids", i);
      String at = "grids[" + i + "]";
      if (g == null || g.code() == null) {
        v.check(false, g == null ? at : at + ".code", "null", JsonMessages.NOT_NULL);
      } else {
        Optional<String> name = Forms.present(g.name());
        if (name.isPresent()) {
          b.grid(g.code(), name.get());
        } else {
          b.grid(g.code());
        }
      }
      i++;
    }
  }

  private static void readBuildings(JsonParser p, DeserializationContext ctxt,
      GridHierarchy.Builder b, Violations v) throws IOException {
    expectArray(p, ctxt, "buildings");
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      BuildingCode code = element(p, ctxt, BuildingCode.class, "buildings", i);
      if (code == null) {
        v.check(false, "buildings[" + i + "]", "null", JsonMessages.NOT_NULL);
      } else {
        b.building(code);
      }
      i++;
    }
  }
}
