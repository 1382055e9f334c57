package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.grassroots.governance.grid.HierarchyLevel;
import org.grassroots.governance.grid.LevelCounts;

/**
 * Writes {@link LevelCounts} as an object from every level's name to its count, in level order
 * ({@code {"PROVINCE": 1, "CITY": 21, …, "BUILDING": 0}}); read by {@link LevelCountsForm}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonSerialize(as = LevelCounts.class)
abstract class LevelCountsMixIn {
  private LevelCountsMixIn() {}

  @JsonValue
  abstract Map<HierarchyLevel, Long> asMap();
}
