package org.grassroots.governance.matching;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Where a resource may serve (服务范围): a subtree of the hierarchy (a community, a street), or a
 * reach from the resource's own location in tree distance (the 15-minute service circle read as
 * "within the same grid", "within the same street").
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceArea.subtree(NodeCode.parse("110101001001")); // the whole community
 * ServiceArea.within(MeetingLevel.STREET);             // the street the resource sits in
 * }</pre>
 */
@Value.Immutable
public abstract class ServiceArea implements Serializable {
  private static final long serialVersionUID = 1L;

  ServiceArea() {}

  /** The root of the served subtree, for a subtree area. */
  public abstract Optional<NodeCode> root();

  /** The reach from the resource's location, for a reach area. */
  public abstract Optional<MeetingLevel> reach();

  /**
   * The subtree under a node.
   *
   * @param root the subtree's root
   * @return the area
   */
  public static ServiceArea subtree(NodeCode root) {
    return ImmutableServiceArea.builder().root(root).build();
  }

  /**
   * Everything that meets the resource's location at or below a level.
   *
   * @param reach the level, e.g. {@link MeetingLevel#COMMUNITY}
   * @return the area
   */
  public static ServiceArea within(MeetingLevel reach) {
    return ImmutableServiceArea.builder().reach(reach).build();
  }

  /**
   * The root of the subtree this area covers for a resource at {@code location}; empty when it
   * covers the whole country.
   *
   * @param location the resource's location
   * @param model the locality model
   * @return the root
   */
  public Optional<NodeCode> rootFor(NodeCode location, LocalityModel model) {
    if (root().isPresent()) {
      return root();
    }
    MeetingLevel level = reach().orElseThrow();
    if (level.compareTo(model.levelOf(location)) < 0) {
      return Optional.of(location);
    }
    return model.ancestorAt(location, level);
  }

  @Value.Check
  void check() {
    Violations.of("ServiceArea")
        .check(root().isPresent() != reach().isPresent(), "root", root(), Messages.AREA_ONE_OF)
        .throwIfAny();
  }
}
