package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.grid.Messages.f;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The grid hierarchy (网格化管理层级): provinces down to communities from the national division
 * table, then grids (网格) and buildings (楼栋), as one immutable tree keyed by {@link NodeCode}.
 *
 * <p>Made by {@link #builder()} (or {@link DivisionTableReader}), which reports every violation
 * at once: duplicate codes, missing parents, a child not deeper than its parent, a code not under
 * its parent's prefix, a parent that is not the nearest existing ancestor, cycles, a building in
 * two grids and a grid outside its community. The real parent always comes from the data; levels
 * may be skipped (the towns of Dongguan hang under the city) and placeholders (市辖区) are nodes.
 *
 * <p>Layout, for national scale: the divisions form an array skeleton in pre-order (which equals
 * code order); the grids and buildings of each community form one immutable block held by
 * reference. Restructuring ({@link #mergeCommunities}, {@link #splitCommunity},
 * {@link #moveBuilding}) re-lays the skeleton (at most a few hundred thousand entries) and the
 * touched blocks only; every other block is shared with the old version, never copied. The flat
 * per-node arrays used for analytics ({@link #positions()}) are derived lazily, once per version.
 *
 * <p>Immutable and thread-safe. Serialisable: the serialised form lists the nodes, and reading
 * it runs every check of the builder again.
 *
 * <pre>{@code
 * GridHierarchy h = DivisionTableReader.read(reader)     // the national table
 *     .grids(DivisionCode.parse("441900003001"), 4)      // grids 0001-0004
 *     .build();
 * h.parent(NodeCode.parse("441900003000"));              // Optional[441900000000] (东莞市)
 * h.findByName("城关镇").size();                          // 95
 * h.lowestCommonAncestor(a, b);                          // O(log depth) after linear preprocessing
 * }</pre>
 */
public final class GridHierarchy implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  final transient Skeleton sk;
  /** Per skeleton index: the community's block ({@link CommunityBlock#EMPTY} when none). */
  final transient CommunityBlock[] blocks;
  /** gpos[s]: pre-order position of skeleton node s (s ≥ 1); gpos[size] = node count. */
  final transient int[] gpos;

  private transient volatile @Nullable NodePositions positions;
  private transient volatile int @Nullable [] nameOrder;

  GridHierarchy(Skeleton sk, CommunityBlock[] blocks) {
    this.sk = sk;
    this.blocks = blocks;
    int n = sk.size();
    this.gpos = new int[n + 1];
    long p = 0;
    for (int s = 1; s < n; s++) {
      gpos[s] = (int) p;
      p += 1 + blocks[s].size();
      if (p > Integer.MAX_VALUE - 8) {
        throw new InvalidValueException(
            Messages.TYPE,
            List.of(Violation.of("nodes", p, f(Messages.TOO_MANY, "nodes", Integer.MAX_VALUE - 8))));
      }
    }
    gpos[n] = (int) p;
  }

  /**
   * Starts an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of nodes (divisions, grids and buildings).
   *
   * @return the node count
   */
  public int size() {
    return gpos[sk.size()];
  }

  /**
   * The number of division nodes (province to community).
   *
   * @return the count
   */
  public int divisionCount() {
    return sk.size() - 1;
  }

  // ---- locating -------------------------------------------------------------------------------

  static long pack(int s, int local) {
    return ((long) s << 32) | local;
  }

  static int sOf(long loc) {
    return (int) (loc >>> 32);
  }

  static int localOf(long loc) {
    return (int) loc;
  }

  /** The location of a code: (skeleton index, local offset) packed, or -1. */
  long locate(NodeCode code) {
    requireNonNull(code, "code");
    switch (code.kind()) {
      case DIVISION:
        {
          int s = sk.find(code.division().orElseThrow().toLong());
          return s < 0 ? -1 : pack(s, 0);
        }
      case GRID:
        {
          GridCode g = code.grid().orElseThrow();
          int s = sk.find(g.community().toLong());
          if (s < 0) {
            return -1;
          }
          CommunityBlock b = blocks[s];
          int k = b.findGrid(g.sequence());
          return k < 0 ? -1 : pack(s, 1 + b.gridOffset(k));
        }
      case BUILDING:
        {
          BuildingCode bc = code.building().orElseThrow();
          GridCode g = bc.grid();
          int s = sk.find(g.community().toLong());
          if (s < 0) {
            return -1;
          }
          CommunityBlock b = blocks[s];
          int k = b.findGrid(g.sequence());
          if (k < 0) {
            return -1;
          }
          int j = b.findBuilding(k, bc.sequence());
          return j < 0 ? -1 : pack(s, 1 + b.gridOffset(k) + 1 + (j - b.buildingStart[k]));
        }
    }
    throw new AssertionError(code.kind());
  }

  long require(NodeCode code) {
    long loc = locate(code);
    if (loc < 0) {
      throw new InvalidValueException(
          Messages.TYPE, List.of(Violation.of("code", code, f(Messages.NOT_IN_HIERARCHY, code))));
    }
    return loc;
  }

  int positionOfLoc(long loc) {
    return gpos[sOf(loc)] + localOf(loc);
  }

  HierarchyLevel levelOf(long loc) {
    int local = localOf(loc);
    if (local == 0) {
      return HierarchyLevel.ofOrdinal(sk.level[sOf(loc)]);
    }
    CommunityBlock b = blocks[sOf(loc)];
    int bo = local - 1;
    return b.gridOffset(b.gridAtOffset(bo)) == bo ? HierarchyLevel.GRID : HierarchyLevel.BUILDING;
  }

  NodeCode codeOf(long loc) {
    int s = sOf(loc);
    int local = localOf(loc);
    DivisionCode d = Skeleton.division(sk.code[s]);
    if (local == 0) {
      return NodeCode.of(d);
    }
    CommunityBlock b = blocks[s];
    int bo = local - 1;
    int k = b.gridAtOffset(bo);
    GridCode g = GridCode.of(d, b.gridSeq[k]);
    int go = b.gridOffset(k);
    if (go == bo) {
      return NodeCode.of(g);
    }
    return NodeCode.of(BuildingCode.of(g, b.buildingSeq[b.buildingStart[k] + (bo - go - 1)]));
  }

  /** Parent location, or -1 for a root. */
  long parentOf(long loc) {
    int s = sOf(loc);
    int local = localOf(loc);
    if (local == 0) {
      int p = sk.parent[s];
      return p <= 0 ? -1 : pack(p, 0);
    }
    CommunityBlock b = blocks[s];
    int bo = local - 1;
    int k = b.gridAtOffset(bo);
    int go = b.gridOffset(k);
    return go == bo ? pack(s, 0) : pack(s, 1 + go);
  }

  int depthOf(long loc) {
    int s = sOf(loc);
    int local = localOf(loc);
    int d = sk.depth[s] - 1;
    if (local == 0) {
      return d;
    }
    return levelOf(loc) == HierarchyLevel.GRID ? d + 1 : d + 2;
  }

  /** End location (exclusive) of a location's subtree, as a position. */
  int subtreeEndPosition(long loc) {
    int s = sOf(loc);
    int local = localOf(loc);
    if (local == 0) {
      return gpos[sk.end[s]];
    }
    CommunityBlock b = blocks[s];
    int bo = local - 1;
    int k = b.gridAtOffset(bo);
    int go = b.gridOffset(k);
    int p = gpos[s] + local;
    return go == bo ? p + 1 + b.buildingCount(k) : p + 1;
  }

  // ---- queries --------------------------------------------------------------------------------

  /**
   * Whether the hierarchy holds a node with this code.
   *
   * @param code the code
   * @return {@code true} if present
   */
  public boolean contains(NodeCode code) {
    return locate(code) >= 0;
  }

  /**
   * The node with this code. O(log n).
   *
   * @param code the code
   * @return the node, or empty if absent
   */
  public Optional<HierarchyNode> node(NodeCode code) {
    long loc = locate(code);
    if (loc < 0) {
      return Optional.empty();
    }
    long p = parentOf(loc);
    return Optional.of(
        new HierarchyNode(
            code, levelOf(loc), kindOf(loc), nameOf(loc), p < 0 ? null : codeOf(p), depthOf(loc)));
  }

  NodeKind kindOf(long loc) {
    return localOf(loc) == 0 ? NodeKind.ofOrdinal(sk.kind[sOf(loc)]) : NodeKind.REGULAR;
  }

  @Nullable String nameOf(long loc) {
    int s = sOf(loc);
    int local = localOf(loc);
    if (local == 0) {
      return sk.name[s];
    }
    CommunityBlock b = blocks[s];
    int bo = local - 1;
    int k = b.gridAtOffset(bo);
    return b.gridOffset(k) == bo ? b.gridName(k) : null;
  }

  /**
   * The level of a node.
   *
   * @param code a node of this hierarchy
   * @return its level
   * @throws InvalidValueException if the node is not in this hierarchy
   */
  public HierarchyLevel level(NodeCode code) {
    return levelOf(require(code));
  }

  /**
   * The roots: the provinces, or the top nodes of a partial hierarchy, in code order.
   *
   * @return the roots
   */
  public ImmutableList<NodeCode> roots() {
    return childrenOfSkeleton(0);
  }

  private ImmutableList<NodeCode> childrenOfSkeleton(int s) {
    ImmutableList.Builder<NodeCode> out = ImmutableList.builder();
    for (int c = s + 1; c < sk.end[s]; c = sk.end[c]) {
      out.add(codeOf(pack(c, 0)));
    }
    CommunityBlock b = s == 0 ? CommunityBlock.EMPTY : blocks[s];
    for (int k = 0; k < b.grids(); k++) {
      out.add(codeOf(pack(s, 1 + b.gridOffset(k))));
    }
    return out.build();
  }

  /**
   * The parent of a node. O(log n).
   *
   * @param code a node of this hierarchy
   * @return the parent, empty for a root
   * @throws InvalidValueException if the node is not in this hierarchy
   */
  public Optional<NodeCode> parent(NodeCode code) {
    long p = parentOf(require(code));
    return p < 0 ? Optional.empty() : Optional.of(codeOf(p));
  }

  /**
   * The children of a node, in code order. O(log n + children).
   *
   * @param code a node of this hierarchy
   * @return the children
   * @throws InvalidValueException if the node is not in this hierarchy
   */
  public ImmutableList<NodeCode> children(NodeCode code) {
    long loc = require(code);
    if (localOf(loc) == 0) {
      return childrenOfSkeleton(sOf(loc));
    }
    if (levelOf(loc) == HierarchyLevel.BUILDING) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<NodeCode> out = ImmutableList.builder();
    int end = subtreeEndPosition(loc);
    int s = sOf(loc);
    for (int local = localOf(loc) + 1; gpos[s] + local < end; local++) {
      out.add(codeOf(pack(s, local)));
    }
    return out.build();
  }

  /**
   * The ancestors of a node, nearest first (parent, grandparent, …, root). O(depth).
   *
   * @param code a node of this hierarchy
   * @return the ancestors, empty for a root
   * @throws InvalidValueException if the node is not in this hierarchy
   */
  public ImmutableList<NodeCode> ancestors(NodeCode code) {
    ImmutableList.Builder<NodeCode> out = ImmutableList.builder();
    for (long p = parentOf(require(code)); p >= 0; p = parentOf(p)) {
      out.add(codeOf(p));
    }
    return out.build();
  }

  /**
   * The path from the root down to the node, both included.
   *
   * @param code a node of this hierarchy
   * @return root first, the node last
   * @throws InvalidValueException if the node is not in this hierarchy
   */
  public ImmutableList<NodeCode> pathFromRoot(NodeCode code) {
    List<NodeCode> up = new ArrayList<>(ancestors(code));
    java.util.Collections.reverse(up);
    up.add(code);
    return ImmutableList.copyOf(up);
  }

  /**
   * The subtree of a node in pre-order (the node first), as a lazy stream: nothing is copied,
   * codes are made as the stream is consumed. O(log n) to start, O(1) amortised per node.
   *
   * @param code a node of this hierarchy
   * @return the subtree's codes, in code order
   * @throws InvalidValueException if the node is not in this hierarchy
   */
  public Stream<NodeCode> subtree(NodeCode code) {
    long loc = require(code);
    int from = positionOfLoc(loc);
    int to = subtreeEndPosition(loc);
    Iterator<NodeCode> it = new SubtreeIterator(sOf(loc), localOf(loc), to - from);
    return StreamSupport.stream(
        Spliterators.spliterator(
            it,
            to - from,
            Spliterator.ORDERED
                | Spliterator.DISTINCT
                | Spliterator.NONNULL
                | Spliterator.SORTED
                | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * Walks positions in order, reusing the community's and the grid's code objects for the nodes
   * that share them (consecutive in pre-order).
   */
  private final class SubtreeIterator implements Iterator<NodeCode> {
    private int s;
    private int local;
    private int remaining;
    private int cachedS = -1;
    private @Nullable DivisionCode division;
    private int cachedK = -1;
    private @Nullable GridCode grid;

    SubtreeIterator(int s, int local, int remaining) {
      this.s = s;
      this.local = local;
      this.remaining = remaining;
    }

    @Override
    public boolean hasNext() {
      return remaining > 0;
    }

    @Override
    public NodeCode next() {
      if (remaining <= 0) {
        throw new NoSuchElementException();
      }
      NodeCode c = code();
      remaining--;
      local++;
      if (local > blocks[s].size()) {
        s++;
        local = 0;
      }
      return c;
    }

    private NodeCode code() {
      if (s != cachedS) {
        cachedS = s;
        division = Skeleton.division(sk.code[s]);
        cachedK = -1;
      }
      DivisionCode d = requireNonNull(division, "division");
      if (local == 0) {
        return NodeCode.of(d);
      }
      CommunityBlock b = blocks[s];
      int bo = local - 1;
      int k = b.gridAtOffset(bo);
      if (k != cachedK) {
        cachedK = k;
        grid = GridCode.of(d, b.gridSeq[k]);
      }
      GridCode g = requireNonNull(grid, "grid");
      int go = b.gridOffset(k);
      if (go == bo) {
        return NodeCode.of(g);
      }
      return NodeCode.of(BuildingCode.of(g, b.buildingSeq[b.buildingStart[k] + (bo - go - 1)]));
    }
  }

  /**
   * How many nodes of each level the subtree of a node holds (the node included). O(divisions
   * in the subtree): grids and buildings are counted per community block.
   *
   * @param code a node of this hierarchy
   * @return counts for every level
   * @throws InvalidValueException if the node is not in this hierarchy
   */
  public LevelCounts countPerLevel(NodeCode code) {
    long loc = require(code);
    long[] counts = new long[HierarchyLevel.values().length];
    if (localOf(loc) == 0) {
      countSkeleton(sOf(loc), sk.end[sOf(loc)], counts);
    } else {
      counts[levelOf(loc).ordinal()]++;
      counts[HierarchyLevel.BUILDING.ordinal()] += subtreeEndPosition(loc) - positionOfLoc(loc) - 1;
    }
    return toMap(counts);
  }

  /**
   * How many nodes of each level the whole hierarchy holds.
   *
   * @return counts for every level
   */
  public LevelCounts countPerLevel() {
    long[] counts = new long[HierarchyLevel.values().length];
    countSkeleton(1, sk.size(), counts);
    return toMap(counts);
  }

  private void countSkeleton(int from, int to, long[] counts) {
    for (int t = from; t < to; t++) {
      counts[sk.level[t]]++;
      counts[HierarchyLevel.GRID.ordinal()] += blocks[t].grids();
      counts[HierarchyLevel.BUILDING.ordinal()] += blocks[t].buildings();
    }
  }

  private static LevelCounts toMap(long[] counts) {
    return new LevelCounts(counts);
  }

  /**
   * Every node with exactly this name, in code order. Names repeat (城关镇 names 95 townships),
   * so a name alone never identifies a place. O(log n + matches) after a one-off sort.
   *
   * @param name the published name
   * @return the matching divisions and named grids
   */
  public ImmutableList<NodeCode> findByName(String name) {
    requireNonNull(name, "name");
    int[] order = nameOrder();
    int lo = lowerBound(order, name);
    List<Long> locs = new ArrayList<>();
    for (int i = lo; i < order.length && sk.name[order[i]].equals(name); i++) {
      locs.add(pack(order[i], 0));
    }
    for (int s = 1; s < sk.size(); s++) {
      CommunityBlock b = blocks[s];
      if (b.gridName != null) {
        for (int k = 0; k < b.grids(); k++) {
          if (name.equals(b.gridName(k))) {
            locs.add(pack(s, 1 + b.gridOffset(k)));
          }
        }
      }
    }
    locs.sort(Comparator.comparingInt(this::positionOfLoc));
    ImmutableList.Builder<NodeCode> out = ImmutableList.builder();
    for (long l : locs) {
      out.add(codeOf(l));
    }
    return out.build();
  }

  /**
   * Every node with this name inside the subtree of {@code within} (itself included).
   *
   * @param name the published name
   * @param within a node of this hierarchy
   * @return the matches, in code order
   * @throws InvalidValueException if {@code within} is not in this hierarchy
   */
  public ImmutableList<NodeCode> findByName(String name, NodeCode within) {
    long loc = require(within);
    int from = positionOfLoc(loc);
    int to = subtreeEndPosition(loc);
    ImmutableList.Builder<NodeCode> out = ImmutableList.builder();
    for (NodeCode c : findByName(name)) {
      int p = positionOfLoc(locate(c));
      if (p >= from && p < to) {
        out.add(c);
      }
    }
    return out.build();
  }

  private int[] nameOrder() {
    int[] order = nameOrder;
    if (order == null) {
      Integer[] boxed = new Integer[sk.size() - 1];
      for (int i = 0; i < boxed.length; i++) {
        boxed[i] = i + 1;
      }
      Arrays.sort(boxed, Comparator.comparing((Integer i) -> sk.name[i]).thenComparingInt(i -> i));
      order = new int[boxed.length];
      for (int i = 0; i < boxed.length; i++) {
        order[i] = boxed[i];
      }
      nameOrder = order;
    }
    return order;
  }

  private int lowerBound(int[] order, String name) {
    int lo = 0;
    int hi = order.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sk.name[order[mid]].compareTo(name) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The lowest common ancestor of two nodes (a node is its own ancestor). O(log depth) — constant,
   * as the depth is at most 7 — after O(n) preprocessing: each division stores its ancestor at
   * every depth (a level-ancestor table, Bender and Farach-Colton 2004), whose agreement is
   * monotone in the depth, so a binary search over the depth finds the answer; grids and buildings
   * reach the division skeleton in at most two steps.
   *
   * @param a a node of this hierarchy
   * @param b another
   * @return the lowest common ancestor, empty if the nodes lie under different roots
   * @throws InvalidValueException if a node is not in this hierarchy
   */
  public Optional<NodeCode> lowestCommonAncestor(NodeCode a, NodeCode b) {
    long l = lcaLoc(require(a), require(b));
    return l < 0 ? Optional.empty() : Optional.of(codeOf(l));
  }

  long lcaLoc(long a, long b) {
    int sa = sOf(a);
    int sb = sOf(b);
    if (sa != sb) {
      int l = sk.lca(sa, sb);
      return l == 0 ? -1 : pack(l, 0);
    }
    if (a == b) {
      return a;
    }
    int la = localOf(a);
    int lb = localOf(b);
    if (la == 0 || lb == 0) {
      return pack(sa, 0);
    }
    CommunityBlock blk = blocks[sa];
    int ga = blk.gridAtOffset(la - 1);
    int gb = blk.gridAtOffset(lb - 1);
    return ga == gb ? pack(sa, 1 + blk.gridOffset(ga)) : pack(sa, 0);
  }

  /**
   * The tree distance (number of edges on the path) between two nodes, in O(log depth).
   *
   * @param a a node of this hierarchy
   * @param b another
   * @return the distance, empty if the nodes lie under different roots
   * @throws InvalidValueException if a node is not in this hierarchy
   */
  public OptionalInt distance(NodeCode a, NodeCode b) {
    long la = require(a);
    long lb = require(b);
    long l = lcaLoc(la, lb);
    return l < 0 ? OptionalInt.empty() : OptionalInt.of(depthOf(la) + depthOf(lb) - 2 * depthOf(l));
  }

  /**
   * Escalation (街乡吹哨、部门报到, 四级联动): the lowest node on the path from {@code from} up to
   * its root — {@code from} itself first — that satisfies {@code canResolve}. O(depth) tests.
   *
   * <pre>{@code
   * hierarchy.escalate(grid, n -> hierarchy.level(n).compareTo(HierarchyLevel.STREET) <= 0);
   * }</pre>
   *
   * @param from where the issue is raised
   * @param canResolve whether a node can resolve it
   * @return the lowest such node, empty if none up to the root can
   * @throws InvalidValueException if {@code from} is not in this hierarchy
   */
  public Optional<NodeCode> escalate(NodeCode from, Predicate<? super NodeCode> canResolve) {
    requireNonNull(canResolve, "canResolve");
    for (long p = require(from); p >= 0; p = parentOf(p)) {
      NodeCode c = codeOf(p);
      if (canResolve.test(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Roll-up (自下而上汇集): the total of a measure over every subtree, summed from the leaves up.
   * The measure is read once per node; O(n).
   *
   * @param measure a value for each node (zero where nothing is measured)
   * @return the totals
   */
  public RollUp rollUp(java.util.function.ToDoubleFunction<? super NodeCode> measure) {
    requireNonNull(measure, "measure");
    NodePositions pos = positions();
    double[] values = new double[size()];
    for (int p = 0; p < values.length; p++) {
      values[p] = measure.applyAsDouble(pos.codeAt(p));
    }
    return new RollUp(this, pos.rollUp(values));
  }

  /**
   * The flat, array-speed view of this version (positions in pre-order), built on first use in
   * O(n) and cached.
   *
   * @return the positions view
   */
  public NodePositions positions() {
    NodePositions p = positions;
    if (p == null) {
      synchronized (this) {
        p = positions;
        if (p == null) {
          p = new NodePositions(this);
          positions = p;
        }
      }
    }
    return p;
  }

  /**
   * Starts adding grids and buildings to this hierarchy; the result shares this hierarchy's
   * division skeleton and every community block that receives nothing.
   *
   * @return an attachment
   */
  public Attachment attach() {
    return new Attachment(this);
  }

  // ---- restructuring --------------------------------------------------------------------------

  /**
   * Merges communities (整合撤并): the grids of each absorbed community move to the survivor,
   * numbered after the survivor's grids; the absorbed communities disappear. Unchanged blocks are
   * shared with this hierarchy.
   *
   * @param survivor the community that stays
   * @param absorbed the communities merged into it
   * @return the new hierarchy and the old-to-new mapping of every code that changed
   * @throws InvalidValueException listing every reason the merge is impossible
   */
  public Restructured mergeCommunities(DivisionCode survivor, List<DivisionCode> absorbed) {
    return Restructurings.merge(this, survivor, absorbed);
  }

  /**
   * Splits a community (科学拆分): each grid named in {@code assignment} moves to the new
   * community given for it (a new village-level code under the same street, with its name in
   * {@code names}); other grids stay. Moved grids are numbered 0001… in their new community.
   *
   * @param community the community to split
   * @param assignment grid → new community
   * @param names name of each new community
   * @return the new hierarchy and the old-to-new mapping of every code that changed
   * @throws InvalidValueException listing every reason the split is impossible
   */
  public Restructured splitCommunity(
      DivisionCode community, Map<GridCode, DivisionCode> assignment, Map<DivisionCode, String> names) {
    return Restructurings.split(this, community, assignment, names);
  }

  /**
   * Moves a building to another grid; it gets the next free sequence number there.
   *
   * @param building a building of this hierarchy
   * @param target another grid of this hierarchy
   * @return the new hierarchy and the old-to-new mapping of the building's code
   * @throws InvalidValueException if the building or grid is absent, or the grid is full
   */
  public Restructured moveBuilding(BuildingCode building, GridCode target) {
    return Restructurings.move(this, building, target);
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("GridHierarchy is serialised through its serialised form");
  }

  /** The serialised form: every node as primitive arrays, checked again by the builder on reading. */
  static final class SerializedForm implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final long[] divisionCode;
    final long[] parentCode;
    final @Nullable String[] name;
    final long[] gridCode;
    final @Nullable String[] gridName;
    final int[] buildingCount;
    final short[] buildingSeq;

    SerializedForm(
        long[] divisionCode,
        long[] parentCode,
        @Nullable String[] name,
        long[] gridCode,
        @Nullable String[] gridName,
        int[] buildingCount,
        short[] buildingSeq) {
      this.divisionCode = divisionCode;
      this.parentCode = parentCode;
      this.name = name;
      this.gridCode = gridCode;
      this.gridName = gridName;
      this.buildingCount = buildingCount;
      this.buildingSeq = buildingSeq;
    }

    SerializedForm(GridHierarchy h) {
      Skeleton sk = h.sk;
      int n = sk.size() - 1;
      divisionCode = java.util.Arrays.copyOfRange(sk.code, 1, n + 1);
      parentCode = new long[n];
      name = java.util.Arrays.copyOfRange(sk.name, 1, n + 1);
      int grids = 0;
      int buildings = 0;
      for (int s = 1; s <= n; s++) {
        parentCode[s - 1] = sk.parent[s] == 0 ? 0 : sk.code[sk.parent[s]];
        grids += h.blocks[s].grids();
        buildings += h.blocks[s].buildings();
      }
      gridCode = new long[grids];
      gridName = new String[grids];
      buildingCount = new int[grids];
      buildingSeq = new short[buildings];
      int g = 0;
      int b = 0;
      for (int s = 1; s <= n; s++) {
        CommunityBlock blk = h.blocks[s];
        System.arraycopy(blk.buildingSeq, 0, buildingSeq, b, blk.buildings());
        b += blk.buildings();
        for (int k = 0; k < blk.grids(); k++) {
          gridCode[g] = sk.code[s] * 10_000L + blk.gridSeq[k];
          gridName[g] = blk.gridName(k);
          buildingCount[g] = blk.buildingCount(k);
          g++;
        }
      }
    }

    private Object readResolve() {
      long total = 0;
      for (int c : buildingCount) {
        total += c;
      }
      if (parentCode.length != divisionCode.length
          || name.length != divisionCode.length
          || gridName.length != gridCode.length
          || buildingCount.length != gridCode.length
          || total != buildingSeq.length) {
        throw new InvalidValueException(
            Messages.TYPE,
            List.of(Violation.of("serializedForm", null, Messages.CORRUPT_FORM)));
      }
      Builder builder = builder();
      for (int i = 0; i < divisionCode.length; i++) {
        String nm = name[i];
        builder.asm.addDivision(divisionCode[i], parentCode[i], nm == null ? "" : nm);
      }
      int b = 0;
      for (int g = 0; g < gridCode.length; g++) {
        builder.asm.addGrid(gridCode[g], gridCode[g] / 10_000L, gridName[g]);
        for (int j = 0; j < buildingCount[g]; j++) {
          builder.asm.addBuilding(gridCode[g], buildingSeq[b++], gridCode[g]);
        }
      }
      return builder.build();
    }
  }

  @Override
  public String toString() {
    return "GridHierarchy" + countPerLevel();
  }

  /**
   * Collects divisions, grids and buildings, then checks them all at once in {@link #build()}.
   * Violations are reported with the path of the offending entry: {@code divisions[i]},
   * {@code grids[i]} or {@code buildings[i]} (i counts the entries of that kind, from 0, in the
   * order given). Not thread-safe.
   */
  public static final class Builder {
    final HierarchyAssembler asm = new HierarchyAssembler();

    Builder() {}

    /**
     * Adds a division with its parent as given by the data.
     *
     * @param code the division
     * @param parent its parent, or empty for a root (a province)
     * @param name its published name
     * @return this builder
     */
    public Builder division(DivisionCode code, Optional<DivisionCode> parent, String name) {
      requireNonNull(code, "code");
      requireNonNull(parent, "parent");
      requireNonNull(name, "name");
      asm.addDivision(code.toLong(), parent.map(DivisionCode::toLong).orElse(0L), name);
      return this;
    }

    /**
     * Adds a grid under the community its code names.
     *
     * @param code the grid
     * @return this builder
     */
    public Builder grid(GridCode code) {
      requireNonNull(code, "code");
      asm.addGrid(code.toLong(), code.community().toLong(), null);
      return this;
    }

    /**
     * Adds a named grid (e.g. a residential compound, 小区) under the community its code names.
     *
     * @param code the grid
     * @param name its name
     * @return this builder
     */
    public Builder grid(GridCode code, String name) {
      requireNonNull(code, "code");
      requireNonNull(name, "name");
      asm.addGrid(code.toLong(), code.community().toLong(), name);
      return this;
    }

    /**
     * Adds grids 0001 to {@code count} of a community.
     *
     * @param community the community
     * @param count how many, 0 to 9999
     * @return this builder
     */
    public Builder grids(DivisionCode community, int count) {
      requireNonNull(community, "community");
      checkCount(count);
      long c = community.toLong();
      for (int i = 1; i <= count; i++) {
        asm.addGrid(c * 10_000L + i, c, null);
      }
      return this;
    }

    /**
     * Adds a building under the grid its code names.
     *
     * @param code the building
     * @return this builder
     */
    public Builder building(BuildingCode code) {
      requireNonNull(code, "code");
      long g = code.grid().toLong();
      asm.addBuilding(g, code.sequence(), g);
      return this;
    }

    /**
     * Adds buildings 0001 to {@code count} of a grid.
     *
     * @param grid the grid
     * @param count how many, 0 to 9999
     * @return this builder
     */
    public Builder buildings(GridCode grid, int count) {
      requireNonNull(grid, "grid");
      checkCount(count);
      long g = grid.toLong();
      for (int i = 1; i <= count; i++) {
        asm.addBuilding(g, i, g);
      }
      return this;
    }

    /**
     * Adds grids 0001 to {@code buildingsPerGrid.length} of a community, grid k (from 1) with
     * buildings 0001 to {@code buildingsPerGrid[k - 1]}: the bulk form for simulations and
     * synthetic national trees.
     *
     * @param community the community
     * @param buildingsPerGrid how many buildings each grid has, each 0 to 9999; at most 9999 grids
     * @return this builder
     */
    public Builder gridsWithBuildings(DivisionCode community, int... buildingsPerGrid) {
      requireNonNull(community, "community");
      requireNonNull(buildingsPerGrid, "buildingsPerGrid");
      checkCount(buildingsPerGrid.length);
      for (int count : buildingsPerGrid) {
        checkCount(count);
      }
      long c = community.toLong();
      for (int k = 1; k <= buildingsPerGrid.length; k++) {
        long g = c * 10_000L + k;
        asm.addGrid(g, c, null);
        for (int i = 1; i <= buildingsPerGrid[k - 1]; i++) {
          asm.addBuilding(g, i, g);
        }
      }
      return this;
    }

    /**
     * Adds any node with an explicit parent, as an exchange format or a foreign system states it.
     * Each node is checked like the others: a grid's parent must be the community its code names,
     * a building's parent the grid its code names.
     *
     * @param code the node
     * @param parent its parent, empty for a root division
     * @param name its name (required for a division; optional for a grid; ignored for a building)
     * @return this builder
     */
    public Builder node(NodeCode code, Optional<NodeCode> parent, Optional<String> name) {
      requireNonNull(code, "code");
      requireNonNull(parent, "parent");
      requireNonNull(name, "name");
      NodeCode p = parent.orElse(null);
      switch (code.kind()) {
        case DIVISION:
          if (p != null && p.kind() != NodeCode.Kind.DIVISION) {
            asm.earlyDivision(
                code.division().orElseThrow().toLong(),
                name.orElse(""),
                Violation.of(
                    "parent", p, f(Messages.NOT_DEEPER, "division", p, p.kind())));
          } else {
            asm.addDivision(
                code.division().orElseThrow().toLong(),
                p == null ? 0L : p.division().orElseThrow().toLong(),
                name.orElse(""));
          }
          break;
        case GRID:
          {
            GridCode g = code.grid().orElseThrow();
            if (p == null || p.kind() != NodeCode.Kind.DIVISION) {
              asm.earlyGrid(
                  Violation.of(
                      "parent",
                      p,
                      f(
                          Messages.GRID_PARENT_NOT_COMMUNITY,
                          g,
                          p == null ? "none" : p,
                          p == null ? "none" : p.kind())));
            } else {
              asm.addGrid(g.toLong(), p.division().orElseThrow().toLong(), name.orElse(null));
            }
            break;
          }
        case BUILDING:
          {
            BuildingCode b = code.building().orElseThrow();
            if (p == null || p.kind() != NodeCode.Kind.GRID) {
              asm.earlyBuilding(
                  Violation.of(
                      "parent", p, f(Messages.BUILDING_PARENT_NOT_GRID, p == null ? "none" : p)));
            } else {
              asm.addBuilding(b.grid().toLong(), b.sequence(), p.grid().orElseThrow().toLong());
            }
            break;
          }
      }
      return this;
    }

    private static void checkCount(int count) {
      if (count < 0 || count > 9999) {
        throw new InvalidValueException(
            Messages.TYPE, List.of(Violation.of("count", count, Messages.COUNT_RANGE)));
      }
    }

    /**
     * Checks every entry and makes the hierarchy.
     *
     * @return the hierarchy
     * @throws InvalidValueException listing every violation found, with its path
     */
    public GridHierarchy build() {
      return asm.build();
    }
  }
}
