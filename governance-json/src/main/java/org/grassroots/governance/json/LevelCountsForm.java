package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.Map;
import org.grassroots.governance.grid.HierarchyLevel;
import org.grassroots.governance.grid.LevelCounts;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of {@link LevelCounts}: one count per level, named by the level, every
 * level required; built through the public {@link LevelCounts#of} (a negative count is refused
 * at {@code /COMMUNITY}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record LevelCountsForm(
    @JsonProperty(value = "PROVINCE", required = true) @Nullable Long province,
    @JsonProperty(value = "CITY", required = true) @Nullable Long city,
    @JsonProperty(value = "COUNTY", required = true) @Nullable Long county,
    @JsonProperty(value = "STREET", required = true) @Nullable Long street,
    @JsonProperty(value = "COMMUNITY", required = true) @Nullable Long community,
    @JsonProperty(value = "GRID", required = true) @Nullable Long grid,
    @JsonProperty(value = "BUILDING", required = true) @Nullable Long building) {

  @JsonCreator
  LevelCountsForm {}

  LevelCounts toValue() {
    Map<HierarchyLevel, @Nullable Long> given = new EnumMap<>(HierarchyLevel.class);
    given.put(HierarchyLevel.PROVINCE, province);
    given.put(HierarchyLevel.CITY, city);
    given.put(HierarchyLevel.COUNTY, county);
    given.put(HierarchyLevel.STREET, street);
    given.put(HierarchyLevel.COMMUNITY, community);
    given.put(HierarchyLevel.GRID, grid);
    given.put(HierarchyLevel.BUILDING, building);
    Violations v = Violations.of("LevelCounts");
    Map<HierarchyLevel, Long> counts = new EnumMap<>(HierarchyLevel.class);
    for (Map.Entry<HierarchyLevel, @Nullable Long> e : given.entrySet()) {
      Long n = e.getValue();
      v.require(e.getKey().name(), n);
      if (n != null) {
        counts.put(e.getKey(), n);
      }
    }
    v.throwIfAny();
    return LevelCounts.of(counts);
  }
}
