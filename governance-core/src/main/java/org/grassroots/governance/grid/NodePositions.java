package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.grassroots.governance.id.NodeCode;

/**
 * The flat view of one {@link GridHierarchy} version (节点位置): every node numbered by its
 * pre-order position 0…n−1 (which is also {@link NodeCode} order), so that a subtree is the
 * contiguous range {@code [p, subtreeEnd(p))} and streaming, roll-up and escalation are array
 * scans. Positions are valid for this version only: restructuring renumbers them.
 *
 * <p>Memory: 17 bytes per node (parent {@code int}, owner {@code int}, level {@code byte}, path
 * label {@code long}) and 32 bytes per division (its ancestors' positions, one cache line), built
 * in O(n) on first use of {@link GridHierarchy#positions()}. Immutable and thread-safe.
 *
 * <p><b>LCA method.</b> Each node carries a 64-bit <em>path label</em>: its child rank (1-based,
 * among its siblings) at every depth along its root path, packed from the most significant bit
 * down in one bit field per depth, each as wide as the largest rank at that depth needs (a
 * Dewey-style label of bounded width, as in the labelling schemes of Alstrup, Gavoille, Kaplan
 * and Rauhe 2004). Two labels agree exactly on the fields of the common ancestors, so the
 * highest differing bit of {@code label(p) ^ label(q)} names the depth of the lowest common
 * ancestor; a node's depth is the field of its lowest set bit. A query reads the two labels and,
 * only when the ancestor is neither the nation nor one of the two nodes, one ancestor row (the
 * level-ancestor table, Bender and Farach-Colton 2004). The 2021 national divisions need 30 bits
 * (largest ranks 31, 21, 36, 52 and 168 at depths 1 to 5); with the at most 9,999 grids per
 * community and buildings per grid that the codes allow, that table never needs more than 64. A
 * hierarchy whose fields do need more falls back to a binary search over the ancestor rows,
 * O(log depth).
 *
 * <pre>{@code
 * NodePositions pos = hierarchy.positions();
 * int p = pos.positionOf(code).orElseThrow();
 * double[] totals = pos.rollUp(valuesByPosition);      // bottom-up sums, O(n)
 * int lca = pos.lowestCommonAncestor(p, q);             // O(1)
 * }</pre>
 */
public final class NodePositions {
  /** Deepest possible node: a building under a grid under a community at depth 5. */
  static final int MAX_DEPTH = Skeleton.DEPTHS + 1;

  private final GridHierarchy h;
  private final int[] parent;
  private final int[] owner;
  private final byte[] level;
  /**
   * Per division (skeleton index s), one 32-byte row: slots 0-5 the position of its ancestor at
   * each depth (-1 for the nation), slot 7 its depth. One cache line per division for LCA.
   */
  private final int[] ancestorRows;
  /** Per position its path label; empty when the fields do not fit 64 bits. */
  private final long[] labels;
  /**
   * For a bit numbered from the most significant (0) to the least (63), the depth of the label
   * field holding it; entries past the last field, and entry 64 (no bit), are {@code MAX_DEPTH + 1}.
   */
  private final byte[] depthOfBit;

  NodePositions(GridHierarchy h) {
    this(h, true);
  }

  /** {@code useLabels = false} forces the fallback query, for tests. */
  NodePositions(GridHierarchy h, boolean useLabels) {
    this.h = h;
    int n = h.size();
    parent = new int[n];
    owner = new int[n];
    level = new byte[n];
    Skeleton sk = h.sk;
    ancestorRows = new int[sk.size() * 8];
    for (int s = 0; s < sk.size(); s++) {
      int d = sk.depth[s];
      for (int k = 0; k <= d; k++) {
        int a = sk.anc[s * Skeleton.DEPTHS + k];
        ancestorRows[s * 8 + k] = a == 0 ? -1 : h.gpos[a];
      }
      ancestorRows[s * 8 + 7] = d;
    }
    for (int s = 1; s < sk.size(); s++) {
      int pos = h.gpos[s];
      int ps = sk.parent[s];
      parent[pos] = ps == 0 ? -1 : h.gpos[ps];
      owner[pos] = s;
      level[pos] = sk.level[s];
      CommunityBlock b = h.blocks[s];
      for (int k = 0; k < b.grids(); k++) {
        int gp = pos + 1 + b.gridOffset(k);
        parent[gp] = pos;
        owner[gp] = s;
        level[gp] = (byte) HierarchyLevel.GRID.ordinal();
        int nb = b.buildingCount(k);
        for (int j = 1; j <= nb; j++) {
          parent[gp + j] = gp;
          owner[gp + j] = s;
          level[gp + j] = (byte) HierarchyLevel.BUILDING.ordinal();
        }
      }
    }
    depthOfBit = new byte[65];
    labels = useLabels ? labels(depthOfBit) : new long[0];
  }

