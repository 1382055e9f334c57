package org.grassroots.governance.evaluation;

import java.util.List;
import org.grassroots.governance.id.DivisionCode;

/**
 * Where a community sits for a roll-up (层级): its ancestors, nearest first (street, district,
 * city, province).
 *
 * <p>{@link #byCodePrefix()} reads them from the code ({@link DivisionCode#prefixAncestors()}),
 * which is right for most of the country but names nominal ancestors that may not exist (e.g.
 * 441900000000's missing county level is skipped, but a municipality's placeholder 110100 is
 * included). Once the grid hierarchy is available, plug it in — its real parents, its
 * restructured communities — with a lambda:
 *
 * <pre>{@code
 * AreaHierarchy real = community -> gridHierarchy.ancestorsOf(community); // after the grid module
 * RollUp.of(evaluation, real);
 * }</pre>
 */
@FunctionalInterface
public interface AreaHierarchy {
  /**
   * The ancestors of a community, nearest first.
   *
   * @param community a scored community
   * @return its ancestors; the community's score counts towards each of them
   */
  List<DivisionCode> ancestorsOf(DivisionCode community);

  /**
   * The hierarchy read from the codes themselves.
   *
   * @return ancestors by {@link DivisionCode#prefixAncestors()}
   */
  static AreaHierarchy byCodePrefix() {
    return DivisionCode::prefixAncestors;
  }
}
