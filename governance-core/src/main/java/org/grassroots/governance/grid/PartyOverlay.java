package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;

/**
 * The party overlay (党建引领) on a {@link GridHierarchy}: which party organisation leads which
 * node. Immutable and thread-safe.
 *
 * <p>The builder checks, all at once: each node exists and has the level its organisation leads
 * (a grid branch on a grid), at most one organisation per node, each organisation on one node,
 * and the three-level rule inside a community — a building group needs a grid branch on its grid,
 * and a grid branch needs the community's joint organisation. Gaps in coverage are not errors but
 * findings: {@link #coverage()}.
 *
 * <pre>{@code
 * PartyOverlay overlay = PartyOverlay.builder(hierarchy)
 *     .attach(community, PartyOrganizationType.COMMUNITY_JOINT_COMMITTEE, OrganizationId.of("c-1"))
 *     .attach(grid, PartyOrganizationType.GRID_BRANCH, OrganizationId.of("g-1"))
 *     .build();
 * overlay.coverage().gridsWithoutBranch();
 * overlay.superior(grid); // Optional[c-1]: the community's joint organisation
 * }</pre>
 */
public final class PartyOverlay {
  private static final String TYPE = "PartyOverlay";
  private final GridHierarchy hierarchy;
  private final ImmutableSortedMap<NodeCode, OrganizationId> byNode;
  private final ImmutableSortedMap<NodeCode, PartyOrganizationType> typeByNode;

  private PartyOverlay(
      GridHierarchy hierarchy,
      ImmutableSortedMap<NodeCode, OrganizationId> byNode,
      ImmutableSortedMap<NodeCode, PartyOrganizationType> typeByNode) {
    this.hierarchy = hierarchy;
    this.byNode = byNode;
    this.typeByNode = typeByNode;
  }

  /**
   * Starts an overlay on a hierarchy.
   *
   * @param hierarchy the hierarchy
   * @return a builder
   */
  public static Builder builder(GridHierarchy hierarchy) {
    return new Builder(requireNonNull(hierarchy, "hierarchy"));
  }

  /** The hierarchy this overlay lies on. */
  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * The organisation leading a node.
   *
   * @param node a node
   * @return its organisation, empty if none
   */
  public Optional<OrganizationId> organizationAt(NodeCode node) {
    return Optional.ofNullable(byNode.get(requireNonNull(node, "node")));
  }

  /**
   * The type of the organisation leading a node.
   *
   * @param node a node
   * @return the type, empty if none
   */
  public Optional<PartyOrganizationType> typeAt(NodeCode node) {
    return Optional.ofNullable(typeByNode.get(requireNonNull(node, "node")));
  }

  /**
   * Every node with an organisation, in code order.
   *
   * @return node → organisation
   */
  public ImmutableSortedMap<NodeCode, OrganizationId> organizations() {
    return byNode;
  }

