package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.validation.Violations;

/**
 * One grid layer (专业网格) of multi-grid fusion: a named partition of buildings into that
 * layer's grids — the party-building grid (党建网格), the comprehensive-governance grid (综治网格),
 * the city-management grid (城管网格) … Buildings are identified by their code in the base
 * hierarchy; each layer's grids carry that layer's own grid codes. Immutable.
 *
 * <pre>{@code
 * GridLayer party = GridLayer.of("党建网格", Map.of(building, partyGrid));
 * }</pre>
 */
public final class GridLayer {
  private final String name;
  private final ImmutableSortedMap<BuildingCode, GridCode> gridOf;

  private GridLayer(String name, ImmutableSortedMap<BuildingCode, GridCode> gridOf) {
    this.name = name;
    this.gridOf = gridOf;
  }

  /**
   * A layer.
   *
   * @param name the layer's name, non-blank
   * @param gridOf the grid of each building in this layer
   * @return the layer
   * @throws org.grassroots.governance.validation.InvalidValueException if the name is blank
   */
  public static GridLayer of(String name, Map<BuildingCode, GridCode> gridOf) {
    requireNonNull(name, "name");
    requireNonNull(gridOf, "gridOf");
    Violations.of("GridLayer").check(!name.isBlank(), "name", name, Messages.NAME_BLANK).throwIfAny();
    return new GridLayer(name, ImmutableSortedMap.copyOf(gridOf));
  }

  /** The layer's name. */
  public String name() {
    return name;
  }

  /** The grid of each building in this layer, in building order. */
  public ImmutableSortedMap<BuildingCode, GridCode> gridOf() {
    return gridOf;
  }
}
