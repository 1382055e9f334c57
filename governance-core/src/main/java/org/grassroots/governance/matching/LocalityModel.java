package org.grassroots.governance.matching;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;

/**
 * Where two nodes of the grid hierarchy meet (层级就近关系): the locality distance used to price an
 * allocation and to decide whether a resource's service area reaches a demand.
 *
 * <p>{@link #byCodePrefix()} reads it from the codes themselves (a common prefix at segment
 * boundaries of 2, 4, 6, 9, 12, 16 and 20 digits). A hierarchy that knows the real parents (for
 * example cities whose towns have no county) can implement this interface instead. An
 * implementation must be immutable, thread-safe and consistent: {@code meet(a, b)} is the lowest
 * level at which {@code ancestorAt(a, level)} and {@code ancestorAt(b, level)} are present and
 * equal, and {@link MeetingLevel#COUNTRY} if there is none.
 *
 * <pre>{@code
 * LocalityModel m = LocalityModel.byCodePrefix();
 * m.meet(NodeCode.parse("1101010010010001"), NodeCode.parse("1101010010010002")); // COMMUNITY
 * m.ancestorAt(NodeCode.parse("1101010010010001"), MeetingLevel.STREET);           // 110101001000
 * }</pre>
 */
public interface LocalityModel extends Serializable {

  /**
   * The model read from the code prefixes.
   *
   * @return the shared instance
   */
  static LocalityModel byCodePrefix() {
    return PrefixLocality.INSTANCE;
  }

  /**
   * The level of a node itself: a building is at {@link MeetingLevel#BUILDING}, a community at
   * {@link MeetingLevel#COMMUNITY}, a street's division code at {@link MeetingLevel#STREET}.
   *
   * @param node the node
   * @return its level
   */
  MeetingLevel levelOf(NodeCode node);

  /**
   * The node's ancestor (or the node itself) at a level.
   *
   * @param node the node
   * @param level the level, at or above the node's own
   * @return the ancestor; empty if the level is below the node's own, for
   *     {@link MeetingLevel#COUNTRY}, or where the hierarchy skips the level
   */
  Optional<NodeCode> ancestorAt(NodeCode node, MeetingLevel level);

  /**
   * Where two nodes meet: the level of their lowest common ancestor.
   *
   * @param a one node
   * @param b the other node
   * @return the meeting level, {@link MeetingLevel#COUNTRY} if they share no ancestor
   */
  default MeetingLevel meet(NodeCode a, NodeCode b) {
    MeetingLevel[] levels = MeetingLevel.values();
    int from = Math.max(levelOf(a).ordinal(), levelOf(b).ordinal());
    for (int i = from; i < levels.length - 1; i++) {
      Optional<NodeCode> x = ancestorAt(a, levels[i]);
      if (x.isPresent() && x.equals(ancestorAt(b, levels[i]))) {
        return levels[i];
      }
    }
    return MeetingLevel.COUNTRY;
  }
}
