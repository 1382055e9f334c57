package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;

/**
 * Where a community sits for a roll-up (层级): its ancestors, nearest first (street, district,
 * city, province).
 *
 * <p>{@link #byCodePrefix()} reads them from the code ({@link DivisionCode#prefixAncestors()}),
 * which is right for most of the country but names nominal ancestors that may not exist: zero
 * segments are skipped (so Dongguan's towns, 441900xxx000, already go straight to the city), but
 * a municipality's placeholder city 110100 or a county-level row missing from the data is still
 * named. {@link #of(GridHierarchy)} uses the grid hierarchy's real parents instead: only the
 * divisions that exist, each under its nearest existing ancestor.
 *
 * <pre>{@code
 * RollUp.of(evaluation, AreaHierarchy.of(gridHierarchy));
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

  /**
   * The real hierarchy of the grid module ({@link GridHierarchy#ancestors(NodeCode)}): the
   * divisions above the community that exist in it, nearest first. Where every nominal ancestor
   * exists this equals {@link #byCodePrefix()}; otherwise it is {@link #byCodePrefix()} without
   * the ones that do not (placeholder rows, skipped levels). O(depth) per community.
   *
   * @param hierarchy the grid hierarchy
   * @return the hierarchy; asking for a community not in it throws
   *     {@link org.grassroots.governance.validation.InvalidValueException}
   */
  static AreaHierarchy of(GridHierarchy hierarchy) {
    requireNonNull(hierarchy, "hierarchy");
    return community -> {
      ImmutableList.Builder<DivisionCode> out = ImmutableList.builder();
      for (NodeCode n : hierarchy.ancestors(NodeCode.of(requireNonNull(community, "community")))) {
        n.division().ifPresent(out::add);
      }
      return out.build();
    };
  }
}
