package org.grassroots.governance.bench.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.grassroots.governance.grid.DivisionTableReader;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.id.DivisionCode;
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

  /**
   * The communities of the national table (level-5 rows) as 12-digit numbers, in file order: the
   * input of the synthetic grid generator, read in a pass of its own so that it is not timed.
   */
  static long[] communities() throws IOException {
    long[] out = new long[1 << 20];
    int n = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(divisionsFile()), 1 << 16),
                StandardCharsets.UTF_8))) {
      String line = r.readLine();
      while ((line = r.readLine()) != null) {
        int c1 = line.indexOf(',');
        int c2 = line.indexOf(',', c1 + 1);
        if (line.startsWith("5,", c2 + 1)) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = Long.parseLong(line.substring(0, c1));
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Reads the national table and attaches grids and buildings until {@code target} nodes. */
  static GridHierarchy build(int target) throws IOException {
    return build(target, communities());
  }

  /**
   * Reads the national table and attaches grids and buildings, spread evenly over
   * {@code communities}, until {@code target} nodes (this is what the build time measures).
   */
  static GridHierarchy build(int target, long[] communities) throws IOException {
    GridHierarchy.Builder b;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(divisionsFile()), 1 << 16)) {
      b = DivisionTableReader.read(in);
    }
    long extra = Math.max(0, target - (long) DIVISIONS);
    long done = 0;
    for (int i = 0; i < communities.length && extra > 0; i++) {
      long want = extra * (i + 1) / communities.length - done; // nodes for this community
      done += want;
      if (want <= 0) {
        continue;
      }
      DivisionCode community = DivisionCode.tryParse(pad12(communities[i])).orElseThrow();
      int grids = (int) Math.max(1, Math.min(want, (want + 7) / 8));
      long buildings = want - grids;
      int[] perGrid = new int[grids];
      for (int k = 1; k <= grids; k++) {
        perGrid[k - 1] = (int) (buildings * k / grids - buildings * (k - 1) / grids);
      }
      b.gridsWithBuildings(community, perGrid);
    }
    return b.build();
  }

  private static String pad12(long v) {
    char[] d = new char[12];
    long x = v;
    for (int i = 11; i >= 0; i--) {
      d[i] = (char) ('0' + x % 10);
      x /= 10;
    }
    return new String(d);
  }

  /** Rows of the 2021 table. */
  static final int DIVISIONS = 663_128;
}