  /**
   * Computes the path labels in two pre-order passes (O(n)) and fills {@code depthOfBit}.
   *
   * @return the labels, or an empty array if the fields need more than 64 bits
   */
  private long[] labels(byte[] bitDepth) {
    int n = parent.length;
    long[] lab = new long[n];
    int[] childCount = new int[n];
    int roots = 0;
    int[] maxRank = new int[MAX_DEPTH + 1];
    // pass 1: each node's rank among its siblings (kept in lab for now) and the widest rank per depth
    for (int p = 0; p < n; p++) {
      int q = parent[p];
      int rank = q < 0 ? ++roots : ++childCount[q];
      lab[p] = rank;
      int d = depth(p) + 1; // field index: provinces 1, buildings at most MAX_DEPTH
      if (rank > maxRank[d]) {
        maxRank[d] = rank;
      }
    }
    int[] shift = new int[MAX_DEPTH + 1];
    int used = 0;
    java.util.Arrays.fill(bitDepth, (byte) (MAX_DEPTH + 1));
    for (int d = 1; d <= MAX_DEPTH; d++) {
      int width = 32 - Integer.numberOfLeadingZeros(maxRank[d]);
      if (used + width > Long.SIZE) {
        java.util.Arrays.fill(bitDepth, (byte) (MAX_DEPTH + 1));
        return new long[0];
      }
      for (int b = used; b < used + width; b++) {
        bitDepth[b] = (byte) d;
      }
      used += width;
      shift[d] = Long.SIZE - used;
    }
    // pass 2: parents come before children in pre-order, so the parent's label is final
    for (int p = 0; p < n; p++) {
      int q = parent[p];
      long field = lab[p] << shift[depth(p) + 1];
      lab[p] = q < 0 ? field : lab[q] | field;
    }
    return lab;
  }

  /** Whether queries use the path labels (false: the fields did not fit 64 bits). */
  boolean labelled() {
    return labels.length != 0;
  }

  GridHierarchy hierarchy() {
    return h;
  }

  /**
   * The number of nodes.
   *
   * @return n
   */
  public int size() {
    return parent.length;
  }

  /**
   * The position of a node. O(log n).
   *
   * @param code the node
   * @return its position, empty if absent
   */
  public OptionalInt positionOf(NodeCode code) {
    long loc = h.locate(requireNonNull(code, "code"));
    return loc < 0 ? OptionalInt.empty() : OptionalInt.of(h.positionOfLoc(loc));
  }

  long locAt(int p) {
    int s = owner[p];
    return GridHierarchy.pack(s, p - h.gpos[s]);
  }

  /**
   * The code at a position.
   *
   * @param p a position
   * @return the node's code
   * @throws IndexOutOfBoundsException if {@code p} is not a position
   */
  public NodeCode codeAt(int p) {
    return h.codeOf(locAt(p));
  }

  /**
   * The parent's position. O(1).
   *
   * @param p a position
   * @return the parent's position, -1 for a root
   */
  public int parent(int p) {
    return parent[p];
  }

  /**
   * The level at a position. O(1).
   *
   * @param p a position
   * @return the level
   */
  public HierarchyLevel level(int p) {
    return HierarchyLevel.ofOrdinal(level[p]);
  }

  /**
   * The level's ordinal at a position, for tight loops. O(1).
   *
   * @param p a position
   * @return {@code level(p).ordinal()}
   */
  public int levelOrdinal(int p) {
    return level[p];
  }

  /**
   * The depth at a position (a root has depth 0). O(1).
   *
   * @param p a position
   * @return the depth
   */
  public int depth(int p) {
    int s = owner[p];
    int d = h.sk.depth[s] - 1;
    int l = level[p];
    if (l == HierarchyLevel.GRID.ordinal()) {
      return d + 1;
    }
    return l == HierarchyLevel.BUILDING.ordinal() ? d + 2 : d;
  }

  /**
   * The end (exclusive) of the subtree starting at {@code p}. O(1) for divisions and buildings,
   * O(log grids) for a grid.
   *
   * @param p a position
   * @return the first position after the subtree
   */
  public int subtreeEnd(int p) {
    return h.subtreeEndPosition(locAt(p));
  }

  /**
   * The subtree at {@code p} as a lazy stream of positions, in pre-order. No copy.
   *
   * @param p a position
   * @return positions {@code p} to {@code subtreeEnd(p) - 1}
   */
  public IntStream subtree(int p) {
    return IntStream.range(p, subtreeEnd(p));
  }

