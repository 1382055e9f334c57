package org.grassroots.governance.bench.grid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.grassroots.governance.grid.DivisionTableReader;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.HierarchyLevel;
import org.grassroots.governance.grid.NodePositions;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.testing.SharedData;

/**
 * The benchmark tree: the 663,128 real divisions of 2021 plus synthetic grids and buildings, spread
 * evenly over the 618,133 communities, up to a target node count. Deterministic.
 */
final class NationalTrees {
  private NationalTrees() {}

  static Path divisionsFile() {
    return SharedData.divisions2021()
        .orElseThrow(() -> new IllegalStateException(SharedData.SKIPPED));
  }

  /** Reads the national table and attaches grids and buildings until {@code target} nodes. */
  static GridHierarchy build(int target) throws IOException {
    GridHierarchy.Builder b;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(divisionsFile()), 1 << 16)) {
      b = DivisionTableReader.read(in);
    }
    GridHierarchy divisions = b.build();
    int base = divisions.size();
    if (target <= base) {
      return divisions;
    }
    // a second pass over the communities of the division-only hierarchy, adding blocks
    NodePositions pos = divisions.positions();
    long communities = divisions.countPerLevel().count(HierarchyLevel.COMMUNITY);
    long extra = target - (long) base;
    long done = 0;
    long seen = 0;
    for (int p = 0; p < pos.size(); p++) {
      if (pos.level(p) != HierarchyLevel.COMMUNITY) {
        continue;
      }
      seen++;
      long want = extra * seen / communities - done; // nodes for this community
      done += want;
      if (want <= 0) {
        continue;
      }
      DivisionCode community = pos.codeAt(p).division().orElseThrow();
      int grids = (int) Math.max(1, Math.min(want, (want + 7) / 8));
      long buildings = want - grids;
      b.grids(community, grids);
      for (int k = 1; k <= grids; k++) {
        int nb = (int) (buildings * k / grids - buildings * (k - 1) / grids);
        b.buildings(GridCode.of(community, k), nb);
      }
    }
    return b.build();
  }
}
