package org.grassroots.governance.examples.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.HierarchyNode;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.simulation.GeneratedScenario;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;

/**
 * The real district that {@code simulate --divisions} runs on: the table it comes from, the
 * loaded hierarchy, and the district's streets and communities as the generator lays them out
 * (streets without a community left out).
 */
final class RealDistrict {
  private final Path table;
  private final GridHierarchy divisions;
  private final DivisionCode district;
  private final String name;
  private final List<DivisionCode> streets;
  private final List<DivisionCode> communities;

  private RealDistrict(Path table, GridHierarchy divisions, GeneratedScenario generated) {
    this.table = table;
    this.divisions = divisions;
    this.district = generated.scenario().parameters().district();
    this.name = nameOf(NodeCode.of(district));
    this.streets = generated.streets();
    this.communities = generated.communities();
  }

  /**
   * The district of a scenario generated on the table; the scenario's district must already have
   * been checked against it (by {@code MonteCarloRunner.Builder.build()}).
   *
   * @param table the table file, for messages
   * @param divisions the loaded table
   * @param generated a replication generated on it
   */
  static RealDistrict of(Path table, GridHierarchy divisions, GeneratedScenario generated) {
    return new RealDistrict(table, divisions, generated);
  }

  /** The loaded table. */
  GridHierarchy divisions() {
    return divisions;
  }

  /** The table's file name. */
  String tableName() {
    Path file = table.getFileName();
    return file == null ? table.toString() : file.toString();
  }

  /** How many streets (with a community) the district has. */
  int streetCount() {
    return streets.size();
  }

  /** E.g. {@code real layout of 东城区 110101000000 from divisions_2021.csv.gz (17 streets, 178 communities)}. */
  String describe() {
    return String.format(Locale.ROOT, "real layout of %s %s from %s (%d streets, %d communities)",
        name, district, tableName(), streets.size(), communities.size());
  }

  /** What the scenario document does not carry, and how to rerun. */
  String rerunNote() {
    return "scenario.json keeps the district (parameters.district) but not the division table, and "
        + "its streets and communitiesPerStreet are not used on a real layout: rerun with "
        + "--scenario scenario.json --divisions " + tableName() + " and the same --runs, --algorithms "
        + "and --policies";
  }

  /**
   * Generates the scenario on the district's first {@code count} streets only (and their
   * communities), for the timing by size.
   *
   * @param scenario the scenario (its district is this district)
   * @param count 1 to {@link #streetCount()}
   */
  GeneratedScenario generateOnFirstStreets(Scenario scenario, int count) {
    GridHierarchy.Builder b = GridHierarchy.builder();
    for (NodeCode above : divisions.pathFromRoot(NodeCode.of(district))) {
      add(b, above);
    }
    Set<DivisionCode> kept = new HashSet<>(streets.subList(0, count));
    for (DivisionCode street : streets.subList(0, count)) {
      add(b, NodeCode.of(street));
    }
    for (DivisionCode community : communities) {
      NodeCode c = NodeCode.of(community);
      if (divisions.parent(c).flatMap(NodeCode::division).filter(kept::contains).isPresent()) {
        add(b, c);
      }
    }
    return ScenarioGenerator.generate(scenario, b.build());
  }

  private void add(GridHierarchy.Builder b, NodeCode node) {
    Optional<DivisionCode> parent = divisions.parent(node).flatMap(NodeCode::division);
    b.division(node.division().orElseThrow(), parent, nameOf(node));
  }

  private String nameOf(NodeCode node) {
    return divisions.node(node).flatMap(HierarchyNode::name).filter(n -> !n.isBlank())
        .orElse(node.toString());
  }
}
