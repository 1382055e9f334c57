package org.grassroots.governance.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.grassroots.governance.grid.DivisionTableReader;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.HierarchyLevel;
import org.grassroots.governance.grid.HierarchyNode;
import org.grassroots.governance.grid.LevelCounts;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.Violations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code governance hierarchy}: load the national division table, count, look up, show paths. */
@Command(
    name = "hierarchy",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a division table (code,parent_code,level,name,urban_rural_code; gzip or plain) and",
      "prints the count per level, or looks up codes and names and prints their paths."
    })
final class HierarchyCommand implements Callable<Integer> {
  // injected by picocli before call() runs
  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  // set by picocli: the option is required
  @SuppressWarnings("NullAway.Init")
  @Option(names = "--table", required = true, description = "The division table, e.g. divisions_2021.csv.gz.")
  Path table;

  @Option(names = "--code", description = "Show the node with this code (12, 16 or 20 digits; repeatable).")
  List<String> codes = new ArrayList<>();

  @Option(names = "--name", description = "Find every node with this exact name (names repeat: 城关镇 appears 95 times).")
  List<String> names = new ArrayList<>();

  @Option(names = "--within", description = "Search names only inside the subtree of this code.")
  String within = "";

  @Option(names = "--subtree", description = "Also print the count per level inside each node shown.")
  boolean subtree;

  @Option(names = "--quiet", description = "No progress indicator on stderr while the table loads.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    // every code given is checked before the table is read, all problems at once
    Violations bad = Violations.of("HierarchyCommand");
    List<NodeCode> parsed = new ArrayList<>();
    for (String text : codes) {
      NodeCode code = bad.nested("--code", () -> NodeCode.parse(text.trim()));
      if (code != null) {
        parsed.add(code);
      }
    }
    NodeCode root = within.isBlank() ? null : bad.nested("--within", () -> NodeCode.parse(within.trim()));
    bad.throwIfAny();
    GridHierarchy hierarchy = load(table, spec.commandLine().getErr(), quiet);
    int missing = 0;
    if (codes.isEmpty() && names.isEmpty()) {
      out.println(table.getFileName() + ": " + hierarchy.size() + " nodes");
      print(out, "", hierarchy.countPerLevel());
    }
    for (NodeCode code : parsed) {
      if (!hierarchy.contains(code)) {
        spec.commandLine().getErr().println("not found: " + code);
        missing++;
        continue;
      }
      show(out, hierarchy, code);
    }
    for (String name : names) {
      List<NodeCode> found = root == null ? hierarchy.findByName(name) : hierarchy.findByName(name, root);
      out.println(String.format(Locale.ROOT, "%s: %d match%s", name, found.size(), found.size() == 1 ? "" : "es"));
      for (NodeCode code : found) {
        out.println("  " + code + "  " + path(hierarchy, code));
      }
      if (found.isEmpty()) {
        missing++;
      }
    }
    out.flush();
    return missing == 0 ? 0 : GovernanceCli.NOT_FOUND;
  }

  private void show(PrintWriter out, GridHierarchy hierarchy, NodeCode code) {
    HierarchyNode node = hierarchy.node(code).orElseThrow();
    out.println(code + "  " + node.name().orElse("(no name)") + "  " + node.level() + " " + node.kind());
    out.println("  path      " + path(hierarchy, code));
    out.println("  parent    " + node.parent().map(NodeCode::toString).orElse("(a root)"));
    out.println("  children  " + hierarchy.children(code).size());
    if (subtree) {
      print(out, "  ", hierarchy.countPerLevel(code));
    }
  }

  private static String path(GridHierarchy hierarchy, NodeCode code) {
    List<String> parts = new ArrayList<>();
    for (NodeCode c : hierarchy.pathFromRoot(code)) {
      parts.add(hierarchy.node(c).flatMap(HierarchyNode::name).orElse(c.toString()));
    }
    return String.join(" > ", parts);
  }

  private static void print(PrintWriter out, String indent, LevelCounts counts) {
    for (HierarchyLevel level : HierarchyLevel.values()) {
      long n = counts.count(level);
      if (n > 0) {
        out.println(String.format(Locale.ROOT, "%s%-10s %,10d", indent, level.name().toLowerCase(Locale.ROOT), n));
      }
    }
  }

  /**
   * Reads a division table (gzip or plain) into a hierarchy, showing the elapsed time on {@code
   * err} once it takes more than two seconds (nothing with {@code quiet}).
   */
  static GridHierarchy load(Path table, PrintWriter err, boolean quiet) throws IOException {
    try (InputStream in = open(table);
        Progress.Step step = Progress.step(err, quiet, "loading " + table.getFileName())) {
      return DivisionTableReader.read(in).build();
    }
  }

  /** Opens a file, unzipping it when it starts with the gzip magic bytes. */
  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
