package org.grassroots.governance.examples.hierarchy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.List;
import org.grassroots.governance.grid.DivisionTableReader;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.Restructured;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;

/**
 * The grid hierarchy in a page (网格化): a town of Dongguan (no county level) with two
 * communities, their grids and buildings; lookups, the lowest common ancestor, a roll-up,
 * escalation (街乡吹哨、部门报到) and a merge of the two communities.
 */
public final class HierarchyExample {
  private static final String TABLE = "code,parent_code,level,name,urban_rural_code\n"
      + "440000000000,,1,广东省,\n"
      + "441900000000,440000000000,2,东莞市,\n"
      + "441900003000,441900000000,4,东城街道,\n"
      + "441900003001,441900003000,5,东城社区居委会,\n"
      + "441900003002,441900003000,5,主山社区居委会,\n";

  private HierarchyExample() {}

  /**
   * Prints the demonstration to {@code out}.
   *
   * @param out where to print
   * @throws IOException never (the table is in memory)
   */
  public static void run(PrintStream out) throws IOException {
    DivisionCode dongcheng = DivisionCode.parse("441900003001");
    DivisionCode zhushan = DivisionCode.parse("441900003002");
    GridHierarchy h = DivisionTableReader.read(new StringReader(TABLE))
        .gridsWithBuildings(dongcheng, 3, 4)   // two grids: 3 and 4 buildings
        .gridsWithBuildings(zhushan, 5)
        .build();
    NodeCode building = NodeCode.of(BuildingCode.of(GridCode.of(dongcheng, 2), 4));
    NodeCode other = NodeCode.of(BuildingCode.of(GridCode.of(zhushan, 1), 5));
    out.println("nodes " + h.size() + ", per level " + h.countPerLevel());
    out.println("path " + h.pathFromRoot(building));
    out.println("town's parent " + h.parent(NodeCode.of(dongcheng.truncatedTo(
        DivisionLevel.TOWNSHIP))).orElseThrow() + " (the city: no county)");
    out.println("lca " + h.lowestCommonAncestor(building, other).orElseThrow()
        + ", distance " + h.distance(building, other).getAsInt());
    out.println("buildings in the street " + h.rollUp(n -> n.kind() == NodeCode.Kind.BUILDING ? 1 : 0)
        .total(NodeCode.of(dongcheng.truncatedTo(DivisionLevel.TOWNSHIP))));
    out.println("escalated to " + h.escalate(building, n -> n.kind() == NodeCode.Kind.DIVISION).orElseThrow());
    Restructured merged = h.mergeCommunities(dongcheng, List.of(zhushan));
    out.println("after merge: grids of " + dongcheng + " = "
        + merged.hierarchy().children(NodeCode.of(dongcheng)).size()
        + ", " + NodeCode.of(GridCode.of(zhushan, 1)) + " -> " + merged.map(NodeCode.of(GridCode.of(zhushan, 1))));
  }

  /**
   * Runs the demonstration on standard output.
   *
   * @param args ignored
   * @throws IOException never (the table is in memory)
   */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }
}
