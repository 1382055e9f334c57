package org.grassroots.governance.matching;

/**
 * The hierarchy behind a compiled problem, kept for the tree-metric fast path
 * ({@link TreeTransport}): each demand's and resource's node id, each resource's service-area
 * root id (-1: the whole country), each interned node's ancestor ids by level (-1 where absent;
 * null for nodes interned without a location, such as paired communities), the unit cost per
 * level and the farthest level allowed.
 */
final class Hierarchy {
  final int[] demandNode;
  final int[] resourceNode;
  final int[] resourceRoot;
  final int[][] up;
  final int[] levelCost;
  final int maxLevel;
  /** Whether the level costs never fall from one level to the next, up to the farthest level. */
  final boolean monotone;

  Hierarchy(
      int[] demandNode, int[] resourceNode, int[] resourceRoot, int[][] up, int[] levelCost, int maxLevel) {
    this.demandNode = demandNode;
    this.resourceNode = resourceNode;
    this.resourceRoot = resourceRoot;
    this.up = up;
    this.levelCost = levelCost;
    this.maxLevel = maxLevel;
    boolean m = true;
    for (int l = 1; l <= maxLevel; l++) {
      m &= levelCost[l] >= levelCost[l - 1];
    }
    this.monotone = m;
  }
}