  /**
   * The lowest common ancestor of two positions (a node is its own ancestor). O(1) after the
   * O(n) preprocessing: two path labels and at most one ancestor row (see the class comment).
   *
   * @param p a position
   * @param q another
   * @return the ancestor's position, -1 if the positions lie under different roots
   * @throws IndexOutOfBoundsException if {@code p} or {@code q} is not a position
   */
  public int lowestCommonAncestor(int p, int q) {
    long[] lab = labels;
    if (lab.length == 0) {
      return lowestCommonAncestorByRows(p, q);
    }
    long lp = lab[p];
    long lq = lab[q];
    byte[] dob = depthOfBit;
    // depth of the first field where the paths differ, minus one: the ancestor's depth (p == q: MAX_DEPTH)
    int k = dob[Long.numberOfLeadingZeros(lp ^ lq)] - 1;
    if (k == 0) {
      return -1;
    }
    if (dob[63 - Long.numberOfTrailingZeros(lp)] <= k) {
      return p; // p is an ancestor of q, or q itself
    }
    if (dob[63 - Long.numberOfTrailingZeros(lq)] <= k) {
      return q;
    }
    // a proper ancestor of both: of the division owning p, or (k one deeper) p's grid
    int row = owner[p] << 3;
    int[] rows = ancestorRows;
    return k <= rows[row + 7] ? rows[row + k] : parent[p];
  }

  /** The fallback query: binary search over the ancestor rows, O(log depth). */
  private int lowestCommonAncestorByRows(int p, int q) {
    int sp = owner[p];
    int sq = owner[q];
    if (sp != sq) {
      int[] rows = ancestorRows;
      int ra = sp << 3;
      int rb = sq << 3;
      int m = Math.min(rows[ra + 7], rows[rb + 7]);
      if (rows[ra + m] == rows[rb + m]) {
        return rows[ra + m];
      }
      // ancestors agree up to some depth and differ below it: binary search that depth
      int lo = 0;
      int hi = m - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (rows[ra + mid] == rows[rb + mid]) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return rows[ra + lo];
    }
    if (p == q) {
      return p;
    }
    int c = h.gpos[sp];
    if (p == c || q == c) {
      return c;
    }
    int gp = level[p] == HierarchyLevel.GRID.ordinal() ? p : parent[p];
    int gq = level[q] == HierarchyLevel.GRID.ordinal() ? q : parent[q];
    return gp == gq ? gp : c;
  }

  /**
   * The tree distance between two positions. O(1): from the two path labels alone.
   *
   * @param p a position
   * @param q another
   * @return the number of edges, -1 if the positions lie under different roots
   * @throws IndexOutOfBoundsException if {@code p} or {@code q} is not a position
   */
  public int distance(int p, int q) {
    long[] lab = labels;
    if (lab.length == 0) {
      int l = lowestCommonAncestorByRows(p, q);
      return l < 0 ? -1 : depth(p) + depth(q) - 2 * depth(l);
    }
    long lp = lab[p];
    long lq = lab[q];
    byte[] dob = depthOfBit;
    int k = dob[Long.numberOfLeadingZeros(lp ^ lq)] - 1;
    if (k == 0) {
      return -1;
    }
    int dp = dob[63 - Long.numberOfTrailingZeros(lp)];
    int dq = dob[63 - Long.numberOfTrailingZeros(lq)];
    return dp + dq - 2 * Math.min(k, Math.min(dp, dq));
  }

  /**
   * Roll-up (自下而上汇集): for every position, the sum of {@code values} over its subtree. One
   * reverse scan, O(n).
   *
   * @param values a value per position
   * @return the subtree totals per position (a new array)
   * @throws IllegalArgumentException if the length is not {@link #size()}
   */
  public double[] rollUp(double[] values) {
    requireNonNull(values, "values");
    if (values.length != parent.length) {
      throw new IllegalArgumentException(
          Messages.f(Messages.VALUES_LENGTH, values.length, parent.length));
    }
    double[] t = values.clone();
    for (int p = t.length - 1; p >= 0; p--) {
      int q = parent[p];
      if (q >= 0) {
        t[q] += t[p];
      }
    }
    return t;
  }

  /**
   * Escalation by position: the lowest of {@code p} and its ancestors satisfying the predicate.
   *
   * @param p where the issue is raised
   * @param canResolve whether a position can resolve it
   * @return the position, -1 if none can
   */
  public int escalate(int p, IntPredicate canResolve) {
    requireNonNull(canResolve, "canResolve");
    for (int q = p; q >= 0; q = parent[q]) {
      if (canResolve.test(q)) {
        return q;
      }
    }
    return -1;
  }
}
