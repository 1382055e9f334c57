package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.grassroots.governance.grid.GridLayer;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.GridCode;

/**
 * Binds a {@link GridLayer} to its public factory {@link GridLayer#of}: {@code name} and
 * {@code gridOf}, an object from building code to that layer's grid code. Schema: {@code
 * hierarchy.schema.json} ({@code gridLayer}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"name", "gridOf"})
@JsonSerialize(as = GridLayer.class)
abstract class GridLayerMixIn {
  private GridLayerMixIn() {}

  @JsonCreator
  static GridLayer of(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "gridOf", required = true) Map<BuildingCode, GridCode> gridOf) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("gridOf")
  abstract Map<BuildingCode, GridCode> gridOf();
}
