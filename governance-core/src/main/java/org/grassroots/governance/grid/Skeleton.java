package org.grassroots.governance.grid;

import java.util.Arrays;
import org.grassroots.governance.id.DivisionCode;

/**
 * The division part of a hierarchy (province to community) in pre-order, which is also code
 * order because every parent is its children's nearest existing prefix ancestor. Index 0 is the
 * nation, a virtual root that is never exposed. Immutable.
 */
final class Skeleton {
  /** Maximum depth of a division: nation 0, province 1, …, community at most 5. */
  static final int DEPTHS = 6;

  final long[] code;
  final int[] parent;
  final int[] end;
  final byte[] level;
  final byte[] kind;
  final byte[] depth;
  final String[] name;
  /** anc[s * DEPTHS + d]: the ancestor of s at depth d (s itself at its own depth). */
  final int[] anc;

  private Skeleton(long[] code, int[] parent, byte[] kind, String[] name) {
    int n = code.length;
    this.code = code;
    this.parent = parent;
    this.kind = kind;
    this.name = name;
    this.level = new byte[n];
    this.depth = new byte[n];
    this.end = new int[n];
    this.anc = new int[n * DEPTHS];
    level[0] = -1;
    for (int s = 1; s < n; s++) {
      level[s] = (byte) levelOf(code[s]).ordinal();
      depth[s] = (byte) (depth[parent[s]] + 1);
    }
    for (int s = 0; s < n; s++) {
      end[s] = s + 1;
    }
    for (int s = n - 1; s >= 1; s--) {
      int p = parent[s];
      if (end[s] > end[p]) {
        end[p] = end[s];
      }
    }
    for (int s = 0; s < n; s++) {
      int base = s * DEPTHS;
      int d = depth[s];
      if (s > 0) {
        System.arraycopy(anc, parent[s] * DEPTHS, anc, base, d);
      }
      anc[base + d] = s;
    }
  }

  /**
   * Makes a skeleton from divisions sorted by code, index 0 being the nation.
   *
   * @param code codes, code[0] = 0 for the nation
   * @param parent parent indices, parent[0] = -1, 0 for provinces and other roots
   */
  static Skeleton of(long[] code, int[] parent, byte[] kind, String[] name) {
    return new Skeleton(code, parent, kind, name);
  }

  int size() {
    return code.length;
  }

  int find(long c) {
    int i = Arrays.binarySearch(code, 1, code.length, c);
    return i < 0 ? -1 : i;
  }

  /** Lowest common ancestor of two skeleton nodes; 0 (the nation) if none. O(log depth). */
  int lca(int a, int b) {
    if (a == b) {
      return a;
    }
    int m = Math.min(depth[a], depth[b]);
    int ba = a * DEPTHS;
    int bb = b * DEPTHS;
    if (anc[ba + m] == anc[bb + m]) {
      return anc[ba + m];
    }
    // ancestors agree on depths 0..k and differ above k: binary search the largest agreeing depth
    int lo = 0;
    int hi = m - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (anc[ba + mid] == anc[bb + mid]) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return anc[ba + lo];
  }

  /** The division code of a 12-digit number. */
  static DivisionCode division(long value) {
    return DivisionCode.ofLong(value);
  }

  static HierarchyLevel levelOf(long divisionCode) {
    if (divisionCode % 1000 != 0) {
      return HierarchyLevel.COMMUNITY;
    }
    if (divisionCode % 1_000_000 != 0) {
      return HierarchyLevel.STREET;
    }
    if (divisionCode % 100_000_000L != 0) {
      return HierarchyLevel.COUNTY;
    }
    if (divisionCode % 10_000_000_000L != 0) {
      return HierarchyLevel.CITY;
    }
    return HierarchyLevel.PROVINCE;
  }

  /** The code truncated to the given division level (its nominal ancestor at that level). */
  static long truncate(long divisionCode, HierarchyLevel level) {
    long unit;
    switch (level) {
      case PROVINCE:
        unit = 10_000_000_000L;
        break;
      case CITY:
        unit = 100_000_000L;
        break;
      case COUNTY:
        unit = 1_000_000L;
        break;
      case STREET:
        unit = 1_000L;
        break;
      default:
        unit = 1L;
    }
    return divisionCode / unit * unit;
  }
}
