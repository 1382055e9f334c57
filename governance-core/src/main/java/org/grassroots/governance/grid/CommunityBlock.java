package org.grassroots.governance.grid;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The grids and buildings of one community, laid out in pre-order: grid 0, its buildings, grid 1,
 * its buildings, … Immutable; shared by reference between hierarchy versions whose community did
 * not change.
 */
final class CommunityBlock {
  static final CommunityBlock EMPTY = new CommunityBlock(new int[0], new int[] {0}, new short[0], null);

  /** Grid sequence numbers, ascending. */
  final int[] gridSeq;
  /** buildingStart[k]..buildingStart[k+1] are grid k's buildings; length grids + 1. */
  final int[] buildingStart;
  /** Building sequence numbers, ascending within each grid. */
  final short[] buildingSeq;
  /** Grid names, or null when no grid has one; entries null when a grid has none. */
  final @Nullable String @Nullable [] gridName;

  CommunityBlock(
      int[] gridSeq, int[] buildingStart, short[] buildingSeq, @Nullable String @Nullable [] gridName) {
    this.gridSeq = gridSeq;
    this.buildingStart = buildingStart;
    this.buildingSeq = buildingSeq;
    this.gridName = gridName;
  }

  int grids() {
    return gridSeq.length;
  }

  int buildings() {
    return buildingSeq.length;
  }

  /** Number of nodes in the block (grids and buildings). */
  int size() {
    return gridSeq.length + buildingSeq.length;
  }

  /** Offset of grid k within the block. */
  int gridOffset(int k) {
    return k + buildingStart[k];
  }

  int buildingCount(int k) {
    return buildingStart[k + 1] - buildingStart[k];
  }

  /** Index of the grid with the sequence number, or negative. */
  int findGrid(int seq) {
    return Arrays.binarySearch(gridSeq, seq);
  }

  /** Index (global within block) of the building seq in grid k, or negative. */
  int findBuilding(int k, int seq) {
    int from = buildingStart[k];
    int to = buildingStart[k + 1];
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int v = buildingSeq[mid];
      if (v < seq) {
        lo = mid + 1;
      } else if (v > seq) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The grid index whose offset range contains block offset {@code bo}. */
  int gridAtOffset(int bo) {
    int lo = 0;
    int hi = gridSeq.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (gridOffset(mid) <= bo) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Nullable String gridName(int k) {
    return gridName == null ? null : gridName[k];
  }
}
