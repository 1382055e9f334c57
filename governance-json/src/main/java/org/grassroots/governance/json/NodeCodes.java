package org.grassroots.governance.json;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.jspecify.annotations.Nullable;

/**
 * The grid codes seen in one read of a list, so that the many locations that share a grid
 * (every building of a grid, every demand raised in it) parse the grid part once: a grid code
 * is parsed by {@link GridCode#parse} the first time, and a building code is then made by the
 * public {@link BuildingCode#of(GridCode, int)}, which checks its sequence. The result equals
 * {@link NodeCode#parse}'s; text that is not a valid grid or building code is left to
 * {@code NodeCode.parse}, so errors and their messages are unchanged. Bounded (cleared when full);
 * one per read, not thread-safe.
 */
final class NodeCodes {
  /** The read attribute that holds the cache of a read. */
  static final String ATTRIBUTE = "org.grassroots.governance.json.nodeCodes";

  private static final int MAX = 1 << 14;
  private final Map<Long, GridCode> grids = new HashMap<>();

  /**
   * The node code of a 16- or 20-digit text made from a cached grid, or {@code null} when the
   * text is not one (the caller then parses it the ordinary way).
   */
  @Nullable NodeCode lookup(String text) {
    int n = text.length();
    if (n != 16 && n != 20) {
      return null;
    }
    long key = 0;
    for (int i = 0; i < 16; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      key = key * 10 + (c - '0');
    }
    GridCode grid = grids.get(key);
    if (grid == null) {
      Optional<GridCode> parsed = GridCode.tryParse(text.substring(0, 16));
      if (parsed.isEmpty()) {
        return null;
      }
      if (grids.size() >= MAX) {
        grids.clear();
      }
      grid = parsed.get();
      grids.put(key, grid);
    }
    if (n == 16) {
      return NodeCode.of(grid);
    }
    int sequence = 0;
    for (int i = 16; i < 20; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      sequence = sequence * 10 + (c - '0');
    }
    return sequence < 1 ? null : NodeCode.of(BuildingCode.of(grid, sequence));
  }
}