  /**
   * The organisation a node's organisation reports to: that of the nearest ancestor with one.
   *
   * @param node a node of the hierarchy
   * @return the superior organisation, empty if none above
   * @throws InvalidValueException if the node is not in the hierarchy
   */
  public Optional<OrganizationId> superior(NodeCode node) {
    for (NodeCode a : hierarchy.ancestors(node)) {
      OrganizationId o = byNode.get(a);
      if (o != null) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * The coverage report (党组织覆盖): grids without a branch, buildings without a group and
   * communities without a core. O(n) over the hierarchy.
   *
   * @return the report
   */
  public Coverage coverage() {
    NodePositions pos = hierarchy.positions();
    List<NodeCode> grids = new ArrayList<>();
    List<NodeCode> buildings = new ArrayList<>();
    List<NodeCode> communities = new ArrayList<>();
    boolean[] covered = new boolean[pos.size()];
    for (NodeCode c : byNode.keySet()) {
      covered[pos.positionOf(c).getAsInt()] = true;
    }
    for (int p = 0; p < pos.size(); p++) {
      if (covered[p]) {
        continue;
      }
      switch (pos.level(p)) {
        case COMMUNITY:
          communities.add(pos.codeAt(p));
          break;
        case GRID:
          grids.add(pos.codeAt(p));
          break;
        case BUILDING:
          buildings.add(pos.codeAt(p));
          break;
        default:
          break;
      }
    }
    return new Coverage(
        ImmutableList.copyOf(communities), ImmutableList.copyOf(grids), ImmutableList.copyOf(buildings));
  }

  /** What the overlay does not cover. Immutable. */
  public static final class Coverage {
    private final ImmutableList<NodeCode> communitiesWithoutCore;
    private final ImmutableList<NodeCode> gridsWithoutBranch;
    private final ImmutableList<NodeCode> buildingsWithoutGroup;

    Coverage(
        ImmutableList<NodeCode> communitiesWithoutCore,
        ImmutableList<NodeCode> gridsWithoutBranch,
        ImmutableList<NodeCode> buildingsWithoutGroup) {
      this.communitiesWithoutCore = communitiesWithoutCore;
      this.gridsWithoutBranch = gridsWithoutBranch;
      this.buildingsWithoutGroup = buildingsWithoutGroup;
    }

    /** Communities without a joint organisation (core), in code order. */
    public ImmutableList<NodeCode> communitiesWithoutCore() {
      return communitiesWithoutCore;
    }

    /** Grids without a branch (党支部建在网格上 not yet met), in code order. */
    public ImmutableList<NodeCode> gridsWithoutBranch() {
      return gridsWithoutBranch;
    }

    /** Buildings without a group, in code order. */
    public ImmutableList<NodeCode> buildingsWithoutGroup() {
      return buildingsWithoutGroup;
    }

    /** Whether every community, grid and building is covered. */
    public boolean isComplete() {
      return communitiesWithoutCore.isEmpty() && gridsWithoutBranch.isEmpty() && buildingsWithoutGroup.isEmpty();
    }

    @Override
    public String toString() {
      return "Coverage[communitiesWithoutCore="
          + communitiesWithoutCore.size()
          + ", gridsWithoutBranch="
          + gridsWithoutBranch.size()
          + ", buildingsWithoutGroup="
          + buildingsWithoutGroup.size()
          + "]";
    }
  }

  /** Collects attachments; {@link #build()} checks them all at once. Not thread-safe. */
  public static final class Builder {
    private final GridHierarchy hierarchy;
    private final List<NodeCode> nodes = new ArrayList<>();
    private final List<PartyOrganizationType> types = new ArrayList<>();
    private final List<OrganizationId> ids = new ArrayList<>();

    Builder(GridHierarchy hierarchy) {
      this.hierarchy = hierarchy;
    }

    /**
     * Attaches an organisation to a node.
     *
     * @param node the node it leads
     * @param type its type
     * @param id the organisation
     * @return this builder
     */
    public Builder attach(NodeCode node, PartyOrganizationType type, OrganizationId id) {
      nodes.add(requireNonNull(node, "node"));
      types.add(requireNonNull(type, "type"));
      ids.add(requireNonNull(id, "id"));
      return this;
    }

    /**
     * Checks every attachment and makes the overlay.
     *
     * @return the overlay
     * @throws InvalidValueException listing every violation, with paths {@code attachments[i]}
     */
    public PartyOverlay build() {
      Violations v = Violations.of(TYPE);
      TreeMap<NodeCode, OrganizationId> byNode = new TreeMap<>();
      TreeMap<NodeCode, PartyOrganizationType> typeByNode = new TreeMap<>();
      Map<NodeCode, Integer> firstAt = new HashMap<>();
      Map<OrganizationId, Integer> idAt = new HashMap<>();
      List<Integer> valid = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        String path = "attachments[" + i + "]";
        NodeCode node = nodes.get(i);
        PartyOrganizationType type = types.get(i);
        Optional<HierarchyNode> n = hierarchy.node(node);
        if (n.isEmpty()) {
          v.check(false, path + ".node", node, Messages.f(Messages.NOT_IN_HIERARCHY, node));
          continue;
        }
        boolean levelOk = n.get().level() == type.level();
        v.check(
            levelOk,
            path + ".type",
            type,
            Messages.f(Messages.PARTY_LEVEL, type, type.level(), node, n.get().level()));
        Integer prev = firstAt.putIfAbsent(node, i);
        v.check(prev == null, path + ".node", node, Messages.f(Messages.PARTY_NODE_TAKEN, prev));
        Integer prevId = idAt.putIfAbsent(ids.get(i), i);
        v.check(prevId == null, path + ".id", ids.get(i), Messages.f(Messages.PARTY_ID_TAKEN, prevId));
        if (levelOk && prev == null && prevId == null) {
          byNode.put(node, ids.get(i));
          typeByNode.put(node, type);
          valid.add(i);
        }
      }
      // the three-level rule inside a community
      for (int i : valid) {
        NodeCode node = nodes.get(i);
        PartyOrganizationType type = types.get(i);
        if ((type != PartyOrganizationType.BUILDING_GROUP && type != PartyOrganizationType.GRID_BRANCH)) {
          continue;
        }
        Optional<NodeCode> up = hierarchy.parent(node);
        PartyOrganizationType needed =
            type == PartyOrganizationType.BUILDING_GROUP
                ? PartyOrganizationType.GRID_BRANCH
                : PartyOrganizationType.COMMUNITY_JOINT_COMMITTEE;
        boolean ok = up.isPresent() && typeByNode.get(up.get()) == needed;
        v.check(
            ok,
            "attachments[" + i + "]",
            node,
            Messages.f(Messages.PARTY_CHAIN, type, needed, up.map(NodeCode::toString).orElse("its parent")));
      }
      v.throwIfAny();
      return new PartyOverlay(
          hierarchy, ImmutableSortedMap.copyOf(byNode), ImmutableSortedMap.copyOf(typeByNode));
    }
  }
}
