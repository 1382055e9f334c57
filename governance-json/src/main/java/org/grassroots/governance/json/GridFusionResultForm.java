package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.grid.GridFusion;
import org.grassroots.governance.grid.GridLayer;
import org.grassroots.governance.validation.Violations;

/**
 * The JSON properties of a {@link GridFusion.Result}: the {@code layers} are read and fused again
 * through the public {@link GridFusion#fuse} (two layers with one name are refused at {@code
 * /layers/1/name}); {@code fusedGrids}, {@code mapping} and {@code conflicts} are derived data,
 * optional on read and, when present, equal to the recomputed ones (else refused at the differing
 * pointer, e.g. {@code /conflicts/0/building}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record GridFusionResultForm(
    @JsonProperty(value = "layers", required = true) Optional<List<GridLayer>> layers,
    @JsonProperty("fusedGrids") Optional<JsonNode> fusedGrids,
    @JsonProperty("mapping") Optional<JsonNode> mapping,
    @JsonProperty("conflicts") Optional<JsonNode> conflicts) {

  /** Writes the recomputed derived data as trees to compare with the document's. */
  private static final ObjectMapper TREES = new ObjectMapper().registerModule(new GovernanceModule());

  @JsonCreator
  GridFusionResultForm {}

  GridFusion.Result toValue() {
    List<GridLayer> l = Forms.elements("GridFusion", "layers", layers).orElse(List.of());
    GridFusion.Result r = GridFusion.fuse(l);
    Violations v = Violations.of("GridFusion");
    compare(v, "fusedGrids", TREES.valueToTree(r.fusedGrids()), fusedGrids);
    compare(v, "mapping", TREES.valueToTree(r.mapping()), mapping);
    compare(v, "conflicts", TREES.valueToTree(r.conflicts()), conflicts);
    v.throwIfAny();
    return r;
  }

  private static void compare(Violations v, String path, JsonNode recomputed,
      Optional<JsonNode> given) {
    Optional<JsonNode> g = Forms.present(given).filter(n -> !n.isNull() && !n.isMissingNode());
    if (g.isPresent()) {
      DerivedData.compare(v, path, JsonMessages.FROM_LAYERS, recomputed, g.get());
    }
  }
}
