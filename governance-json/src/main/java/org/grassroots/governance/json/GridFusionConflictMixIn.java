package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.grid.GridFusion;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.GridCode;

/**
 * Writes a {@link GridFusion.Conflict}: {@code {"building", "gridByLayer": {layer: grid or
 * null}}}. Derived data of a fusion result only: it is never read on its own (the reader fuses the
 * layers again and compares).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"building", "gridByLayer"})
@JsonSerialize(as = GridFusion.Conflict.class)
abstract class GridFusionConflictMixIn {
  private GridFusionConflictMixIn() {}

  @JsonProperty("building")
  abstract BuildingCode building();

  @JsonProperty("gridByLayer")
  abstract Map<String, Optional<GridCode>> gridByLayer();
}
